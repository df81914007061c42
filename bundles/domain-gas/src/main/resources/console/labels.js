// Labels of the gas domain's codes (城镇燃气), shared by its pages, the tones of their tags, the reasons a cylinder
// event is refused (409) in words, and the pages' style sheet. Console API 1.0.

export const SCOPE = { PIPELINE: '管道燃气', BOTTLED_LPG: '瓶装液化石油气', VEHICLE_GAS: '汽车加气' };

export const STATION_KIND = { FILLING_STATION: '充装站', SUPPLY_POINT: '供应站（点）', GATE_STATION: '门站', STORAGE_STATION: '储配站' };

export const LICENCE_STATUS = { VALID: '有效', EXPIRING: '即将到期', EXPIRED: '已过期' };

export const USER_KIND = { RESIDENTIAL: '居民用户', CATERING: '餐饮用户' };

/** The state of a user's gas leak alarm (燃气泄漏报警器) or shut-off device (紧急切断装置). */
export const DEVICE = { NONE: '未安装', WORKING: '正常使用', FAULTY: '故障' };

export const COMPLIANT = { true: '合规', false: '不合规' };

export const CYLINDER_STATUS = { IN_SERVICE: '在用', SCRAPPED: '已报废' };

export const CYLINDER_STATE = { EMPTY: '空瓶', FILLED: '已充装', AT_USER: '在用户处' };

export const INSPECTION = { OK: '检验有效', DUE_SOON: '即将到期', OVERDUE: '超期未检' };

export const EVENT_TYPE = { FILL: '充装', DELIVER: '配送', RETURN: '回收', INSPECT: '检验', SCRAP: '报废' };

export const INSPECT_RESULT = { PASS: '合格', FAIL: '不合格' };

export const ALARM_KIND = { LEAK: '燃气泄漏', DEVICE_FAULT: '设备故障' };

export const ALARM_STATUS = { RAISED: '待处置', ESCALATED: '已转隐患', HANDLED: '已处置' };

/** Why the API refuses a cylinder's event (409, by code), in words. */
export const EVENT_REFUSAL = {
  CYLINDER_SCRAPPED: '气瓶已报废，不得再充装、配送或登记其他流转事件',
  CYLINDER_PAST_SCRAP_DATE: '气瓶已超过设计使用年限（报废期限），禁止充装，应予报废',
  CYLINDER_INSPECTION_OVERDUE: '气瓶超期未检，禁止充装',
  USER_LEAK_ALARM_NOT_WORKING: '餐饮用户未安装或未正常使用燃气泄漏报警器，禁止配送',
  CYLINDER_NOT_FILLED: '气瓶未充装（空瓶），不能配送',
  CYLINDER_NOT_AT_USER: '气瓶不在用户处，不能回收',
  CYLINDER_NOT_EMPTY: '气瓶已充装或在用户处，须回收后方可再次充装',
};

// The tone of each code's tag: ok (green), info (blue), warn (orange), bad (red), neutral (grey).
const TONES = {
  licenceStatus: { VALID: 'ok', EXPIRING: 'warn', EXPIRED: 'bad' },
  device: { NONE: 'neutral', WORKING: 'ok', FAULTY: 'bad' },
  compliant: { true: 'ok', false: 'bad' },
  cylinderStatus: { IN_SERVICE: 'ok', SCRAPPED: 'neutral' },
  cylinderState: { EMPTY: 'neutral', FILLED: 'info', AT_USER: 'warn' },
  inspection: { OK: 'ok', DUE_SOON: 'warn', OVERDUE: 'bad' },
  alarmStatus: { RAISED: 'bad', ESCALATED: 'warn', HANDLED: 'ok' },
  alarmKind: { LEAK: 'bad', DEVICE_FAULT: 'warn' },
  result: { PASS: 'ok', FAIL: 'bad' },
};

/** The classes of a code's tag: tagClass('inspection', 'OVERDUE') → ['gs-tag', 'is-bad']. */
export function tagClass(kind, value) {
  const tone = (TONES[kind] || {})[String(value)] || 'neutral';
  return ['gs-tag', 'is-' + tone];
}

/** A device's state as a catering user's compliance sees it: anything but WORKING is a problem there. */
export function deviceTagClass(user, value) {
  if (user && user.kind === 'CATERING' && value !== 'WORKING') return ['gs-tag', 'is-bad'];
  return tagClass('device', value);
}

