import { defineStore } from 'pinia';
import { api, isCompatible, CONSOLE_API_VERSION } from '@anjian/console-sdk';

/**
 * What the installed domains contribute to the console (GET /console/pages) and the modules themselves
 * (GET /modules: names, versions, industries). Refreshed at each navigation, so installing or removing a domain
 * shows in the menu at the next click.
 */
export const useModulesStore = defineStore('modules', {
  state: () => ({ pages: [], modules: [], loadedAt: 0, error: null }),
  getters: {
    menuPages: (s) => s.pages.filter((p) => p.kind === 'PAGE'),
    enterpriseTabs: (s) => s.pages.filter((p) => p.kind === 'ENTERPRISE_TAB' && isCompatible(p.consoleApiVersion)),
    dashboardWidgets: (s) => s.pages.filter((p) => p.kind === 'DASHBOARD_WIDGET' && isCompatible(p.consoleApiVersion)),
    groups() {
      const groups = new Map();
      for (const p of this.menuPages) {
        const module = this.modules.find((m) => m.id === p.moduleId);
        const name = p.group || module?.nameZh || p.moduleId;
        if (!groups.has(name)) groups.set(name, { name, icon: p.icon, pages: [] });
        groups.get(name).pages.push({ ...p, compatible: isCompatible(p.consoleApiVersion) });
      }
      return [...groups.values()];
    },
  },
  actions: {
    async refresh(minAgeMs = 1000) {
      if (Date.now() - this.loadedAt < minAgeMs) return;
      try {
        const [pages, modules] = await Promise.all([api('/console/pages'), api('/modules')]);
        this.pages = pages.items;
        this.modules = modules.items;
        this.error = null;
      } catch (e) {
        this.error = e.display || e.message;
      }
      this.loadedAt = Date.now();
    },
    pageForRoute(path) {
      return this.menuPages.find((p) => p.route === path) || null;
    },
    /** Why a page cannot be shown, or null. */
    refusal(page) {
      return isCompatible(page.consoleApiVersion) ? null
        : `该页面为控制台接口 ${page.consoleApiVersion} 编写，与本控制台（${CONSOLE_API_VERSION}）不兼容，请升级该模块`;
    },
    moduleOf(id) {
      return this.modules.find((m) => m.id === id) || null;
    },
    /** The tabs for an enterprise: those of the modules whose industries include the enterprise's. */
    tabsFor(enterprise) {
      return this.enterpriseTabs.filter((t) => {
        const m = this.moduleOf(t.moduleId);
        return m && enterprise && m.industryCodes.some((code) => enterprise.industryCode.startsWith(code));
      });
    },
  },
});
