/** The filter values of a query that the list's filters define (paging and unknown keys left out). */
export function filterQuery(query, filters) {
  const out = {};
  for (const f of filters) {
    const v = query[f.name];
    if (v !== null && v !== undefined && v !== '') out[f.name] = v;
  }
  return out;
}

/**
 * The columns a user chose (stored JSON of props), or the columns shown by default; props no longer offered are
 * dropped, and a stored choice that is unreadable counts as none.
 */
export function readColumns(stored, columns) {
  const defaults = columns.filter((c) => !c.hidden).map((c) => c.prop);
  if (!stored) return defaults;
  try {
    const chosen = JSON.parse(stored);
    if (!Array.isArray(chosen)) return defaults;
    const known = new Set(columns.map((c) => c.prop));
    const kept = chosen.filter((p) => known.has(p));
    return kept.length ? kept : defaults;
  } catch {
    return defaults;
  }
}