/** Options of a label map for el-select and the lists' filters. */
export function optionsOf(labels) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The form field a 400 names (`fields` holds the form's names) and its message without the field's own prefix. */
export function apiFieldProblem(error, fields) {
  if (!error || !error.field) return null;
  const field = error.field.replace(/^body\./, '');
  const message = error.message && error.message.startsWith(error.field + ': ') ? error.message.slice(error.field.length + 2) : error.message;
  if (fields.includes(field)) return { field, message };
  const head = field.replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
  return fields.includes(head) ? { field: head, message } : null;
}

/** A date picker's day as 2026-12-01 (the picker's days are local midnights). */
export function dayOf(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Every item of a list, page by page (limit 500, the API's most), up to `cap` items: { items, total, complete }.
 * `complete` is false when the cap stopped the walk.
 */
export async function allItems(api, path, query = {}, cap = 5000) {
  const items = [];
  let total = 0;
  for (let offset = 0; offset < cap;) {
    const page = await api(path, { query: { ...query, offset, limit: 500 } });
    items.push(...page.items);
    total = page.total;
    if (!page.items.length || items.length >= page.total) return { items, total, complete: true };
    offset += page.items.length;
  }
  return { items, total, complete: items.length >= total };
}

// Text colours keep 4.5:1 and more on their backgrounds (WCAG AA): the console's e2e runs axe-core.
export const STYLES = `
.gs-tag { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 6px; border-radius: 3px; border: 1px solid #ced4da;
  color: #4a4f57; background: #f1f3f5; white-space: nowrap; }
.gs-tag.is-neutral { color: #4a4f57; border-color: #ced4da; background: #f1f3f5; }
.gs-tag.is-info { color: #15538f; border-color: #9fc8f0; background: #e8f3ff; }
.gs-tag.is-warn { color: #8a4b00; border-color: #f5c58a; background: #fff3e0; }
.gs-tag.is-ok { color: #1e6b33; border-color: #a7dfb4; background: #ebfbee; }
.gs-tag.is-bad { color: #a51d1d; border-color: #f5b5b5; background: #fff0f0; font-weight: 600; }
.gs-tag + .gs-tag { margin-left: 4px; }
.gs-muted { color: #5c6370; font-size: 12px; }
.gs-error { color: #a51d1d; background: #fff0f0; border: 1px solid #f5b5b5; border-radius: 4px; padding: 6px 10px; margin: 8px 0; line-height: 1.6; }
.gs-warning { color: #8a4b00; background: #fff3e0; border: 1px solid #f5c58a; border-radius: 4px; padding: 6px 10px; margin: 8px 0; line-height: 1.6; }
.gs-hint { color: #5c6370; font-size: 12px; line-height: 1.5; margin-top: 2px; }
.gs-section { margin: 18px 0 8px; font-size: 14px; }
.gs-section-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 18px 0 8px; }
.gs-section-head .gs-section { margin: 0; }
.gs-field { display: flex; align-items: center; gap: 6px; }
.gs-unit { color: #4a4f57; min-width: 24px; }
.gs-timeline { padding-left: 4px; margin-top: 8px; }
.gs-timeline .el-timeline-item__timestamp { color: #5c6370; }
.gs-event-head { font-weight: 600; margin-right: 8px; }
.gs-event-note { color: #4a4f57; margin-top: 2px; }
.gs-toolbar { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8px; gap: 8px; }
.gs-filters .el-form-item { margin-bottom: 12px; }
.gs-pager { margin-top: 12px; display: flex; justify-content: flex-end; align-items: center; gap: 12px; }
.gs-stations { padding: 4px 16px 8px 48px; }
.gs-station { border: 1px solid #e4e7ed; border-radius: 6px; padding: 10px 12px 0; margin-bottom: 10px; }
.gs-station-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; font-weight: 600; }
.gs-stats { display: flex; flex-wrap: wrap; gap: 12px; margin: 4px 0 12px; }
.gs-stat { border: 1px solid #e4e7ed; border-radius: 6px; padding: 8px 14px; min-width: 130px; }
.gs-stat__value { font-size: 20px; font-weight: 700; color: #1f2329; }
.gs-stat__value.is-bad { color: #a51d1d; }
.gs-stat__label { color: #4a4f57; font-size: 12px; }
.gs-link { color: #15538f; }
`;
