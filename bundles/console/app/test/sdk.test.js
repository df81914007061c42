import { describe, it, expect, beforeEach, vi } from 'vitest';
import {
  apiUrl, fileNameOf, ApiError, api, configure, checkCharacter, creditCodeProblem, scopeCss, isCompatible,
  regionTree, regionPrefix, levelOf, codeOfPrefix, formatDate, formatDateTime, formatLongDate, daysUntil, readColumns, filterQuery,
} from '@anjian/console-sdk';

describe('apiUrl', () => {
  it('joins the base, the path and the query, leaving out empty values', () => {
    configure({ base: '/api/v1' });
    expect(apiUrl('/hazards', { status: 'ASSIGNED', grade: null, overdue: '', open: true })).toBe('/api/v1/hazards?status=ASSIGNED&open=true');
    expect(apiUrl('hazards')).toBe('/api/v1/hazards');
    expect(apiUrl('/enterprises', { name: '化工 有限' })).toBe('/api/v1/enterprises?name=%E5%8C%96%E5%B7%A5+%E6%9C%89%E9%99%90');
  });
});

describe('api', () => {
  beforeEach(() => {
    configure({ base: '/api/v1', authorization: async () => 'Bearer t0k', onUnauthorized: vi.fn() });
  });

  it('sends the credentials and JSON, and answers the parsed body', async () => {
    const fetch = vi.fn(async () => new Response('{"ok":1}', { status: 201, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    expect(await api('/hazards', { method: 'POST', body: { a: 1 } })).toEqual({ ok: 1 });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/v1/hazards');
    expect(init.headers.Authorization).toBe('Bearer t0k');
    expect(init.headers['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"a":1}');
  });

  it('turns the platform error format into an ApiError naming the field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"code":"VALIDATION","message":"must be a grid code","field":"gridCode"}',
      { status: 400, headers: { 'Content-Type': 'application/json' } })));
    const e = await api('/enterprises', { method: 'POST', body: {} }).catch((x) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect([e.status, e.code, e.field, e.message]).toEqual([400, 'VALIDATION', 'gridCode', 'must be a grid code']);
    expect(e.display).toBe('gridCode：must be a grid code');
  });

  it('calls back on 401 and reports an unreachable server as status 0', async () => {
    const onUnauthorized = vi.fn();
    configure({ onUnauthorized });
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 401 })));
    await expect(api('/me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(api('/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('sends FormData as it is (multipart, no JSON content type)', async () => {
    const fetch = vi.fn(async () => new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const form = new FormData();
    form.append('note', 'x');
    await api('/hazards/1/attachments', { method: 'POST', body: form });
    expect(fetch.mock.calls[0][1].body).toBe(form);
    expect(fetch.mock.calls[0][1].headers['Content-Type']).toBeUndefined();
  });
});

describe('fileNameOf', () => {
  it('prefers the UTF-8 name of RFC 6266', () => {
    expect(fileNameOf(`attachment; filename="_-2026-12-01.xlsx"; filename*=UTF-8''%E4%B8%80%E4%BC%81%E4%B8%80%E6%A1%A3-2026-12-01.xlsx`))
      .toBe('一企一档-2026-12-01.xlsx');
    expect(fileNameOf('attachment; filename="a.xlsx"')).toBe('a.xlsx');
    expect(fileNameOf(null, 'x.bin')).toBe('x.bin');
  });
});

describe('credit codes (GB 32100-2015)', () => {
  it('computes the check character of the standard vectors', () => {
    for (const code of ['91350200776049653A', '91440101MA5CJQ4N59', '913502000728319549', '9135021359498494XQ', '91350100M000100Y43']) {
      expect(checkCharacter(code.slice(0, 17))).toBe(code[17]);
      expect(creditCodeProblem(code)).toBeNull();
    }
  });
  it('says what is wrong', () => {
    expect(creditCodeProblem('91350100M000100Y42')).toBe('统一社会信用代码校验位不正确');
    expect(creditCodeProblem('91350100M000100Y4Z')).toMatch('不允许的字符');
    expect(creditCodeProblem('9135010')).toBe('统一社会信用代码应为18位');
    expect(creditCodeProblem('91350100M000100YO3')).toMatch('不允许的字符');
    expect(creditCodeProblem('')).toMatch('请输入');
  });
});

describe('scopeCss', () => {
  it('prefixes every selector, inside @media too, and leaves @keyframes alone', () => {
    const css = `.card h3, .x{color:red} body { margin: 0 } @media (max-width: 800px) { .a { b: c } } @keyframes spin { from { x: 1 } to { x: 2 } }`;
    const out = scopeCss(css, 'anjian-domain--chemical').replace(/\s+}/g, '}');
    expect(out).toContain('.anjian-domain--chemical .card h3,.anjian-domain--chemical .x{color:red}');
    expect(out).toContain('.anjian-domain--chemical{ margin: 0}');
    expect(out).toContain('@media (max-width: 800px){.anjian-domain--chemical .a{ b: c}}');
    expect(out).toContain('@keyframes spin{ from { x: 1} to { x: 2}}');
  });
});

describe('console API versions', () => {
  it('accepts the same major version with a minor not newer than the host', () => {
    expect(isCompatible('1.0', '1.0')).toBe(true);
    expect(isCompatible('1.0', '1.3')).toBe(true);
    expect(isCompatible('1.4', '1.3')).toBe(false);
    expect(isCompatible('0.9', '1.0')).toBe(false);
    expect(isCompatible('2.0', '1.0')).toBe(false);
    expect(isCompatible(null, '1.0')).toBe(false);
  });
});

describe('regions', () => {
  const regions = [
    { code: '330999000000', name: '示范县', level: 'COUNTY', parentCode: null },
    { code: '330999001000', name: '城关街道', level: 'TOWNSHIP', parentCode: '330999000000' },
    { code: '330999001001', name: '文昌社区', level: 'VILLAGE', parentCode: '330999001000' },
    { code: '330999001001001', name: '文昌社区第1网格', level: 'GRID', parentCode: '330999001001' },
  ];
  it('builds the tree for pickers', () => {
    const tree = regionTree(regions);
    expect(tree).toHaveLength(1);
    expect(tree[0].children[0].children[0].children[0]).toEqual({ value: '330999001001001', label: '文昌社区第1网格', level: 'GRID' });
  });
  it('gives the significant prefix the filters take, and back', () => {
    expect(regionPrefix('330999001000', 'TOWNSHIP')).toBe('330999001');
    expect(regionPrefix('330999000000', 'COUNTY')).toBe('330999');
    expect(regionPrefix('330999001001001', 'GRID')).toBe('330999001001001');
    expect(levelOf('330999001000')).toBe('TOWNSHIP');
    expect(codeOfPrefix('330999001')).toBe('330999001000');
  });
});

describe('dates in county time', () => {
  it('formats instants in Asia/Shanghai and keeps plain dates', () => {
    expect(formatDate('2026-12-01')).toBe('2026-12-01');
    expect(formatDateTime('2026-11-30T16:30:00Z')).toBe('2026-12-01 00:30');
    expect(formatDate('2026-11-30T16:30:00Z')).toBe('2026-12-01');
    expect(formatLongDate('2026-12-01')).toBe('2026年12月1日');
    expect(daysUntil('2026-11-25', new Date('2026-12-01T02:00:00Z'))).toBe(-6);
  });
});

describe('list settings', () => {
  const columns = [{ prop: 'a' }, { prop: 'b', hidden: true }, { prop: 'c' }];
  it('keeps a user\'s columns, drops those no longer offered, falls back on the defaults', () => {
    expect(readColumns(null, columns)).toEqual(['a', 'c']);
    expect(readColumns('["b","zz"]', columns)).toEqual(['b']);
    expect(readColumns('not json', columns)).toEqual(['a', 'c']);
    expect(readColumns('["zz"]', columns)).toEqual(['a', 'c']);
  });
  it('sends only the filters the list defines', () => {
    expect(filterQuery({ status: 'CLOSED', offset: '20', x: '1', grade: '' }, [{ name: 'status' }, { name: 'grade' }])).toEqual({ status: 'CLOSED' });
  });
});

describe('export counts', async () => {
  const { exportCounts } = await import('../src/sdk/api.js');
  const headers = (h) => new Headers(h);
  it('reads the total and the rows of an exactly counted export', () => {
    expect(exportCounts(headers({ 'X-Total-Count': '123', 'X-Total-Exact': 'true', 'X-Export-Rows': '123' })))
      .toEqual({ total: 123, rows: 123, totalExact: true });
  });
  it('takes a capped count as a lower bound without a row count (no header is not zero rows)', () => {
    expect(exportCounts(headers({ 'X-Total-Count': '1000', 'X-Total-Exact': 'false' })))
      .toEqual({ total: 1000, rows: null, totalExact: false });
    expect(exportCounts(headers({}))).toEqual({ total: null, rows: null, totalExact: true });
  });
});
