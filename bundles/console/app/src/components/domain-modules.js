// Domain pages are ES modules served by their bundles (GET /api/v1/console/{module}/{file}); they import only the
// names of the console's import map and default-export a Vue component. The module's version is in the URL, so an
// upgraded domain's page is fetched anew.
export function domainModuleUrl(page, version) {
  const v = version ? `?v=${encodeURIComponent(version)}` : '';
  return `/api/v1/console/${encodeURIComponent(page.moduleId)}/${page.module}${v}`;
}

export async function loadDomainModule(page, version) {
  const m = await import(/* @vite-ignore */ domainModuleUrl(page, version));
  if (!m.default || (typeof m.default !== 'object' && typeof m.default !== 'function')) {
    throw new Error(`${page.module} 未导出 Vue 组件（default export）`);
  }
  return m;
}
