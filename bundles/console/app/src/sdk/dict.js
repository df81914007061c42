import { reactive } from 'vue';
import { api } from './api.js';

const dictionaries = reactive({});

/** Loads the platform's dictionaries (GET /dictionaries): code → Chinese label. */
export async function loadDictionaries() {
  Object.assign(dictionaries, await api('/dictionaries'));
  return dictionaries;
}

/** Adds or replaces dictionaries (a domain page's own codes). */
export function addDictionaries(more) {
  Object.assign(dictionaries, more);
}

/** The label of a code; the code itself when unknown; '' for null. */
export function label(dictionary, code) {
  if (code === null || code === undefined || code === '') return '';
  const d = dictionaries[dictionary];
  return (d && d[code]) || String(code);
}

/** A dictionary as options for a select: [{ value, label }]. */
export function options(dictionary) {
  return Object.entries(dictionaries[dictionary] || {}).map(([value, text]) => ({ value, label: text }));
}
