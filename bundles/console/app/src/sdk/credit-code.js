// GB 32100-2015 unified social credit code: 18 characters of 0-9 and A-Y without I, O, S, V, Z; the 18th is a check
// character over the first 17 (weights 3^i mod 31). The registry checks it too; the form says so at once.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function checkCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Null when valid, else what is wrong (in Chinese, for the form). */
export function creditCodeProblem(code) {
  if (!code) return '请输入统一社会信用代码';
  if (code.length !== 18) return '统一社会信用代码应为18位';
  if (!CREDIT_CODE_PATTERN.test(code)) return '统一社会信用代码含有不允许的字符（不使用I、O、S、V、Z）';
  if (checkCharacter(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确';
  return null;
}
