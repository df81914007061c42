// Labels of the construction domain's codes (建筑施工), shared by its pages, with the 危大工程 categories'
// parameters (建办质〔2018〕31号) as the assessment takes them, and the pages' style sheet.
export const PROJECT_STATUS = { PLANNED: '计划', IN_PROGRESS: '在建', SUSPENDED: '停工', COMPLETED: '竣工' };

export const LEVEL = { NONE: '非危大', DANGEROUS: '危大工程', BEYOND_SCALE: '超过一定规模的危大工程' };

export const STAGE = {
  PLAN_DRAFTED: '方案编制', EXPERT_REVIEWED: '专家论证', APPROVED: '方案审批', IN_PROGRESS: '施工中', ACCEPTED: '验收',
};

/** What the button that moves a work on to a stage says. */
export const STAGE_ACTION = {
  EXPERT_REVIEWED: '专家论证完成', APPROVED: '方案审批通过', IN_PROGRESS: '开始施工', ACCEPTED: '验收通过',
};

/** The prerequisites a 409 on a stage step names, in words. */
export const MISSING = {
  EXPERT_REVIEW: '超过一定规模的危大工程须先组织专家论证',
  APPROVAL: '专项施工方案尚未审批',
  KEY_PERSONNEL: '项目未配备证书有效的项目负责人（B证）和专职安全生产管理人员（C证）',
  START: '尚未开始施工',
  PROJECT_IN_PROGRESS: '项目不在施工状态（须先将项目状态改为在建）',
};

export const ROLE = {
  PRINCIPAL: '企业主要负责人', PROJECT_MANAGER: '项目负责人', SAFETY_OFFICER: '专职安全生产管理人员', SPECIAL_OPERATOR: '特种作业人员',
};

export const CERTIFICATE_TYPE = { A: 'A 证', B: 'B 证', C: 'C 证', SPECIAL_OPERATION: '特种作业操作资格证' };

/** The certificate each role holds (the API refuses any other: 400 `certificateType`). */
export const ROLE_CERTIFICATE = { PRINCIPAL: 'A', PROJECT_MANAGER: 'B', SAFETY_OFFICER: 'C', SPECIAL_OPERATOR: 'SPECIAL_OPERATION' };

/** The operations of 建筑施工特种作业人员 (建质〔2008〕75号). */
export const OPERATION_TYPES = ['建筑电工', '建筑架子工', '建筑起重信号司索工', '建筑起重机械司机', '建筑起重机械安装拆卸工', '高处作业吊篮安装拆卸工'];

export const CERTIFICATE_STATUS = { VALID: '有效', EXPIRING: '即将到期', EXPIRED: '已过期' };

export const CATEGORY = {
  EXCAVATION: '基坑工程',
  FORMWORK: '模板工程及支撑体系',
  LIFTING: '起重吊装及起重机械安装拆卸工程',
  SCAFFOLD: '脚手架工程',
  CURTAIN_WALL: '建筑幕墙安装工程',
  STEEL_STRUCTURE: '钢结构、网架和索膜结构安装工程',
  MANUAL_PILE: '人工挖孔桩工程',
  DEMOLITION: '拆除工程',
  UNDERGROUND: '暗挖工程',
  UNDERWATER: '水下作业工程',
  OTHER: '其它',
};

const TOOL_FORMWORK = { NONE: '无（非工具式模板）', LARGE: '大模板', SLIDING: '滑模', CLIMBING: '爬模', FLYING: '飞模', TUNNEL: '隧道模' };
const SCAFFOLD_TYPE = {
  FLOOR: '落地式钢管脚手架', ATTACHED_LIFTING: '附着式升降脚手架', CANTILEVER: '悬挑式脚手架', SUSPENDED_PLATFORM: '高处作业吊篮',
  UNLOADING_PLATFORM: '卸料平台、操作平台', SPECIAL_SHAPED: '异型脚手架',
};
const STEEL_KIND = { STEEL: '钢结构', SPACE_FRAME: '网架', CABLE_MEMBRANE: '索膜结构' };

const number = (name, label, unit, required = false, min = 0) => ({ name, label, type: 'number', unit, required, min });
const bool = (name, label) => ({ name, label, type: 'boolean' });
const choice = (name, label, options, required = false, initial = null) => ({ name, label, type: 'enum', options, required, initial });

