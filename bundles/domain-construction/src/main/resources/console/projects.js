// 在建项目: the construction projects with their 危大工程 and key personnel; each project's dangerous works move on
// stage by stage (方案编制 → 专家论证 → 方案审批 → 施工中 → 验收). Writers register a project's 危大工程 and its
// people's certificates (and renew a certificate) from the project's drawer. Console API 1.0.
import { ref, reactive, onMounted } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import {
  api, ListPage, RegionPicker, routeQuery, setRouteQuery, formatDate, formatDateTime, today, useUser, enterpriseName,
  loadRegions, creditCodeProblem,
} from '@anjian/console-sdk';
import {
  PROJECT_STATUS, LEVEL, STAGE, STAGE_ACTION, MISSING, ROLE, CERTIFICATE_TYPE, CERTIFICATE_STATUS, CATEGORY, PARAMETERS,
  ROLE_CERTIFICATE, OPERATION_TYPES, STYLES, nextStage, optionsOf, apiFieldProblem, parameterOf,
} from './labels.js';
import ParameterFields, { resetParameters, parametersBody, missingParameters, missingMessage } from './parameter-fields.js';

export const styles = STYLES;

const FIELDS = ['projectCode', 'name', 'builderCreditCode', 'contractorCreditCode', 'regionCode', 'address', 'status', 'startDate',
  'plannedCompletionDate'];
const FIELD_LABELS = {
  projectCode: '项目编号', name: '项目名称', builderCreditCode: '建设单位', contractorCreditCode: '施工总承包单位', regionCode: '项目所在地',
  address: '详细地址', status: '项目状态', startDate: '开工日期', plannedCompletionDate: '计划竣工日期',
};

const creditCodeRule = (what) => ({
  required: true,
  trigger: 'blur',
  validator: (rule, value, callback) => {
    const problem = creditCodeProblem((value || '').trim().toUpperCase());
    callback(problem ? new Error(`${what}：${problem}`) : undefined);
  },
});
const RULES = {
  projectCode: [{ required: true, message: '请输入项目编号', trigger: 'blur' }, { max: 50, message: '项目编号不超过 50 个字符', trigger: 'blur' }],
  name: [{ required: true, message: '请输入项目名称', trigger: 'blur' }, { max: 200, message: '项目名称不超过 200 个字', trigger: 'blur' }],
  builderCreditCode: [creditCodeRule('建设单位')],
  contractorCreditCode: [creditCodeRule('施工总承包单位')],
  regionCode: [{ required: true, message: '请选择项目所在地', trigger: 'change' }, { pattern: /^\d{12}$/, message: '请选择一个村（社区）或乡镇', trigger: 'change' }],
  address: [{ max: 200, message: '详细地址不超过 200 个字', trigger: 'blur' }],
  status: [{ required: true, message: '请选择项目状态', trigger: 'change' }],
};

// a project's 危大工程 (登记危大工程)
const WORK_FIELDS = ['name', 'category'];
const WORK_LABELS = { name: '工程名称', category: '工程类别' };
const WORK_RULES = {
  name: [{ required: true, message: '请输入工程名称', trigger: 'blur' }, { max: 200, message: '工程名称不超过 200 个字', trigger: 'blur' }],
  category: [{ required: true, message: '请选择工程类别', trigger: 'change' }],
};
const NOT_DANGEROUS = '按所填参数，该工程未达到建办质〔2018〕31号附件1的任何判定标准，不属于危险性较大的分部分项工程，无需登记为危大工程。'
  + '请核对参数（可在“危大工程判定”页面试算）。';

// a person's certificate (登记人员, 换证)
const PERSON_FIELDS = ['name', 'role', 'certificateType', 'certificateNumber', 'operationType', 'issuedOn', 'validUntil'];
const PERSON_LABELS = {
  name: '姓名', role: '岗位', certificateType: '证书类型', certificateNumber: '证书编号', operationType: '作业类别', issuedOn: '发证日期',
  validUntil: '有效期至',
};

