import { reactive } from 'vue';
import { api } from './api.js';

const names = reactive({});
const asked = new Set();

/**
 * Enterprise names by credit code for table cells of domain records (which carry only the code): each code is
 * read once (GET /enterprises/{code}); a code the user may not see stays shown as the code.
 */
export function enterpriseName(code) {
  if (!code) return '';
  if (!asked.has(code)) {
    asked.add(code);
    api(`/enterprises/${encodeURIComponent(code)}`).then((e) => { names[code] = e.name; }).catch(() => {});
  }
  return names[code] || code;
}
