import { describe, it, expect, vi } from 'vitest';
import { nextTick } from 'vue';
import { configure, loadUser } from '@anjian/console-sdk';
import { useRegionNames } from '../src/components/region-names.js';

describe('region names', () => {
  it('names a grid member\'s village and township from the path of their jurisdiction', async () => {
    configure({ base: '/api/v1', authorization: async () => null, onUnauthorized: vi.fn() });
    const json = (body) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    vi.stubGlobal('fetch', vi.fn(async (url) => (url.endsWith('/me')
      ? json({ userId: 'demo-grid', roles: ['grid-member'], jurisdiction: '330999001001001', jurisdictionPath: [
        { code: '330999000000', name: '示范县', level: 'COUNTY' }, { code: '330999001000', name: '城关街道', level: 'TOWNSHIP' },
        { code: '330999001001', name: '文昌社区', level: 'VILLAGE' }, { code: '330999001001001', name: '文昌社区第1网格', level: 'GRID' }] })
      : json({ items: [{ code: '330999001001001', name: '文昌社区第1网格', level: 'GRID', parentCode: '330999001001' }], total: 1 }))));
    await loadUser();
    const names = useRegionNames();
    await nextTick();
    expect(names.name('330999001001')).toBe('文昌社区');
    expect(names.township('330999001001')).toBe('城关街道');
    expect(names.name('330999101001')).toBe('330999101001');
  });
});
