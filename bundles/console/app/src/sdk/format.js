// Dates as the bureau writes them: 2026-12-01, 2026-12-01 14:05, 2026年12月1日 (county time, Asia/Shanghai).
const ZONE = 'Asia/Shanghai';

function parts(value) {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return Object.fromEntries(f.formatToParts(d).filter((p) => p.type !== 'literal').map((p) => [p.type, p.value]));
}

/** A date (a LocalDate string 2026-12-01 stays as it is; an instant is shown in county time). */
export function formatDate(value) {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const p = parts(value);
  return p ? `${p.year}-${p.month}-${p.day}` : '';
}

export function formatDateTime(value) {
  if (!value) return '';
  const p = parts(value);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
}

/** 2026年12月1日 */
export function formatLongDate(value) {
  const d = formatDate(value);
  if (!d) return '';
  const [y, m, day] = d.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}

/** Today in county time, as 2026-12-01. */
export function today(now = new Date()) {
  return formatDate(now);
}

/** Days from today to a date (negative: in the past). */
export function daysUntil(date, now = new Date()) {
  if (!date) return null;
  const a = Date.parse(today(now) + 'T00:00:00Z');
  const b = Date.parse(formatDate(date) + 'T00:00:00Z');
  return Math.round((b - a) / 86400000);
}

/** 1,234 */
export function formatNumber(n) {
  return n === null || n === undefined ? '' : Number(n).toLocaleString('zh-CN');
}
