import { describe, it, expect } from 'vitest';
import { toEnterprise, apiFieldError, guarantorProblem, RULES, INDUSTRY, CREDIT_CODE_FORM } from '../src/views/enterprise-form.js';
import { transitionBody } from '../src/views/hazard-actions.js';
import { fileProblem, MAX_BYTES } from '../src/components/evidence.js';
import { ApiError } from '@anjian/console-sdk';

describe('enterprise form', () => {
  it('mirrors the API\'s patterns', () => {
    expect(INDUSTRY.test('2614')).toBe(true);
    expect(INDUSTRY.test('C')).toBe(true);
    expect(INDUSTRY.test('26145')).toBe(false);
    expect(INDUSTRY.test('Z')).toBe(false);
    expect(CREDIT_CODE_FORM.test('91330999MA2D5K1X0A')).toBe(true);
    expect(CREDIT_CODE_FORM.test('91330999MA2D5K1XOA')).toBe(false);
    expect(RULES.name.find((r) => r.max).max).toBe(200);
    expect(RULES.address.find((r) => r.max).max).toBe(300);
  });

  it('sends blanks as null and trims', () => {
    const body = toEnterprise({ creditCode: ' 91330999ma2d5k1x0a ', name: ' 甲公司 ', industryCode: 'c', address: '路1号', regionCode: '330999001001',
      gridCode: '', supervisingDepartments: ['应急管理局'], riskColour: 'BLUE', assessment: '', standardizationGrade: undefined,
      guarantors: [{ name: ' 王五 ', position: '', phone: ' 13800000000 ' }] }, 3);
    expect(body).toMatchObject({ creditCode: '91330999MA2D5K1X0A', name: '甲公司', industryCode: 'C', gridCode: null, assessment: null,
      standardizationGrade: null, version: 3, guarantors: [{ name: '王五', position: null, phone: '13800000000' }] });
  });

  it('puts the API\'s message at the field it names', () => {
    const e = new ApiError(400, { code: 'VALIDATION', message: 'guarantors[1].phone: is not a phone number', field: 'guarantors[1].phone' });
    expect(apiFieldError(e)).toEqual({ field: 'guarantors', path: 'guarantors[1].phone', message: 'is not a phone number' });
    expect(apiFieldError(new ApiError(400, { message: 'check character', field: 'creditCode' }))).toMatchObject({ field: 'creditCode', message: 'check character' });
    expect(apiFieldError(new ApiError(400, { message: 'x', field: 'nothingOfOurs' }))).toBeNull();
    expect(apiFieldError(new ApiError(409, { message: 'exists' }))).toBeNull();
  });

  it('checks guarantors as the API does', () => {
    expect(guarantorProblem({ name: '', phone: '' })).toMatch('姓名');
    expect(guarantorProblem({ name: '王五', phone: '138-0000 0000' })).toBeNull();
    expect(guarantorProblem({ name: '王五', phone: '电话' })).toMatch('电话');
  });
});

describe('hazard actions', () => {
  it('sends only the fields an action takes, requiring its own', () => {
    expect(transitionBody({ action: 'START', assignee: 'x', note: ' 现场已开工 ' })).toEqual({ body: { action: 'START', note: '现场已开工' }, problems: {} });
    expect(transitionBody({ action: 'SUBMIT', evidence: '  ' }).problems).toEqual({ evidence: '请填写整改证据' });
    expect(transitionBody({ action: 'REJECT', reason: '未整改到位' }).body).toEqual({ action: 'REJECT', reason: '未整改到位' });
    expect(transitionBody({ action: 'ASSIGN', assignee: '城关街道安监站', responsible: '张三' }, { grade: 'GENERAL' }).body)
      .toEqual({ action: 'ASSIGN', assignee: '城关街道安监站' });
    expect(transitionBody({ action: 'ASSIGN', assignee: '站', responsible: '张三', measures: '', funds: '2万元', contingencyPlan: '预案' }, { grade: 'MAJOR' }).body)
      .toEqual({ action: 'ASSIGN', assignee: '站', responsible: '张三', measures: null, funds: '2万元', contingencyPlan: '预案' });
  });
});

describe('evidence files', () => {
  it('refuses empty, oversized and other kinds before sending', () => {
    expect(fileProblem({ name: 'a.jpg', size: 0, type: 'image/jpeg' })).toMatch('为空');
    expect(fileProblem({ name: 'a.jpg', size: MAX_BYTES + 1, type: 'image/jpeg' })).toMatch('10 MB');
    expect(fileProblem({ name: 'a.exe', size: 10, type: 'application/x-msdownload' })).toMatch('仅支持');
    expect(fileProblem({ name: 'a.png', size: 10, type: 'image/png' })).toBeNull();
  });
});