/** Each category's parameters: numbers (with their unit), booleans (false when absent) and enums. */
export const PARAMETERS = {
  EXCAVATION: [
    number('depthM', '开挖深度', 'm', true),
    bool('complexConditions', '地质条件、周围环境或地下管线复杂，或影响毗邻建（构）筑物安全'),
  ],
  FORMWORK: [
    choice('toolFormwork', '工具式模板', TOOL_FORMWORK, false, 'NONE'),
    number('heightM', '搭设高度', 'm'),
    number('spanM', '搭设跨度', 'm'),
    number('totalLoadKnM2', '施工总荷载（设计值）', 'kN/m²'),
    number('lineLoadKnM', '集中线荷载（设计值）', 'kN/m'),
  ],
  LIFTING: [
    bool('nonConventional', '采用非常规起重设备、方法'),
    number('singleLiftKn', '单件起吊重量', 'kN'),
    bool('craneInstallation', '起重机械安装和拆卸'),
    number('craneCapacityKn', '起重机械起重量', 'kN'),
    number('erectionHeightM', '起重机械搭设总高度', 'm'),
    number('baseElevationM', '起重机械搭设基础标高', 'm', false, null),
  ],
  SCAFFOLD: [
    choice('type', '脚手架类型', SCAFFOLD_TYPE, true),
    number('heightM', '搭设高度', 'm'),
    number('liftHeightM', '提升高度', 'm'),
    number('segmentHeightM', '分段架体搭设高度', 'm'),
  ],
  CURTAIN_WALL: [number('heightM', '施工高度', 'm', true)],
  STEEL_STRUCTURE: [
    choice('kind', '结构类型', STEEL_KIND, true),
    number('spanM', '跨度', 'm', true),
  ],
  MANUAL_PILE: [number('depthM', '开挖深度', 'm', true)],
  DEMOLITION: [
    bool('affectsSurroundings', '可能影响行人、交通、电力设施、通讯设施或其它建（构）筑物安全'),
    bool('specialStructure', '码头、桥梁、高架、烟囱、水塔等特殊建（构）筑物'),
    bool('hazardousSpread', '拆除中容易引起有毒有害气（液）体或粉尘扩散、易燃易爆事故'),
    bool('heritageArea', '文物保护建筑、优秀历史建筑或历史文化风貌区影响范围内'),
  ],
  UNDERGROUND: [],
  UNDERWATER: [],
  OTHER: [
    bool('prefabricatedInstallation', '装配式建筑混凝土预制构件安装'),
    bool('newTechnology', '采用新技术、新工艺、新材料、新设备，尚无国家、行业及地方技术标准'),
    number('liftOrMoveKn', '整体顶升、平移、转体重量', 'kN'),
  ],
};

/** A parameter's definition in a category (null when the category does not list it). */
export function parameterOf(category, name) {
  return (PARAMETERS[category] || []).find((p) => p.name === name) || null;
}

/** A parameter's value as people read it: 4.5 m, 是/否, an enum's label; '—' when absent. */
export function formatParameter(category, name, value) {
  if (value === null || value === undefined || value === '') return '—';
  const p = parameterOf(category, name);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (p && p.type === 'enum') return p.options[value] || String(value);
  if (p && p.unit && typeof value === 'number') return `${value} ${p.unit}`;
  return String(value);
}

/** The form field a 400 names (`fields` holds the form's names) and its message without the field's own prefix. */
export function apiFieldProblem(error, fields) {
  if (!error || !error.field) return null;
  const field = error.field.replace(/^body\./, '');
  const message = error.message && error.message.startsWith(error.field + ': ') ? error.message.slice(error.field.length + 2) : error.message;
  if (fields.includes(field)) return { field, message };
  const head = field.replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
  return fields.includes(head) ? { field: head, message } : null;
}

/** The next stage a work may move on to (EXPERT_REVIEWED only for beyond-scale works), null once accepted. */
export function nextStage(work) {
  const order = work.level === 'BEYOND_SCALE'
    ? ['PLAN_DRAFTED', 'EXPERT_REVIEWED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED']
    : ['PLAN_DRAFTED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED'];
  const at = order.indexOf(work.stage);
  return at >= 0 && at < order.length - 1 ? order[at + 1] : null;
}

/** Options of a label map for el-select and the list's filters. */
export function optionsOf(labels) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

// Text colours keep 4.5:1 and more on their backgrounds (WCAG AA): the console's e2e runs axe-core.
export const STYLES = `
.ct-tag { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 6px; border-radius: 3px; border: 1px solid #ced4da;
  color: #4a4f57; background: #f1f3f5; white-space: nowrap; }
.ct-tag.PLANNED, .ct-tag.NONE { color: #4a4f57; border-color: #ced4da; background: #f1f3f5; }
.ct-tag.IN_PROGRESS { color: #15538f; border-color: #9fc8f0; background: #e8f3ff; }
.ct-tag.SUSPENDED, .ct-tag.DANGEROUS, .ct-tag.EXPIRING { color: #8a4b00; border-color: #f5c58a; background: #fff3e0; }
.ct-tag.COMPLETED, .ct-tag.VALID { color: #1e6b33; border-color: #a7dfb4; background: #ebfbee; }
.ct-tag.BEYOND_SCALE, .ct-tag.EXPIRED { color: #a51d1d; border-color: #f5b5b5; background: #fff0f0; }
.ct-tag.is-large { font-size: 18px; line-height: 28px; padding: 2px 12px; font-weight: 700; border-radius: 4px; }
.ct-key { white-space: nowrap; margin-right: 10px; color: #1e6b33; }
.ct-key.is-missing { color: #a51d1d; font-weight: 600; }
.ct-muted { color: #5c6370; font-size: 12px; }
.ct-error { color: #a51d1d; background: #fff0f0; border: 1px solid #f5b5b5; border-radius: 4px; padding: 6px 10px; margin: 8px 0; line-height: 1.6; }
.ct-hint { color: #5c6370; font-size: 12px; line-height: 1.5; margin-top: 2px; }
.ct-field { display: flex; align-items: center; gap: 6px; }
.ct-unit { color: #4a4f57; min-width: 40px; }
.ct-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 16px; align-items: start; }
.ct-card { border: 1px solid #e4e7ed; border-radius: 8px; padding: 14px; }
.ct-card h3 { margin: 0 0 12px; font-size: 15px; }
.ct-result-head { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; margin-bottom: 12px; }
.ct-requirements { margin: 4px 0 12px; padding-left: 20px; line-height: 1.8; }
.ct-section { margin: 18px 0 8px; font-size: 14px; }
.ct-section-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 18px 0 8px; }
.ct-section-head .ct-section { margin: 0; }
.ct-actions { display: flex; gap: 8px; align-items: center; }
@media (max-width: 1280px) { .ct-grid { grid-template-columns: 1fr; } }
`;