/** A date picker's day as 2026-12-01 (the picker's days are local midnights). */
function dayOf(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function emptyPerson() {
  return { name: '', role: null, certificateNumber: '', operationType: null, issuedOn: null, validUntil: null };
}

function emptyProject() {
  return {
    projectCode: '', name: '', builderCreditCode: '', contractorCreditCode: '', regionCode: null, address: '', status: 'PLANNED',
    startDate: null, plannedCompletionDate: null,
  };
}

export default {
  name: 'ConstructionProjects',
  components: { ListPage, RegionPicker, ParameterFields },
  setup() {
    const user = useUser();
    const query = ref({ ...routeQuery() });
    delete query.value.id;
    const list = ref(null);
    const regionNames = reactive({});
    loadRegions().then((regions) => { for (const r of regions) regionNames[r.code] = r.name; }).catch(() => {});
    const regionName = (code) => (code ? regionNames[code] || code : '');

    const columns = [
      { prop: 'projectCode', label: '项目编号', width: 150 },
      { prop: 'name', label: '项目名称', minWidth: 200 },
      { prop: 'contractorCreditCode', label: '施工总承包单位', minWidth: 200, formatter: (p) => enterpriseName(p.contractorCreditCode) },
      { prop: 'builderCreditCode', label: '建设单位', minWidth: 200, hidden: true, formatter: (p) => enterpriseName(p.builderCreditCode) },
      { prop: 'regionCode', label: '项目所在地', width: 150, hidden: true, formatter: (p) => regionName(p.regionCode) },
      { prop: 'status', label: '状态', width: 80, ellipsis: false },
      { prop: 'dangerousWorks', label: '危大工程', width: 90, align: 'right' },
      { prop: 'beyondScaleWorks', label: '超危大工程', width: 100, align: 'right' },
      { prop: 'keyPersonnel', label: '关键岗位人员', width: 230, ellipsis: false },
    ];
    const filters = [
      { name: 'status', label: '状态', type: 'select', options: optionsOf(PROJECT_STATUS), width: 120 },
      { name: 'enterpriseCreditCode', label: '施工总承包单位', type: 'text', placeholder: '统一社会信用代码', width: 200 },
    ];

    // the drawer: a project, its dangerous works and its personnel
    const drawer = ref(false);
    const detail = ref(null);
    const works = ref(null);
    const worksError = ref('');
    const personnel = ref(null);
    const personnelTotal = ref(0);
    const personnelError = ref('');
    const stage = reactive({ busy: null, error: '' });
    let opened = 0;

    async function loadWorks(id, mine) {
      worksError.value = '';
      try {
        const page = await api(`/domains/construction/projects/${encodeURIComponent(id)}/dangerous-works`, { query: { limit: 500 } });
        if (mine === opened) works.value = page.items;
      } catch (e) {
        if (mine === opened) { works.value = []; worksError.value = e.display || e.message; }
      }
    }
    async function loadPersonnel(id, mine) {
      personnelError.value = '';
      try {
        const page = await api(`/domains/construction/projects/${encodeURIComponent(id)}/personnel`, { query: { limit: 500 } });
        if (mine === opened) { personnel.value = page.items; personnelTotal.value = page.total; }
      } catch (e) {
        if (mine === opened) { personnel.value = []; personnelError.value = e.display || e.message; }
      }
    }
    async function open(row) {
      const mine = ++opened;
      drawer.value = true;
      detail.value = null;
      works.value = null;
      personnel.value = null;
      Object.assign(stage, { busy: null, error: '' });
      try {
        const project = await api(`/domains/construction/projects/${encodeURIComponent(row.id)}`);
        if (mine !== opened) return;
        detail.value = project;
        await Promise.all([loadWorks(project.id, mine), loadPersonnel(project.id, mine)]);
      } catch (e) {
        if (mine !== opened) return;
        drawer.value = false;
        ElMessage.error(e.status === 404 ? '未找到该项目，或不在您的辖区内' : '项目加载失败：' + (e.display || e.message));
      }
    }
    function closed() {
      // a project opened from the address (?id=) leaves the address when its drawer closes
      if (routeQuery().id) setRouteQuery({ ...query.value });
    }

    async function advance(work) {
      const next = nextStage(work);
      if (!next) return;
      const on = today();
      let by;
      try {
        // the person who answers for the step (审核签字人、论证专家组组长、验收负责人), not the console user
        ({ value: by } = await ElMessageBox.prompt(`将「${work.name}」登记为「${STAGE[next]}」（${on}）。请填写签字（负责）人：`,
          STAGE_ACTION[next], {
            confirmButtonText: '确定', cancelButtonText: '取消', inputPlaceholder: '姓名',
            inputValidator: (v) => (v && v.trim() && v.trim().length <= 50) || '请填写签字（负责）人姓名（不超过50字）',
          }));
      } catch {
        return;
      }
      by = by.trim();
      stage.busy = work.id;
      stage.error = '';
      try {
        const updated = await api(`/domains/construction/projects/${encodeURIComponent(detail.value.id)}/dangerous-works/${encodeURIComponent(work.id)}/stage`,
          { method: 'POST', body: { stage: next, on, by } });
        works.value = works.value.map((w) => (w.id === updated.id ? updated : w));
        ElMessage.success(`「${work.name}」已登记为「${STAGE[updated.stage] || updated.stage}」`);
      } catch (e) {
        const text = e.display || e.message;
        const missing = Object.keys(MISSING).find((k) => e.code === 'MISSING_' + k);
        stage.error = `「${work.name}」无法登记为「${STAGE[next]}」：` + (missing ? `${MISSING[missing]}（${text}）` : text);
      } finally {
        stage.busy = null;
      }
    }
    const lastStep = (work) => (work.stages && work.stages.length ? work.stages[work.stages.length - 1] : null);

    /** The drawer's project again (its counts of works, its key personnel), and the list's row of it. */
    async function refreshProject(id, mine) {
      try {
        const project = await api(`/domains/construction/projects/${encodeURIComponent(id)}`);
        if (mine === opened) detail.value = project;
      } catch {
        // the drawer keeps what it shows
      }
      if (list.value) list.value.reload();
    }
    const fieldOf = (e) => (e && e.field ? e.field.replace(/^body\./, '') : '');

    // 登记危大工程: a name, a category and its parameters; the API assesses the work and refuses one below every criterion
    const workForm = ref(null);
    const workDialog = reactive({ open: false, busy: false, error: '', projectId: null, mine: 0 });
    const workModel = reactive({ name: '', category: null });
    const workValues = reactive({});
    const workErrors = reactive({ name: '', category: '' });
    const parameterErrors = reactive({});
    const clearParameterErrors = () => { for (const k of Object.keys(parameterErrors)) delete parameterErrors[k]; };
    function newWork() {
      Object.assign(workModel, { name: '', category: null });
      resetParameters(workValues, null);
      Object.assign(workErrors, { name: '', category: '' });
      clearParameterErrors();
      Object.assign(workDialog, { open: true, busy: false, error: '', projectId: detail.value.id, mine: opened });
      if (workForm.value) workForm.value.clearValidate();
    }
    function workCategoryChanged() {
      resetParameters(workValues, workModel.category);
      workErrors.category = '';
      clearParameterErrors();
      workDialog.error = '';
    }
    function workParameterChanged(name) {
      delete parameterErrors[name];
      workDialog.error = '';
    }
    async function saveWork() {
      Object.assign(workErrors, { name: '', category: '' });
      clearParameterErrors();
      workDialog.error = '';
      const valid = await workForm.value.validate().catch(() => false);
      const category = workModel.category;
      const missing = category ? missingParameters(category, workValues) : [];
      for (const p of missing) parameterErrors[p.name] = missingMessage(p);
      if (!valid || missing.length) return;
      const body = { name: workModel.name.trim(), category, parameters: parametersBody(category, workValues) };
      const { projectId, mine } = workDialog;
      workDialog.busy = true;
      try {
        const saved = await api(`/domains/construction/projects/${encodeURIComponent(projectId)}/dangerous-works`, { method: 'POST', body });
        workDialog.open = false;
        ElMessage.success(`已登记危大工程「${saved.name}」（${LEVEL[saved.level] || saved.level}）`);
        loadWorks(projectId, mine);
        refreshProject(projectId, mine);
      } catch (e) {
        const fields = [...WORK_FIELDS, ...(PARAMETERS[category] || []).map((p) => 'parameters.' + p.name)];
        const at = e.status === 400 ? apiFieldProblem(e, fields) : null;
        if (at && at.field.startsWith('parameters.')) {
          const name = at.field.slice('parameters.'.length);
          parameterErrors[name] = `${parameterOf(category, name).label}：${at.message}`;
        } else if (at) {
          workErrors[at.field] = `${WORK_LABELS[at.field]}：${at.message}`;
        } else if (e.status === 400 && fieldOf(e) === 'parameters') {
          workDialog.error = NOT_DANGEROUS;
        } else {
          workDialog.error = '登记失败：' + (e.display || e.message);
        }
      } finally {
        workDialog.busy = false;
      }
    }

    // 登记人员 and 换证: the person, the role (which sets the certificate type) and the certificate
    const personForm = ref(null);
    const personDialog = reactive({ open: false, busy: false, error: '', projectId: null, mine: 0, person: null });
    const personModel = reactive(emptyPerson());
    const personErrors = reactive(Object.fromEntries(PERSON_FIELDS.map((f) => [f, ''])));
    const certificateTypeOf = (role) => ROLE_CERTIFICATE[role] || null;
    const certificateTypeLabel = () => {
      const t = certificateTypeOf(personModel.role);
      return t ? CERTIFICATE_TYPE[t] || t : '';
    };
    /** The operation types to choose from (with a renewed person's own, should it be none of them). */
    const operationOptions = () => (personModel.operationType && !OPERATION_TYPES.includes(personModel.operationType)
      ? [...OPERATION_TYPES, personModel.operationType] : OPERATION_TYPES);
    const afterToday = (date) => dayOf(date) > today();
    const notAfterIssued = (date) => Boolean(personModel.issuedOn) && dayOf(date) <= personModel.issuedOn;
    const PERSON_RULES = {
      name: [{ required: true, message: '请输入姓名', trigger: 'blur' }, { max: 50, message: '姓名不超过 50 个字', trigger: 'blur' }],
      role: [{ required: true, message: '请选择岗位', trigger: 'change' }],
      certificateNumber: [{ required: true, message: '请输入证书编号', trigger: 'blur' }, { max: 50, message: '证书编号不超过 50 个字符', trigger: 'blur' }],
      issuedOn: [{
        required: true,
        trigger: 'change',
        validator: (rule, value, callback) => {
          if (!value) callback(new Error('请选择发证日期'));
          else if (value > today()) callback(new Error('发证日期不能晚于今天'));
          else callback();
        },
      }],
      validUntil: [{
        trigger: 'change',
        validator: (rule, value, callback) => {
          callback(value && personModel.issuedOn && value <= personModel.issuedOn ? new Error('有效期至须晚于发证日期') : undefined);
        },
      }],
    };
    function openPerson(person) {
      for (const f of PERSON_FIELDS) personErrors[f] = '';
      Object.assign(personModel, person
        ? {
          name: person.name || '', role: person.role || null, certificateNumber: person.certificateNumber || '',
          operationType: person.operationType || null, issuedOn: person.issuedOn || null, validUntil: person.validUntil || null,
        }
        : emptyPerson());
      Object.assign(personDialog, { open: true, busy: false, error: '', projectId: detail.value.id, mine: opened, person: person || null });
      if (personForm.value) personForm.value.clearValidate();
    }
    function roleChanged() {
      if (personModel.role !== 'SPECIAL_OPERATOR') personModel.operationType = null;
      personErrors.role = '';
      personErrors.certificateType = '';
      personErrors.operationType = '';
    }
    function issuedChanged() {
      personErrors.issuedOn = '';
      // a renewal's new issue date: the old certificate's expiry goes with it (left empty, the API takes the default)
      const old = personDialog.person;
      if (old && personModel.issuedOn !== old.issuedOn && personModel.validUntil === old.validUntil) personModel.validUntil = null;
      if (personModel.validUntil && personForm.value) personForm.value.validateField('validUntil').catch(() => {});
    }
    async function savePerson() {
      for (const f of PERSON_FIELDS) personErrors[f] = '';
      personDialog.error = '';
      const valid = await personForm.value.validate().catch(() => false);
      if (!valid) return;
      const blank = (v) => (v === '' || v === undefined ? null : v);
      const special = personModel.role === 'SPECIAL_OPERATOR';
      const body = {
        name: personModel.name.trim(),
        role: personModel.role,
        certificateType: certificateTypeOf(personModel.role),
        certificateNumber: personModel.certificateNumber.trim(),
        operationType: special ? blank(personModel.operationType) : null,
        issuedOn: personModel.issuedOn,
        validUntil: blank(personModel.validUntil),
      };
      const { projectId, mine, person } = personDialog;
      const path = `/domains/construction/projects/${encodeURIComponent(projectId)}/personnel`;
      personDialog.busy = true;
      try {
        const saved = person
          ? await api(`${path}/${encodeURIComponent(person.id)}`, { method: 'PUT', body })
          : await api(path, { method: 'POST', body });
        personDialog.open = false;
        ElMessage.success(person
          ? `已为「${saved.name}」换证，有效期至 ${formatDate(saved.validUntil)}`
          : `已登记${ROLE[saved.role] || saved.role}「${saved.name}」，证书有效期至 ${formatDate(saved.validUntil)}`);
        loadPersonnel(projectId, mine);
        refreshProject(projectId, mine);
      } catch (e) {
        const at = e.status === 400 ? apiFieldProblem(e, PERSON_FIELDS) : null;
        if (at) personErrors[at.field] = `${PERSON_LABELS[at.field]}：${at.message}`;
        else personDialog.error = (person ? '换证失败：' : '登记失败：') + (e.display || e.message);
      } finally {
        personDialog.busy = false;
      }
    }

    // the new project's dialog
    const form = ref(null);
    const dialog = reactive({ open: false, busy: false, error: '' });
    const model = reactive(emptyProject());
    const errors = reactive(Object.fromEntries(FIELDS.map((f) => [f, ''])));
    function create() {
      Object.assign(model, emptyProject());
      for (const f of FIELDS) errors[f] = '';
      Object.assign(dialog, { open: true, busy: false, error: '' });
      if (form.value) form.value.clearValidate();
    }
    /** The name of an enterprise whose code is well-formed (the code itself when the user may not see it). */
    function companyHint(code) {
      const c = (code || '').trim().toUpperCase();
      if (creditCodeProblem(c)) return '';
      const name = enterpriseName(c);
      return name && name !== c ? name : '';
    }
    async function save() {
      for (const f of FIELDS) errors[f] = '';
      dialog.error = '';
      const valid = await form.value.validate().catch(() => false);
      if (!valid) return;
      const blank = (v) => (v === '' || v === undefined ? null : v);
      const body = {
        projectCode: model.projectCode.trim(),
        name: model.name.trim(),
        builderCreditCode: model.builderCreditCode.trim().toUpperCase(),
        contractorCreditCode: model.contractorCreditCode.trim().toUpperCase(),
        regionCode: model.regionCode,
        address: blank(model.address.trim()),
        status: model.status,
        startDate: blank(model.startDate),
        plannedCompletionDate: blank(model.plannedCompletionDate),
      };
      dialog.busy = true;
      try {
        const created = await api('/domains/construction/projects', { method: 'POST', body });
        dialog.open = false;
        ElMessage.success(`已新增项目「${created.name}」`);
        list.value.reload();
        open(created);
      } catch (e) {
        const at = apiFieldProblem(e, FIELDS);
        if (at) errors[at.field] = `${FIELD_LABELS[at.field]}：${at.message}`;
        else dialog.error = '保存失败：' + (e.display || e.message);
      } finally {
        dialog.busy = false;
      }
    }

    onMounted(() => {
      const id = routeQuery().id;
      if (id) open({ id });
    });

    return {
      user, query, list, columns, filters, drawer, detail, works, worksError, personnel, personnelTotal, personnelError, stage,
      open, closed, advance, nextStage, lastStep, form, dialog, model, errors, create, save, companyHint, RULES,
      PROJECT_STATUS, LEVEL, STAGE, STAGE_ACTION, ROLE, CERTIFICATE_TYPE, CERTIFICATE_STATUS, enterpriseName, regionName, formatDate,
      formatDateTime, statusOptions: optionsOf(PROJECT_STATUS),
      workForm, workDialog, workModel, workValues, workErrors, parameterErrors, newWork, workCategoryChanged, workParameterChanged, saveWork,
      WORK_RULES, PARAMETERS, categoryOptions: optionsOf(CATEGORY),
      personForm, personDialog, personModel, personErrors, PERSON_RULES, openPerson, roleChanged, issuedChanged, savePerson,
      certificateTypeLabel, operationOptions, afterToday, notAfterIssued, roleOptions: optionsOf(ROLE),
      setQuery: (q) => { query.value = q; setRouteQuery(q); },
    };
  },
  template: `
  <div>
    <list-page ref="list" list-id="construction-projects" path="/domains/construction/projects" :columns="columns" :filters="filters"
               :query="query" @update:query="setQuery" @row-click="open">
      <template #actions><el-button v-if="user.canWrite" type="primary" @click="create">新增项目</el-button></template>
      <template #cell-status="{ row }"><span :class="['ct-tag', row.status]">{{ PROJECT_STATUS[row.status] || row.status }}</span></template>
      <template #cell-keyPersonnel="{ row }">
        <template v-if="row.keyPersonnel">
          <span :class="['ct-key', row.keyPersonnel.projectManager ? '' : 'is-missing']">项目负责人：{{ row.keyPersonnel.projectManager ? '已配备' : '缺' }}</span>
          <span :class="['ct-key', row.keyPersonnel.safetyOfficer ? '' : 'is-missing']">专职安全员：{{ row.keyPersonnel.safetyOfficer ? '已配备' : '缺' }}</span>
        </template>
      </template>
    </list-page>

    <el-drawer v-model="drawer" :title="detail ? detail.name : '在建项目'" size="820px" @closed="closed">
      <div v-if="detail">
        <el-descriptions :column="2" border>
          <el-descriptions-item label="项目编号">{{ detail.projectCode }}</el-descriptions-item>
          <el-descriptions-item label="状态"><span :class="['ct-tag', detail.status]">{{ PROJECT_STATUS[detail.status] || detail.status }}</span></el-descriptions-item>
          <el-descriptions-item label="建设单位" :span="2">{{ enterpriseName(detail.builderCreditCode) }}（{{ detail.builderCreditCode }}）</el-descriptions-item>
          <el-descriptions-item label="施工总承包单位" :span="2">{{ enterpriseName(detail.contractorCreditCode) }}（{{ detail.contractorCreditCode }}）</el-descriptions-item>
          <el-descriptions-item label="项目所在地">{{ regionName(detail.regionCode) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="详细地址">{{ detail.address || '—' }}</el-descriptions-item>
          <el-descriptions-item label="开工日期">{{ formatDate(detail.startDate) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="计划竣工日期">{{ formatDate(detail.plannedCompletionDate) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="危大工程">{{ detail.dangerousWorks }} 项，其中超过一定规模的 {{ detail.beyondScaleWorks }} 项</el-descriptions-item>
          <el-descriptions-item label="更新时间">{{ formatDateTime(detail.updatedAt) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="关键岗位人员" :span="2">
            <template v-if="detail.keyPersonnel">
              <span :class="['ct-key', detail.keyPersonnel.projectManager ? '' : 'is-missing']">项目负责人（B证）：{{ detail.keyPersonnel.projectManager ? '已配备' : '缺' }}</span>
              <span :class="['ct-key', detail.keyPersonnel.safetyOfficer ? '' : 'is-missing']">专职安全员（C证）：{{ detail.keyPersonnel.safetyOfficer ? '已配备' : '缺' }}</span>
            </template>
          </el-descriptions-item>
        </el-descriptions>

        <div class="ct-section-head">
          <h4 class="ct-section">危大工程</h4>
          <el-button v-if="user.canWrite" type="primary" size="small" @click="newWork">登记危大工程</el-button>
        </div>
        <div v-if="worksError" class="ct-error" role="alert">危大工程加载失败：{{ worksError }}</div>
        <div v-if="stage.error" class="ct-error" role="alert">{{ stage.error }}</div>
        <el-table :data="works || []" v-loading="works === null" border size="small">
          <template #empty>该项目未登记危大工程</template>
          <el-table-column prop="name" label="工程名称" min-width="170" />
          <el-table-column prop="categoryName" label="类别" min-width="150" />
          <el-table-column label="等级" width="180"><template #default="{ row }"><span :class="['ct-tag', row.level]">{{ LEVEL[row.level] || row.level }}</span></template></el-table-column>
          <el-table-column label="阶段" width="150">
            <template #default="{ row }">
              <div>{{ STAGE[row.stage] || row.stage }}</div>
              <div v-if="lastStep(row)" class="ct-muted">{{ formatDate(lastStep(row).on) }} {{ lastStep(row).by || '' }}</div>
            </template>
          </el-table-column>
          <el-table-column v-if="user.canWrite" label="操作" width="130">
            <template #default="{ row }">
              <el-button v-if="nextStage(row)" size="small" :loading="stage.busy === row.id" :disabled="stage.busy !== null && stage.busy !== row.id"
                         :aria-label="STAGE_ACTION[nextStage(row)] + '：' + row.name" @click="advance(row)">{{ STAGE_ACTION[nextStage(row)] }}</el-button>
            </template>
          </el-table-column>
        </el-table>

        <div class="ct-section-head">
          <h4 class="ct-section">人员证书</h4>
          <el-button v-if="user.canWrite" type="primary" size="small" @click="openPerson(null)">登记人员</el-button>
        </div>
        <div v-if="personnelError" class="ct-error" role="alert">人员证书加载失败：{{ personnelError }}</div>
        <el-table :data="personnel || []" v-loading="personnel === null" border size="small">
          <template #empty>该项目未登记人员证书</template>
          <el-table-column prop="name" label="姓名" width="90" />
          <el-table-column label="岗位" min-width="130"><template #default="{ row }">{{ ROLE[row.role] || row.role }}</template></el-table-column>
          <el-table-column label="证书类型" min-width="150">
            <template #default="{ row }">{{ CERTIFICATE_TYPE[row.certificateType] || row.certificateType }}<template v-if="row.operationType">（{{ row.operationType }}）</template></template>
          </el-table-column>
          <el-table-column prop="certificateNumber" label="证书编号" min-width="150" />
          <el-table-column label="有效期至" width="105"><template #default="{ row }">{{ formatDate(row.validUntil) || '—' }}</template></el-table-column>
          <el-table-column label="状态" width="90"><template #default="{ row }"><span :class="['ct-tag', row.status]">{{ CERTIFICATE_STATUS[row.status] || row.status }}</span></template></el-table-column>
          <el-table-column v-if="user.canWrite" label="操作" width="80">
            <template #default="{ row }">
              <el-button size="small" :aria-label="'换证：' + row.name" @click="openPerson(row)">换证</el-button>
            </template>
          </el-table-column>
        </el-table>
        <p v-if="personnel && personnelTotal > personnel.length" class="ct-muted">共 {{ personnelTotal }} 人，仅显示前 {{ personnel.length }} 人</p>
      </div>
      <div v-else v-loading="true" style="height: 200px"></div>
    </el-drawer>

    <el-dialog v-model="dialog.open" title="新增项目" width="640px" :close-on-click-modal="false">
      <el-form ref="form" :model="model" :rules="RULES" label-width="130px" novalidate @submit.prevent="save">
        <el-form-item label="项目编号" prop="projectCode" :error="errors.projectCode">
          <el-input v-model="model.projectCode" maxlength="50" aria-label="项目编号" placeholder="如施工许可证编号" @input="errors.projectCode = ''" />
        </el-form-item>
        <el-form-item label="项目名称" prop="name" :error="errors.name">
          <el-input v-model="model.name" maxlength="200" aria-label="项目名称" @input="errors.name = ''" />
        </el-form-item>
        <el-form-item label="建设单位" prop="builderCreditCode" :error="errors.builderCreditCode">
          <div style="width: 100%">
            <el-input v-model="model.builderCreditCode" maxlength="18" aria-label="建设单位统一社会信用代码" placeholder="建设单位统一社会信用代码"
                      @input="errors.builderCreditCode = ''" />
            <div v-if="companyHint(model.builderCreditCode)" class="ct-hint">{{ companyHint(model.builderCreditCode) }}</div>
          </div>
        </el-form-item>
        <el-form-item label="施工总承包单位" prop="contractorCreditCode" :error="errors.contractorCreditCode">
          <div style="width: 100%">
            <el-input v-model="model.contractorCreditCode" maxlength="18" aria-label="施工总承包单位统一社会信用代码" placeholder="施工总承包单位统一社会信用代码"
                      @input="errors.contractorCreditCode = ''" />
            <div v-if="companyHint(model.contractorCreditCode)" class="ct-hint">{{ companyHint(model.contractorCreditCode) }}</div>
          </div>
        </el-form-item>
        <el-form-item label="项目所在地" prop="regionCode" :error="errors.regionCode">
          <region-picker v-model="model.regionCode" depth="VILLAGE" aria-label="项目所在地" placeholder="选择项目所在乡镇或村（社区）"
                         @change="errors.regionCode = ''" />
        </el-form-item>
        <el-form-item label="详细地址" prop="address" :error="errors.address">
          <el-input v-model="model.address" maxlength="200" aria-label="详细地址" placeholder="可不填" @input="errors.address = ''" />
        </el-form-item>
        <el-form-item label="项目状态" prop="status" :error="errors.status">
          <el-select v-model="model.status" aria-label="项目状态" style="width: 160px" @change="errors.status = ''">
            <el-option v-for="o in statusOptions" :key="o.value" :label="o.label" :value="o.value" />
          </el-select>
        </el-form-item>
        <el-form-item label="开工日期" prop="startDate" :error="errors.startDate">
          <el-date-picker v-model="model.startDate" type="date" value-format="YYYY-MM-DD" aria-label="开工日期" placeholder="选择日期（可不填）"
                          @change="errors.startDate = ''" />
        </el-form-item>
        <el-form-item label="计划竣工日期" prop="plannedCompletionDate" :error="errors.plannedCompletionDate">
          <el-date-picker v-model="model.plannedCompletionDate" type="date" value-format="YYYY-MM-DD" aria-label="计划竣工日期" placeholder="选择日期（可不填）"
                          @change="errors.plannedCompletionDate = ''" />
        </el-form-item>
        <div v-if="dialog.error" class="ct-error" role="alert">{{ dialog.error }}</div>
      </el-form>
      <template #footer>
        <el-button @click="dialog.open = false">取消</el-button>
        <el-button type="primary" :loading="dialog.busy" @click="save">保存</el-button>
      </template>
    </el-dialog>

    <el-dialog v-model="workDialog.open" title="登记危大工程" width="640px" :close-on-click-modal="false">
      <el-form ref="workForm" :model="workModel" :rules="WORK_RULES" label-position="top" novalidate @submit.prevent="saveWork">
        <el-form-item label="工程名称" prop="name" :error="workErrors.name">
          <el-input v-model="workModel.name" maxlength="200" aria-label="工程名称" placeholder="如 1#楼基坑支护及土方开挖" @input="workErrors.name = ''" />
        </el-form-item>
        <el-form-item label="工程类别" prop="category" :error="workErrors.category">
          <el-select v-model="workModel.category" aria-label="工程类别" placeholder="选择工程类别" style="width: 100%" @change="workCategoryChanged">
            <el-option v-for="c in categoryOptions" :key="c.value" :label="c.label" :value="c.value" />
          </el-select>
        </el-form-item>
        <p v-if="workModel.category && !(PARAMETERS[workModel.category] || []).length" class="ct-muted">
          该类别无需填写判定参数，均属超过一定规模的危大工程。
        </p>
        <parameter-fields :category="workModel.category" :values="workValues" :errors="parameterErrors" @change="workParameterChanged" />
        <div v-if="workDialog.error" class="ct-error" role="alert">{{ workDialog.error }}</div>
      </el-form>
      <template #footer>
        <el-button @click="workDialog.open = false">取消</el-button>
        <el-button type="primary" :loading="workDialog.busy" @click="saveWork">登记</el-button>
      </template>
    </el-dialog>

    <el-dialog v-model="personDialog.open" :title="personDialog.person ? '换证：' + personDialog.person.name : '登记人员'" width="600px"
               :close-on-click-modal="false">
      <p v-if="personDialog.person" class="ct-hint">
        原证书：{{ personDialog.person.certificateNumber }}，发证日期 {{ formatDate(personDialog.person.issuedOn) || '—' }}，有效期至
        {{ formatDate(personDialog.person.validUntil) || '—' }}（{{ CERTIFICATE_STATUS[personDialog.person.status] || personDialog.person.status }}）。请填写新证书的编号和日期。
      </p>
      <el-form ref="personForm" :model="personModel" :rules="PERSON_RULES" label-width="120px" novalidate @submit.prevent="savePerson">
        <el-form-item label="姓名" prop="name" :error="personErrors.name">
          <el-input v-model="personModel.name" maxlength="50" aria-label="姓名" @input="personErrors.name = ''" />
        </el-form-item>
        <el-form-item label="岗位" prop="role" :error="personErrors.role">
          <el-select v-model="personModel.role" aria-label="岗位" placeholder="选择岗位" style="width: 260px" @change="roleChanged">
            <el-option v-for="o in roleOptions" :key="o.value" :label="o.label" :value="o.value" />
          </el-select>
        </el-form-item>
        <el-form-item label="证书类型" :error="personErrors.certificateType">
          <el-input :model-value="certificateTypeLabel()" readonly aria-label="证书类型" placeholder="随岗位自动确定" style="width: 260px" />
        </el-form-item>
        <el-form-item label="证书编号" prop="certificateNumber" :error="personErrors.certificateNumber">
          <el-input v-model="personModel.certificateNumber" maxlength="50" aria-label="证书编号" @input="personErrors.certificateNumber = ''" />
        </el-form-item>
        <el-form-item v-if="personModel.role === 'SPECIAL_OPERATOR'" label="作业类别" prop="operationType" :error="personErrors.operationType">
          <el-select v-model="personModel.operationType" aria-label="作业类别" placeholder="选择作业类别" clearable style="width: 260px"
                     @change="personErrors.operationType = ''">
            <el-option v-for="o in operationOptions()" :key="o" :label="o" :value="o" />
          </el-select>
        </el-form-item>
        <el-form-item label="发证日期" prop="issuedOn" :error="personErrors.issuedOn">
          <el-date-picker v-model="personModel.issuedOn" type="date" value-format="YYYY-MM-DD" aria-label="发证日期" placeholder="选择日期"
                          :disabled-date="afterToday" @change="issuedChanged" />
        </el-form-item>
        <el-form-item label="有效期至" prop="validUntil" :error="personErrors.validUntil">
          <el-date-picker v-model="personModel.validUntil" type="date" value-format="YYYY-MM-DD" aria-label="有效期至"
                          placeholder="可不填，默认发证日期起 3 年（特种作业 2 年）" :disabled-date="notAfterIssued" style="width: 380px"
                          @change="personErrors.validUntil = ''" />
        </el-form-item>
        <div v-if="personDialog.error" class="ct-error" role="alert">{{ personDialog.error }}</div>
      </el-form>
      <template #footer>
        <el-button @click="personDialog.open = false">取消</el-button>
        <el-button type="primary" :loading="personDialog.busy" @click="savePerson">{{ personDialog.person ? '换证' : '登记' }}</el-button>
      </template>
    </el-dialog>
  </div>`,
};
