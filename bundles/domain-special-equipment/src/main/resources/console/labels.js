// Labels of special equipment's codes, shared by its pages.
export const INSPECTION = {
  OK: '检验有效', DUE_SOON: '即将到期', OVERDUE: '逾期未检', NEVER_INSPECTED: '未检验', NOT_USABLE: '检验不合格',
  MONITORED: '在线监测', NO_RULE: '无检验周期', OUT_OF_SERVICE: '停用',
};
export const RESULT = { PASS: '合格', FAIL: '不合格' };
export const EVENT_KIND = { ENTRAPMENT: '困人', FAULT: '故障' };
export const EVENT_STATUS = { RAISED: '待处置', HANDLED: '已处置', ESCALATED: '已转隐患' };
export const STYLES = `
.se-status { font-size: 12px; padding: 1px 6px; border-radius: 3px; border: 1px solid #ced4da; color: #3f444c; white-space: nowrap; }
.se-status.OVERDUE, .se-status.NOT_USABLE, .se-status.RAISED { color: #a51d1d; border-color: #f5b5b5; background: #fff0f0; }
.se-status.DUE_SOON, .se-status.NEVER_INSPECTED, .se-status.ESCALATED { color: #8a4b00; border-color: #f5c58a; background: #fff8ee; }
.se-status.OK, .se-status.HANDLED { color: #1e6b33; border-color: #a7dfb4; }
.se-figures { display: flex; gap: 24px; }
.se-figures a { text-decoration: none; }
.se-figures strong { font-size: 24px; margin-left: 4px; }
`;
