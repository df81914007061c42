// 重大危险源辨识与分级 (GB 18218-2018): a console page of the chemical domain.
// Contract (ConsolePage): default export { title, mount(element, context) }; context.api(path, init)
// calls /api/v1 with the console's credentials and resolves to the parsed JSON (throws on 4xx/5xx).

const ROWS = [{ name: '液氨', quantityTonnes: 20 }, { name: '甲醇', quantityTonnes: 300 }];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function substanceRow(row) {
  return el('tr', {},
    el('td', {}, el('input', { name: 'substance', value: row.name, placeholder: '名称或CAS号' })),
    el('td', {}, el('input', { name: 'quantity', type: 'number', min: '0', step: 'any', value: row.quantityTonnes })));
}

function readSubstances(table) {
  return [...table.querySelectorAll('tbody tr')].map((tr) => {
    const ref = tr.querySelector('[name=substance]').value.trim();
    const q = Number(tr.querySelector('[name=quantity]').value);
    return /^\d{2,7}-\d{2}-\d$/.test(ref) ? { cas: ref, quantityTonnes: q } : { name: ref, quantityTonnes: q };
  }).filter((s) => s.cas || s.name);
}

function gradeText(result) {
  if (!result.major) return `未构成重大危险源 (S = ${result.s.toFixed(3)} < 1)`;
  return `构成${['', '一', '二', '三', '四'][result.grade]}级重大危险源 (S = ${result.s.toFixed(3)}, R = ${result.r.toFixed(2)}, α = ${result.alpha})`;
}

export default {
  title: '重大危险源辨识分级',
  async mount(element, context) {
    const body = el('tbody', {}, ...ROWS.map(substanceRow));
    const table = el('table', { class: 'anjian-table' },
      el('thead', {}, el('tr', {}, el('th', {}, '危险化学品'), el('th', {}, '最大存量 (吨)'))), body);
    const population = el('input', { type: 'number', min: '0', value: '60' });
    const result = el('p', { class: 'anjian-result', role: 'status' });
    const run = async () => {
      result.textContent = '计算中…';
      try {
        const r = await context.api('/domains/chemical/major-hazard-assessments', {
          method: 'POST',
          body: JSON.stringify({ substances: readSubstances(table), exposedPopulation: Number(population.value) }),
        });
        result.textContent = gradeText(r);
      } catch (e) {
        result.textContent = `无法计算: ${e.message}`;
      }
    };
    const checklist = el('ol', { class: 'anjian-checklist' });
    element.replaceChildren(
      el('h2', {}, '重大危险源辨识与分级 (GB 18218-2018)'),
      table,
      el('p', {}, el('button', { type: 'button', onclick: () => body.append(substanceRow({ name: '', quantityTonnes: 0 })) }, '添加物质')),
      el('label', {}, '厂区边界外 500 米范围内人数 ', population),
      el('p', {}, el('button', { type: 'button', onclick: run }, '辨识与分级')),
      result,
      el('h3', {}, '重大生产安全事故隐患判定标准'),
      checklist);
    const lists = await context.api('/checklists?module=chemical');
    for (const item of lists.items.flatMap((c) => c.items)) {
      checklist.append(el('li', { title: item.legalBasis }, item.text));
    }
  },
};
