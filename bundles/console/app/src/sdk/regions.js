import { api } from './api.js';

let cache = null;

/** The regions the user may see (GET /regions), loaded once. */
export async function loadRegions() {
  if (!cache) {
    cache = api('/regions').then((page) => page.items).catch((e) => {
      cache = null;
      throw e;
    });
  }
  return cache;
}

export function forgetRegions() {
  cache = null;
}

/** The regions as a tree for pickers: [{ value, label, level, children }], roots first by code. */
export function regionTree(regions) {
  const nodes = new Map(regions.map((r) => [r.code, { value: r.code, label: r.name, level: r.level, children: [] }]));
  const roots = [];
  for (const r of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    const node = nodes.get(r.code);
    const parent = r.parentCode && nodes.get(r.parentCode);
    (parent ? parent.children : roots).push(node);
  }
  for (const n of nodes.values()) if (n.children.length === 0) delete n.children;
  return roots;
}

/** The significant prefix of a region code, as the list filters take it (regionPrefix). */
export function regionPrefix(code, level) {
  if (!code) return null;
  switch (level) {
    case 'COUNTY': return code.slice(0, 6);
    case 'TOWNSHIP': return code.slice(0, 9);
    case 'VILLAGE': return code.slice(0, 12);
    default: return code;
  }
}

/** The level of a code by its form (12 digits ending 000000: county; ...000: township; 15 digits: grid). */
export function levelOf(code) {
  if (!code) return null;
  if (code.length === 15) return 'GRID';
  if (code.endsWith('000000')) return 'COUNTY';
  if (code.endsWith('000')) return 'TOWNSHIP';
  return 'VILLAGE';
}

/** The code a prefix stands for (330999001 → 330999001000). */
export function codeOfPrefix(prefix) {
  if (!prefix) return null;
  if (prefix.length === 6) return prefix + '000000';
  if (prefix.length === 9) return prefix + '000';
  return prefix;
}
