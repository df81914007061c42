// 一瓶一码: the LPG cylinders by their code, with their inspection and scrap dates, and each one's trace (充装 at a
// station, 配送 to a user, 回收, 检验, 报废) as a timeline. Writers register a cylinder and record its events; the API
// refuses an event the rules forbid (409 by code: an overdue cylinder is not filled, a catering user without a working
// leak alarm is not delivered to), and the dialog says why. ?code=<code> opens a cylinder's drawer. Console API 1.0.
import { ref, reactive, computed, onMounted } from 'vue';
import { ElMessage } from 'element-plus';
import {
  api, ListPage, routeQuery, setRouteQuery, formatDate, formatDateTime, today, daysUntil, useUser, enterpriseName, creditCodeProblem,
} from '@anjian/console-sdk';
import {
  CYLINDER_STATUS, CYLINDER_STATE, INSPECTION, EVENT_TYPE, INSPECT_RESULT, EVENT_REFUSAL, USER_KIND, STATION_KIND, STYLES,
  tagClass, optionsOf, apiFieldProblem, dayOf, allItems,
} from './labels.js';

export const styles = STYLES;

const BASE = '/domains/gas';

// 登记气瓶
const CYLINDER_FIELDS = ['code', 'ownerCreditCode', 'manufacturedOn', 'lastInspectedOn'];
const CYLINDER_LABELS = { code: '气瓶编码', ownerCreditCode: '产权单位', manufacturedOn: '制造日期', lastInspectedOn: '最近检验日期' };

// 登记事件: the fields each type takes besides its time and note
const EVENT_FIELDS = ['type', 'at', 'stationId', 'weightKg', 'person', 'userId', 'result', 'note'];
const EVENT_NEEDS = {
  FILL: ['stationId', 'weightKg', 'person'],
  DELIVER: ['person', 'userId'],
  RETURN: [],
  INSPECT: ['person', 'result'],
  SCRAP: [],
};
const PERSON_LABEL = { FILL: '充装人员', DELIVER: '配送人员', INSPECT: '检验人员' };
const EVENT_LABELS = {
  type: '事件类型', at: '发生时间', stationId: '充装站', weightKg: '充装量', userId: '燃气用户', result: '检验结果', note: '备注',
};
/** The event a cylinder most likely has next, by its state. */
const NEXT_EVENT = { EMPTY: 'FILL', FILLED: 'DELIVER', AT_USER: 'RETURN' };
const TIMELINE_TYPE = { FILL: 'primary', DELIVER: 'success', RETURN: 'info', SCRAP: 'danger' };

const USER_OPTIONS = 50;

function emptyCylinder() {
  return { code: '', ownerCreditCode: '', manufacturedOn: null, lastInspectedOn: null };
}

/** Now, to the minute (an event's time may not be in the future; the picker shows minutes). */
function thisMinute() {
  const d = new Date();
  d.setSeconds(0, 0);
  return d;
}

