// Namespaces a domain page's style sheet under its wrapper's class, so that a page styles only itself:
// ".card h3 { … }" becomes ".anjian-domain--chemical .card h3 { … }". @media and @supports blocks are scoped
// inside; @keyframes and @font-face are left as they are; :root and html/body selectors become the wrapper.
export function scopeCss(css, scope) {
  const prefix = '.' + scope;
  let out = '';
  let i = 0;
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    const head = text.slice(i, open).trim();
    const close = matching(text, open);
    const body = text.slice(open + 1, close);
    if (head.startsWith('@media') || head.startsWith('@supports') || head.startsWith('@container')) {
      out += `${head}{${scopeCss(body, scope)}}`;
    } else if (head.startsWith('@')) {
      out += `${head}{${body}}`;
    } else {
      const selectors = head.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
        if (/^(:root|html|body)$/.test(s)) return prefix;
        if (/^(:root|html|body)\s+/.test(s)) return s.replace(/^(:root|html|body)\s+/, prefix + ' ');
        return s.startsWith(prefix) ? s : `${prefix} ${s}`;
      });
      out += `${selectors.join(',')}{${body}}`;
    }
    i = close + 1;
  }
  return out;
}

function matching(text, open) {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === '{') depth++;
    else if (text[k] === '}' && --depth === 0) return k;
  }
  return text.length - 1;
}

const injected = new Map();

/** Adds a scoped style sheet to the document once per scope (replacing an older one of the same scope). */
export function injectScopedStyles(css, scope) {
  if (!css) return;
  const scoped = scopeCss(css, scope);
  let el = injected.get(scope);
  if (!el) {
    el = document.createElement('style');
    el.dataset.scope = scope;
    document.head.append(el);
    injected.set(scope, el);
  }
  el.textContent = scoped;
}
