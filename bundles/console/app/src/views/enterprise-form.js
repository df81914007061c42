// The enterprise form's rules: the constraints the API declares on Enterprise (required fields, patterns, lengths),
// checked as the user types. The rules that need the registry's data (the credit code's check character, that the
// region exists and the grid lies in it, a duplicate code) are the API's: its message is shown at the field.
export const INDUSTRY = /^([A-T]|\d{2,4})$/;
export const PHONE = /^[0-9+\-() ]{3,32}$/;
export const CREDIT_CODE_FORM = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export const FIELDS = ['creditCode', 'name', 'industryCode', 'address', 'regionCode', 'gridCode', 'supervisingDepartments',
  'riskColour', 'assessment', 'standardizationGrade', 'guarantors'];

export const LABELS = {
  creditCode: '统一社会信用代码', name: '企业名称', industryCode: '行业代码', address: '地址', regionCode: '所在村（社区）',
  gridCode: '网格', supervisingDepartments: '监管部门', riskColour: '风险等级', assessment: '全要素评价',
  standardizationGrade: '标准化等级', guarantors: '包保责任人',
};

const required = (message) => ({ required: true, message, trigger: ['blur', 'change'] });
const max = (n, what) => ({ max: n, message: `${what}不超过 ${n} 个字`, trigger: 'blur' });
const pattern = (re, message) => ({ pattern: re, message, trigger: 'blur' });

export const RULES = {
  creditCode: [required('请输入统一社会信用代码'), pattern(CREDIT_CODE_FORM, '统一社会信用代码为18位，不含 I、O、S、V、Z')],
  name: [required('请输入企业名称'), max(200, '企业名称')],
  industryCode: [required('请输入行业代码'), pattern(INDUSTRY, '行业代码为门类字母（A-T）或 2-4 位数字（GB/T 4754）')],
  address: [required('请输入地址'), max(300, '地址')],
  regionCode: [required('请选择所在村（社区）'), pattern(/^\d{12}$/, '请选择一个村（社区）或乡镇')],
  gridCode: [pattern(/^\d{15}$/, '网格代码为15位数字')],
  riskColour: [required('请选择风险等级')],
};

export function guarantorProblem(g) {
  if (!g.name || !g.name.trim()) return '请填写包保责任人姓名';
  if (g.name.length > 50) return '姓名不超过 50 个字';
  if (g.position && g.position.length > 100) return '职务不超过 100 个字';
  if (g.phone && !PHONE.test(g.phone)) return '联系电话格式不正确';
  return null;
}

/** The record the API takes, from the form's model (blank optional fields as null). */
export function toEnterprise(model, version) {
  const blank = (v) => (v === '' || v === undefined ? null : v);
  return {
    creditCode: model.creditCode.trim().toUpperCase(),
    name: model.name.trim(),
    industryCode: model.industryCode.trim().toUpperCase(),
    address: model.address.trim(),
    regionCode: model.regionCode,
    gridCode: blank(model.gridCode),
    supervisingDepartments: model.supervisingDepartments,
    riskColour: model.riskColour,
    assessment: blank(model.assessment),
    standardizationGrade: blank(model.standardizationGrade),
    guarantors: model.guarantors.map((g) => ({ name: g.name.trim(), position: blank(g.position && g.position.trim()), phone: blank(g.phone && g.phone.trim()) })),
    version: version ?? null,
  };
}

/** The form field an API error names ("guarantors[1].phone" → guarantors), and its message without the field. */
export function apiFieldError(error) {
  if (!error || !error.field) return null;
  const field = error.field.replace(/^body\./, '');
  const head = field.replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
  const message = error.message.startsWith(error.field + ': ') ? error.message.slice(error.field.length + 2) : error.message;
  return FIELDS.includes(head) ? { field: head, path: field, message } : null;
}
