import { describe, it, expect, beforeEach, vi } from 'vitest';
import { setActivePinia, createPinia } from 'pinia';
import { configure } from '@anjian/console-sdk';
import { useModulesStore } from '../src/stores/modules.js';

const pages = [
  { moduleId: 'chemical', id: 'major-hazard', titleZh: '重大危险源', route: '/domains/chemical/major-hazard', module: 'major-hazard.js', consoleApiVersion: '1.0', kind: 'PAGE', group: '化工和危险化学品', icon: 'Warning', roles: [] },
  { moduleId: 'old', id: 'legacy', titleZh: '旧页面', route: '/domains/old/legacy', module: 'legacy.js', consoleApiVersion: '0.9', kind: 'PAGE', group: null, icon: null, roles: [] },
  { moduleId: 'chemical', id: 'tab', titleZh: '危险化学品', route: null, module: 'enterprise-tab.js', consoleApiVersion: '1.0', kind: 'ENTERPRISE_TAB', roles: [] },
  { moduleId: 'chemical', id: 'w', titleZh: '报警', route: null, module: 'w.js', consoleApiVersion: '1.0', kind: 'DASHBOARD_WIDGET', roles: [] },
];
const modules = [
  { id: 'chemical', nameZh: '化工和危险化学品', version: '0.1.0', industryCodes: ['26', '59'] },
  { id: 'old', nameZh: '旧模块', version: '0.0.1', industryCodes: ['99'] },
];

describe('what the domains contribute', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    configure({ base: '/api/v1', authorization: async () => null });
    vi.stubGlobal('fetch', vi.fn(async (url) => new Response(JSON.stringify(url.includes('/console/pages')
      ? { items: pages, total: pages.length } : { items: modules, total: modules.length }), { headers: { 'Content-Type': 'application/json' } })));
  });

  it('groups menu pages, refusing (and saying why) a page of another console API', async () => {
    const store = useModulesStore();
    await store.refresh(0);
    const groups = store.groups;
    expect(groups.map((g) => g.name)).toEqual(['化工和危险化学品', '旧模块']);
    expect(groups[1].pages[0].compatible).toBe(false);
    expect(store.refusal(pages[1])).toMatch('0.9');
    expect(store.refusal(pages[0])).toBeNull();
  });

  it('offers a domain\'s enterprise tab for the enterprises of its industries only', async () => {
    const store = useModulesStore();
    await store.refresh(0);
    expect(store.tabsFor({ industryCode: '2614' }).map((t) => t.id)).toEqual(['tab']);
    expect(store.tabsFor({ industryCode: '4411' })).toEqual([]);
    expect(store.dashboardWidgets.map((w) => w.id)).toEqual(['w']);
  });

  it('forgets a module that was removed at the next refresh', async () => {
    const store = useModulesStore();
    await store.refresh(0);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"items":[],"total":0}', { headers: { 'Content-Type': 'application/json' } })));
    await store.refresh(0);
    expect(store.groups).toEqual([]);
  });
});