export default {
  name: 'GasCylinders',
  components: { ListPage },
  setup() {
    const user = useUser();
    const query = ref({ ...routeQuery() });
    delete query.value.code;
    const list = ref(null);

    const columns = [
      { prop: 'code', label: '气瓶编码', width: 170 },
      { prop: 'enterpriseCreditCode', label: '产权单位', minWidth: 200, formatter: (c) => enterpriseName(c.enterpriseCreditCode) },
      { prop: 'manufacturedOn', label: '制造日期', width: 110, formatter: (c) => formatDate(c.manufacturedOn) },
      { prop: 'lastInspectedOn', label: '最近检验', width: 110, hidden: true, formatter: (c) => formatDate(c.lastInspectedOn) || '—' },
      { prop: 'nextInspectionDue', label: '下次检验', width: 110, formatter: (c) => formatDate(c.nextInspectionDue) },
      { prop: 'scrapDue', label: '报废期限', width: 110, formatter: (c) => formatDate(c.scrapDue) },
      { prop: 'status', label: '状态', width: 80, ellipsis: false },
      { prop: 'state', label: '流转状态', width: 100, ellipsis: false },
      { prop: 'inspection', label: '检验', width: 100, ellipsis: false },
    ];
    const filters = [
      { name: 'status', label: '状态', type: 'select', options: optionsOf(CYLINDER_STATUS), width: 120 },
      { name: 'inspection', label: '检验', type: 'select', options: optionsOf(INSPECTION), width: 130 },
    ];

    // the operators (产权单位 and their stations), read once
    let operatorsLoad = null;
    const operators = ref([]);
    const operatorsError = ref('');
    function loadOperators() {
      if (!operatorsLoad) {
        operatorsLoad = api(`${BASE}/operators`, { query: { limit: 500 } })
          .then((page) => { operators.value = page.items; operatorsError.value = ''; })
          .catch((e) => { operatorsLoad = null; operatorsError.value = e.display || e.message; });
      }
      return operatorsLoad;
    }
    const ownerOptions = computed(() => {
      const codes = [...new Set(operators.value.map((o) => o.enterpriseCreditCode))];
      return codes.map((code) => ({ value: code, label: `${enterpriseName(code)}（${code}）` }));
    });

    // the drawer: a cylinder and its trace
    const drawer = ref(false);
    const detail = ref(null);
    const events = ref([]);
    let opened = 0;

    async function loadTrace(code, mine) {
      const trace = await api(`${BASE}/cylinders/${encodeURIComponent(code)}/trace`);
      if (mine !== opened) return;
      detail.value = trace.cylinder;
      events.value = trace.events || [];
    }
    async function open(row) {
      const mine = ++opened;
      drawer.value = true;
      detail.value = null;
      events.value = [];
      try {
        await loadTrace(row.code, mine);
      } catch (e) {
        if (mine !== opened) return;
        drawer.value = false;
        ElMessage.error(e.status === 404 ? `未找到气瓶「${row.code}」，或不在您的辖区内` : '气瓶追溯信息加载失败：' + (e.display || e.message));
      }
    }
    function closed() {
      // a cylinder opened from the address (?code=) leaves the address when its drawer closes
      if (routeQuery().code) setRouteQuery({ ...query.value });
    }

    /** How far a due date is: （已超期 3 天）, （还有 20 天）. */
    function dueHint(date) {
      const days = daysUntil(date);
      if (days === null) return '';
      if (days < 0) return `（已超期 ${-days} 天）`;
      if (days === 0) return '（今天到期）';
      return `（还有 ${days} 天）`;
    }
    /** The user holding the cylinder, by the name its last delivery to them gives. */
    function holderName(cylinder) {
      if (!cylinder || !cylinder.holderUserId) return '';
      const delivery = [...events.value].reverse().find((e) => e.userId === cylinder.holderUserId && e.userName);
      return delivery ? delivery.userName : cylinder.holderUserId;
    }
    /** An event's details as label and value pairs. */
    function details(e) {
      const out = [];
      if (e.type === 'FILL') {
        out.push({ label: '充装站', value: e.stationName || e.stationId });
        if (e.weightKg !== null && e.weightKg !== undefined) out.push({ label: '充装量', value: `${e.weightKg} kg` });
      }
      if (e.userId) out.push({ label: e.type === 'DELIVER' ? '配送至' : '用户', value: e.userName || e.userId });
      if (e.person) out.push({ label: PERSON_LABEL[e.type] || '经办人员', value: e.person });
      return out.filter((d) => d.value !== null && d.value !== undefined && d.value !== '');
    }
    const timelineType = (e) => (e.type === 'INSPECT' ? (e.result === 'FAIL' ? 'danger' : 'success') : TIMELINE_TYPE[e.type] || '');

    // 登记气瓶
    const form = ref(null);
    const dialog = reactive({ open: false, busy: false, error: '' });
    const model = reactive(emptyCylinder());
    const errors = reactive(Object.fromEntries(CYLINDER_FIELDS.map((f) => [f, ''])));
    const afterToday = (date) => dayOf(date) > today();
    const outsideInspection = (date) => dayOf(date) > today() || (Boolean(model.manufacturedOn) && dayOf(date) < model.manufacturedOn);
    const RULES = {
      code: [{ required: true, message: '请输入气瓶编码', trigger: 'blur' }, { max: 50, message: '气瓶编码不超过 50 个字符', trigger: 'blur' }],
      ownerCreditCode: [{
        required: true,
        trigger: 'change',
        validator: (rule, value, callback) => {
          const problem = creditCodeProblem((value || '').trim().toUpperCase());
          callback(problem ? new Error(`产权单位：${problem}`) : undefined);
        },
      }],
      manufacturedOn: [{
        required: true,
        trigger: 'change',
        validator: (rule, value, callback) => {
          if (!value) callback(new Error('请选择制造日期'));
          else if (value > today()) callback(new Error('制造日期不能晚于今天'));
          else callback();
        },
      }],
      lastInspectedOn: [{
        trigger: 'change',
        validator: (rule, value, callback) => {
          if (value && value > today()) callback(new Error('最近检验日期不能晚于今天'));
          else if (value && model.manufacturedOn && value < model.manufacturedOn) callback(new Error('最近检验日期不能早于制造日期'));
          else callback();
        },
      }],
    };
    function create() {
      Object.assign(model, emptyCylinder());
      for (const f of CYLINDER_FIELDS) errors[f] = '';
      Object.assign(dialog, { open: true, busy: false, error: '' });
      if (form.value) form.value.clearValidate();
      loadOperators();
    }
    async function save() {
      for (const f of CYLINDER_FIELDS) errors[f] = '';
      dialog.error = '';
      const valid = await form.value.validate().catch(() => false);
      if (!valid) return;
      const body = {
        code: model.code.trim(),
        ownerCreditCode: model.ownerCreditCode.trim().toUpperCase(),
        manufacturedOn: model.manufacturedOn,
        lastInspectedOn: model.lastInspectedOn || null,
      };
      dialog.busy = true;
      try {
        const created = await api(`${BASE}/cylinders`, { method: 'POST', body });
        dialog.open = false;
        ElMessage.success(`已登记气瓶「${created.code}」`);
        list.value.reload();
        open(created);
      } catch (e) {
        const at = e.status === 400 ? apiFieldProblem(e, CYLINDER_FIELDS) : null;
        if (at) errors[at.field] = `${CYLINDER_LABELS[at.field]}：${at.message}`;
        else dialog.error = '登记失败：' + (e.display || e.message);
      } finally {
        dialog.busy = false;
      }
    }

    // 登记事件
    const eventForm = ref(null);
    const eventDialog = reactive({ open: false, busy: false, error: '', cylinder: null, mine: 0 });
    const eventModel = reactive({ type: 'FILL', at: null, stationId: null, weightKg: null, person: '', userId: null, result: null, note: '' });
    const eventErrors = reactive(Object.fromEntries(EVENT_FIELDS.map((f) => [f, ''])));
    const needs = (field) => (EVENT_NEEDS[eventModel.type] || []).includes(field);
    const EVENT_RULES = {
      type: [{ required: true, message: '请选择事件类型', trigger: 'change' }],
      at: [{
        required: true,
        trigger: 'change',
        validator: (rule, value, callback) => {
          if (!value) callback(new Error('请选择发生时间'));
          else if (new Date(value).getTime() > Date.now()) callback(new Error('发生时间不能晚于当前时间'));
          else callback();
        },
      }],
      stationId: [{ required: true, message: '请选择充装站', trigger: 'change' }],
      weightKg: [{ required: true, type: 'number', message: '请填写充装量', trigger: 'change' }],
      person: [{
        required: true,
        trigger: 'blur',
        validator: (rule, value, callback) => {
          const v = (value || '').trim();
          if (!v) callback(new Error(`请填写${PERSON_LABEL[eventModel.type] || '经办人员'}`));
          else if (v.length > 50) callback(new Error('姓名不超过 50 个字'));
          else callback();
        },
      }],
      userId: [{ required: true, message: '请选择燃气用户', trigger: 'change' }],
      result: [{ required: true, message: '请选择检验结果', trigger: 'change' }],
      note: [{ max: 500, message: '备注不超过 500 个字', trigger: 'blur' }],
    };
    /** The owner's stations (of every operator record of the owner), filling stations first. */
    const stationOptions = computed(() => {
      const owner = eventDialog.cylinder && eventDialog.cylinder.enterpriseCreditCode;
      const stations = operators.value.filter((o) => o.enterpriseCreditCode === owner).flatMap((o) => o.stations || []);
      const rank = (s) => (s.kind === 'FILLING_STATION' ? 0 : 1);
      return [...stations].sort((a, b) => rank(a) - rank(b))
        .map((s) => ({ value: s.id, label: `${s.name}（${STATION_KIND[s.kind] || s.kind}）` }));
    });

    // the users a delivery goes to: read once when needed, searched by name or address on the page
    let usersLoad = null;
    const users = ref([]);
    const usersError = ref('');
    const usersIncomplete = ref(false);
    const userSearch = reactive({ loading: false, options: [] });
    function loadUsers() {
      if (!usersLoad) {
        usersLoad = allItems(api, `${BASE}/users`, {}, 2000)
          .then((r) => { users.value = r.items; usersIncomplete.value = !r.complete; usersError.value = ''; })
          .catch((e) => { usersLoad = null; usersError.value = e.display || e.message; });
      }
      return usersLoad;
    }
    const alarmMissing = (u) => u && u.kind === 'CATERING' && u.leakAlarm !== 'WORKING';
    const userLabel = (u) => `${u.name}（${USER_KIND[u.kind] || u.kind}）${u.address ? ' · ' + u.address : ''}${alarmMissing(u) ? ' · 报警器未正常使用' : ''}`;
    async function searchUsers(text) {
      userSearch.loading = true;
      await loadUsers();
      userSearch.loading = false;
      const t = (text || '').trim();
      const owner = eventDialog.cylinder && eventDialog.cylinder.enterpriseCreditCode;
      const found = users.value.filter((u) => !t || (u.name || '').includes(t) || (u.address || '').includes(t));
      // the owner's own customers first
      const rank = (u) => (u.supplierCreditCode === owner ? 0 : 1);
      userSearch.options = [...found].sort((a, b) => rank(a) - rank(b)).slice(0, USER_OPTIONS).map((u) => ({ value: u.id, label: userLabel(u) }));
    }
    const chosenUser = computed(() => users.value.find((u) => u.id === eventModel.userId) || null);

    function newEvent() {
      const cylinder = detail.value;
      Object.assign(eventModel, {
        type: NEXT_EVENT[cylinder.state] || 'FILL', at: thisMinute(), stationId: null, weightKg: null, person: '', userId: null, result: null, note: '',
      });
      for (const f of EVENT_FIELDS) eventErrors[f] = '';
      Object.assign(eventDialog, { open: true, busy: false, error: '', cylinder, mine: opened });
      if (eventForm.value) eventForm.value.clearValidate();
      loadOperators();
      if (eventModel.type === 'DELIVER') searchUsers('');
    }
    function typeChanged() {
      for (const f of EVENT_FIELDS) eventErrors[f] = '';
      eventDialog.error = '';
      if (eventForm.value) eventForm.value.clearValidate();
      if (eventModel.type === 'DELIVER') searchUsers('');
    }
    const futureDay = (date) => dayOf(date) > today();
    async function saveEvent() {
      for (const f of EVENT_FIELDS) eventErrors[f] = '';
      eventDialog.error = '';
      const valid = await eventForm.value.validate().catch(() => false);
      if (!valid) return;
      const type = eventModel.type;
      const body = { type, at: new Date(eventModel.at).toISOString(), note: eventModel.note.trim() || null };
      for (const f of EVENT_NEEDS[type]) body[f] = f === 'person' ? eventModel.person.trim() : eventModel[f];
      const { cylinder, mine } = eventDialog;
      eventDialog.busy = true;
      try {
        await api(`${BASE}/cylinders/${encodeURIComponent(cylinder.code)}/events`, { method: 'POST', body });
        eventDialog.open = false;
        ElMessage.success(`已登记气瓶「${cylinder.code}」的${EVENT_TYPE[type] || type}事件`);
        loadTrace(cylinder.code, mine).catch(() => {});
        list.value.reload();
      } catch (e) {
        const at = e.status === 400 ? apiFieldProblem(e, EVENT_FIELDS) : null;
        if (at) {
          const label = at.field === 'person' ? PERSON_LABEL[type] || '经办人员' : EVENT_LABELS[at.field];
          if (['type', 'at', 'note'].includes(at.field) || needs(at.field)) eventErrors[at.field] = `${label}：${at.message}`;
          else eventDialog.error = `${label}：${at.message}`; // a field this type's form does not show
        } else if (e.status === 409) {
          const why = EVENT_REFUSAL[e.code];
          eventDialog.error = `无法登记${EVENT_TYPE[type] || type}：` + (why ? `${why}（${e.message}）` : e.message);
        } else {
          eventDialog.error = '登记失败：' + (e.display || e.message);
        }
      } finally {
        eventDialog.busy = false;
      }
    }

    onMounted(() => {
      const code = routeQuery().code;
      if (code) open({ code });
    });

    return {
      user, query, list, columns, filters, drawer, detail, events, open, closed, dueHint, holderName, details, timelineType,
      form, dialog, model, errors, RULES, create, save, afterToday, outsideInspection, ownerOptions, operatorsError,
      eventForm, eventDialog, eventModel, eventErrors, EVENT_RULES, needs, stationOptions, userSearch, searchUsers, usersError,
      usersIncomplete, chosenUser, alarmMissing, newEvent, typeChanged, futureDay, saveEvent,
      CYLINDER_STATUS, CYLINDER_STATE, INSPECTION, EVENT_TYPE, INSPECT_RESULT, PERSON_LABEL, tagClass, enterpriseName, formatDate,
      formatDateTime, typeOptions: optionsOf(EVENT_TYPE), resultOptions: optionsOf(INSPECT_RESULT),
      setQuery: (q) => { query.value = q; setRouteQuery(q); },
    };
  },
  template: `
  <div>
    <list-page ref="list" list-id="gas-cylinders" path="/domains/gas/cylinders" row-key="code" :columns="columns" :filters="filters"
               :query="query" @update:query="setQuery" @row-click="open">
      <template #actions><el-button v-if="user.canWrite" type="primary" @click="create">登记气瓶</el-button></template>
      <template #cell-status="{ row }"><span :class="tagClass('cylinderStatus', row.status)">{{ CYLINDER_STATUS[row.status] || row.status }}</span></template>
      <template #cell-state="{ row }"><span :class="tagClass('cylinderState', row.state)">{{ CYLINDER_STATE[row.state] || row.state }}</span></template>
      <template #cell-inspection="{ row }"><span :class="tagClass('inspection', row.inspection)">{{ INSPECTION[row.inspection] || row.inspection }}</span></template>
    </list-page>

    <el-drawer v-model="drawer" :title="detail ? '气瓶 ' + detail.code : '气瓶追溯'" size="760px" @closed="closed">
      <div v-if="detail">
        <el-descriptions :column="2" border>
          <el-descriptions-item label="气瓶编码">{{ detail.code }}</el-descriptions-item>
          <el-descriptions-item label="状态">
            <span :class="tagClass('cylinderStatus', detail.status)">{{ CYLINDER_STATUS[detail.status] || detail.status }}</span>
            <span :class="tagClass('cylinderState', detail.state)">{{ CYLINDER_STATE[detail.state] || detail.state }}</span>
          </el-descriptions-item>
          <el-descriptions-item label="产权单位" :span="2">{{ enterpriseName(detail.enterpriseCreditCode) }}（{{ detail.enterpriseCreditCode }}）</el-descriptions-item>
          <el-descriptions-item label="制造日期">{{ formatDate(detail.manufacturedOn) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="最近检验日期">{{ formatDate(detail.lastInspectedOn) || '—' }}</el-descriptions-item>
          <el-descriptions-item label="下次检验日期">
            {{ formatDate(detail.nextInspectionDue) || '—' }}
            <span :class="tagClass('inspection', detail.inspection)">{{ INSPECTION[detail.inspection] || detail.inspection }}</span>
            <div v-if="detail.status !== 'SCRAPPED' && detail.nextInspectionDue" class="gs-muted">{{ dueHint(detail.nextInspectionDue) }}</div>
          </el-descriptions-item>
          <el-descriptions-item label="报废期限">
            {{ formatDate(detail.scrapDue) || '—' }}
            <div v-if="detail.status !== 'SCRAPPED' && detail.scrapDue" class="gs-muted">{{ dueHint(detail.scrapDue) }}</div>
          </el-descriptions-item>
          <el-descriptions-item v-if="detail.holderUserId" label="所在用户" :span="2">{{ holderName(detail) }}</el-descriptions-item>
          <el-descriptions-item label="登记时间" :span="2">{{ formatDateTime(detail.createdAt) || '—' }}</el-descriptions-item>
        </el-descriptions>

        <div class="gs-section-head">
          <h4 class="gs-section">流转记录</h4>
          <el-button v-if="user.canWrite && detail.status !== 'SCRAPPED'" type="primary" size="small" @click="newEvent">登记事件</el-button>
        </div>
        <p v-if="detail.status === 'SCRAPPED'" class="gs-muted">气瓶已报废，不再登记流转事件。</p>
        <el-empty v-if="!events.length" description="该气瓶尚无充装、配送、回收、检验记录" :image-size="64" />
        <el-timeline v-else class="gs-timeline" aria-label="气瓶流转记录">
          <el-timeline-item v-for="e in events" :key="e.id" :timestamp="formatDateTime(e.at)" :type="timelineType(e)" placement="top">
            <div>
              <span class="gs-event-head">{{ EVENT_TYPE[e.type] || e.type }}</span>
              <span v-if="e.type === 'INSPECT' && e.result" :class="tagClass('result', e.result)">{{ INSPECT_RESULT[e.result] || e.result }}</span>
            </div>
            <div v-for="d in details(e)" :key="d.label"><span class="gs-muted">{{ d.label }}：</span>{{ d.value }}</div>
            <div v-if="e.note" class="gs-event-note"><span class="gs-muted">备注：</span>{{ e.note }}</div>
          </el-timeline-item>
        </el-timeline>
      </div>
      <div v-else v-loading="true" element-loading-text="加载中" style="height: 200px"></div>
    </el-drawer>

    <el-dialog v-model="dialog.open" title="登记气瓶" width="600px" :close-on-click-modal="false">
      <el-form ref="form" :model="model" :rules="RULES" label-width="120px" novalidate @submit.prevent="save">
        <el-form-item label="气瓶编码" prop="code" :error="errors.code">
          <el-input v-model="model.code" maxlength="50" aria-label="气瓶编码" placeholder="瓶身二维码或电子标签所载编码" @input="errors.code = ''" />
        </el-form-item>
        <el-form-item label="产权单位" prop="ownerCreditCode" :error="errors.ownerCreditCode">
          <div style="width: 100%">
            <el-select v-model="model.ownerCreditCode" filterable allow-create default-first-option aria-label="产权单位"
                       placeholder="选择燃气经营企业，或输入统一社会信用代码" style="width: 100%" @change="errors.ownerCreditCode = ''">
              <el-option v-for="o in ownerOptions" :key="o.value" :label="o.label" :value="o.value" />
            </el-select>
            <div v-if="operatorsError" class="gs-hint">经营企业列表加载失败（{{ operatorsError }}），可直接输入统一社会信用代码</div>
            <div v-else class="gs-hint">气瓶的产权单位须为已登记的燃气经营企业</div>
          </div>
        </el-form-item>
        <el-form-item label="制造日期" prop="manufacturedOn" :error="errors.manufacturedOn">
          <el-date-picker v-model="model.manufacturedOn" type="date" value-format="YYYY-MM-DD" aria-label="制造日期" placeholder="选择日期"
                          :disabled-date="afterToday" @change="errors.manufacturedOn = ''" />
        </el-form-item>
        <el-form-item label="最近检验日期" prop="lastInspectedOn" :error="errors.lastInspectedOn">
          <el-date-picker v-model="model.lastInspectedOn" type="date" value-format="YYYY-MM-DD" aria-label="最近检验日期" placeholder="可不填（新瓶）"
                          :disabled-date="outsideInspection" @change="errors.lastInspectedOn = ''" />
        </el-form-item>
        <div v-if="dialog.error" class="gs-error" role="alert">{{ dialog.error }}</div>
      </el-form>
      <template #footer>
        <el-button @click="dialog.open = false">取消</el-button>
        <el-button type="primary" :loading="dialog.busy" @click="save">登记</el-button>
      </template>
    </el-dialog>

    <el-dialog v-model="eventDialog.open" :title="eventDialog.cylinder ? '登记事件：气瓶 ' + eventDialog.cylinder.code : '登记事件'" width="600px"
               :close-on-click-modal="false">
      <el-form ref="eventForm" :model="eventModel" :rules="EVENT_RULES" label-width="110px" novalidate @submit.prevent="saveEvent">
        <el-form-item label="事件类型" prop="type" :error="eventErrors.type">
          <el-radio-group v-model="eventModel.type" aria-label="事件类型" @change="typeChanged">
            <el-radio-button v-for="o in typeOptions" :key="o.value" :value="o.value">{{ o.label }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item label="发生时间" prop="at" :error="eventErrors.at">
          <el-date-picker v-model="eventModel.at" type="datetime" format="YYYY-MM-DD HH:mm" aria-label="发生时间" placeholder="选择时间"
                          :disabled-date="futureDay" :clearable="false" @change="eventErrors.at = ''" />
        </el-form-item>
        <el-form-item v-if="needs('stationId')" label="充装站" prop="stationId" :error="eventErrors.stationId">
          <div style="width: 100%">
            <el-select v-model="eventModel.stationId" aria-label="充装站" placeholder="选择产权单位的充装站" style="width: 100%"
                       @change="eventErrors.stationId = ''">
              <el-option v-for="o in stationOptions" :key="o.value" :label="o.label" :value="o.value" />
              <template #empty><div class="gs-hint" style="padding: 8px 12px">产权单位未登记站点</div></template>
            </el-select>
            <div v-if="operatorsError" class="gs-hint">站点加载失败：{{ operatorsError }}</div>
          </div>
        </el-form-item>
        <el-form-item v-if="needs('weightKg')" label="充装量" prop="weightKg" :error="eventErrors.weightKg">
          <div class="gs-field">
            <el-input-number v-model="eventModel.weightKg" :min="0.1" :precision="1" :step="0.5" controls-position="right"
                             aria-label="充装量（千克）" placeholder="如 14.5" style="width: 180px" @change="eventErrors.weightKg = ''" />
            <span class="gs-unit">kg</span>
          </div>
        </el-form-item>
        <el-form-item v-if="needs('userId')" label="燃气用户" prop="userId" :error="eventErrors.userId">
          <div style="width: 100%">
            <el-select v-model="eventModel.userId" filterable remote :remote-method="searchUsers" :loading="userSearch.loading" aria-label="燃气用户"
                       placeholder="输入用户名称或地址查找" style="width: 100%" @change="eventErrors.userId = ''" @focus="searchUsers('')">
              <el-option v-for="o in userSearch.options" :key="o.value" :label="o.label" :value="o.value" />
            </el-select>
            <div v-if="usersError" class="gs-hint">燃气用户加载失败：{{ usersError }}</div>
            <div v-else-if="usersIncomplete" class="gs-hint">用户较多，仅在前 2000 户中查找</div>
            <div v-if="alarmMissing(chosenUser)" class="gs-warning" role="status">
              该餐饮用户未安装或未正常使用燃气泄漏报警器，按规定禁止配送。
            </div>
          </div>
        </el-form-item>
        <el-form-item v-if="needs('result')" label="检验结果" prop="result" :error="eventErrors.result">
          <el-radio-group v-model="eventModel.result" aria-label="检验结果" @change="eventErrors.result = ''">
            <el-radio v-for="o in resultOptions" :key="o.value" :value="o.value">{{ o.label }}</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-form-item v-if="needs('person')" :label="PERSON_LABEL[eventModel.type]" prop="person" :error="eventErrors.person">
          <el-input v-model="eventModel.person" maxlength="50" :aria-label="PERSON_LABEL[eventModel.type]" placeholder="姓名"
                    @input="eventErrors.person = ''" />
        </el-form-item>
        <el-form-item label="备注" prop="note" :error="eventErrors.note">
          <el-input v-model="eventModel.note" type="textarea" :rows="2" maxlength="500" aria-label="备注" placeholder="可不填"
                    @input="eventErrors.note = ''" />
        </el-form-item>
        <p v-if="eventModel.type === 'SCRAP'" class="gs-warning">报废后该气瓶不能再充装、配送，且不可撤销。</p>
        <div v-if="eventDialog.error" class="gs-error" role="alert">{{ eventDialog.error }}</div>
      </el-form>
      <template #footer>
        <el-button @click="eventDialog.open = false">取消</el-button>
        <el-button type="primary" :loading="eventDialog.busy" @click="saveEvent">登记</el-button>
      </template>
    </el-dialog>
  </div>`,
};
