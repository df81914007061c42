// 燃气用户: residential and catering gas users with their supplier and their safety devices. A catering user complies
// when its gas leak alarm (燃气泄漏报警器) and its shut-off device (紧急切断装置) both work; residential users always do.
// Writers add and edit users; readers open a user's record read-only. ?id=<id> opens a user. Console API 1.0.
import { ref, reactive, computed, onMounted } from 'vue';
import { ElMessage } from 'element-plus';
import {
  api, ListPage, RegionPicker, routeQuery, setRouteQuery, formatDateTime, useUser, enterpriseName, loadRegions, creditCodeProblem,
} from '@anjian/console-sdk';
import { USER_KIND, DEVICE, COMPLIANT, STYLES, tagClass, deviceTagClass, optionsOf, apiFieldProblem } from './labels.js';

export const styles = STYLES;

const BASE = '/domains/gas';

const FIELDS = ['kind', 'name', 'address', 'regionCode', 'enterpriseCreditCode', 'supplierCreditCode', 'leakAlarm', 'shutOffDevice'];
const FIELD_LABELS = {
  kind: '用户类型', name: '用户名称', address: '用气地址', regionCode: '所在区域', enterpriseCreditCode: '餐饮单位',
  supplierCreditCode: '供气企业', leakAlarm: '燃气泄漏报警器', shutOffDevice: '紧急切断装置',
};

function emptyUser() {
  return {
    kind: 'RESIDENTIAL', name: '', address: '', regionCode: null, enterpriseCreditCode: '', supplierCreditCode: '', leakAlarm: 'NONE',
    shutOffDevice: 'NONE',
  };
}

const creditCodeRule = (what) => ({
  required: true,
  trigger: 'change',
  validator: (rule, value, callback) => {
    const problem = creditCodeProblem((value || '').trim().toUpperCase());
    callback(problem ? new Error(`${what}：${problem}`) : undefined);
  },
});

export default {
  name: 'GasUsers',
  components: { ListPage, RegionPicker },
  setup() {
    const user = useUser();
    const query = ref({ ...routeQuery() });
    delete query.value.id;
    const list = ref(null);
    const regionNames = reactive({});
    loadRegions().then((regions) => { for (const r of regions) regionNames[r.code] = r.name; }).catch(() => {});
    const regionName = (code) => (code ? regionNames[code] || code : '');

    const columns = [
      { prop: 'name', label: '用户名称', minWidth: 160 },
      { prop: 'kind', label: '类型', width: 90, formatter: (u) => USER_KIND[u.kind] || u.kind },
      { prop: 'address', label: '用气地址', minWidth: 200 },
      { prop: 'regionCode', label: '所在区域', width: 140, hidden: true, formatter: (u) => regionName(u.regionCode) },
      { prop: 'enterpriseCreditCode', label: '餐饮单位', minWidth: 180, formatter: (u) => (u.kind === 'CATERING' ? enterpriseName(u.enterpriseCreditCode) : '—') },
      { prop: 'supplierCreditCode', label: '供气企业', minWidth: 180, formatter: (u) => enterpriseName(u.supplierCreditCode) },
      { prop: 'leakAlarm', label: '泄漏报警器', width: 110, ellipsis: false },
      { prop: 'shutOffDevice', label: '紧急切断装置', width: 120, ellipsis: false },
      { prop: 'devicesCompliant', label: '安全装置', width: 100, ellipsis: false },
      { prop: 'updatedAt', label: '更新时间', width: 150, hidden: true, formatter: (u) => formatDateTime(u.updatedAt) },
    ];
    const filters = [
      { name: 'kind', label: '用户类型', type: 'select', options: optionsOf(USER_KIND), width: 130 },
      { name: 'devicesCompliant', label: '安全装置', type: 'boolean', trueLabel: '合规', falseLabel: '不合规', width: 120 },
    ];

    // the operators, as suppliers to choose from
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
    const supplierOptions = computed(() => [...new Set(operators.value.map((o) => o.enterpriseCreditCode))]
      .map((code) => ({ value: code, label: `${enterpriseName(code)}（${code}）` })));

    // the dialog: a new user, a user to edit, or (for readers) a user to look at
    const form = ref(null);
    const dialog = reactive({ open: false, busy: false, loading: false, error: '', id: null, readonly: false, record: null });
    const model = reactive(emptyUser());
    const errors = reactive(Object.fromEntries(FIELDS.map((f) => [f, ''])));
    const catering = computed(() => model.kind === 'CATERING');
    /** Whether the form's devices comply (what the API will compute). */
    const compliant = computed(() => !catering.value || (model.leakAlarm === 'WORKING' && model.shutOffDevice === 'WORKING'));
    const RULES = {
      kind: [{ required: true, message: '请选择用户类型', trigger: 'change' }],
      name: [{ required: true, message: '请输入用户名称', trigger: 'blur' }, { max: 200, message: '用户名称不超过 200 个字', trigger: 'blur' }],
      address: [{ required: true, message: '请输入用气地址', trigger: 'blur' }, { max: 200, message: '用气地址不超过 200 个字', trigger: 'blur' }],
      regionCode: [{ required: true, message: '请选择所在区域', trigger: 'change' }],
      enterpriseCreditCode: [creditCodeRule('餐饮单位')],
      supplierCreditCode: [creditCodeRule('供气企业')],
      leakAlarm: [{ required: true, message: '请选择燃气泄漏报警器状态', trigger: 'change' }],
      shutOffDevice: [{ required: true, message: '请选择紧急切断装置状态', trigger: 'change' }],
    };
    const clearErrors = () => { for (const f of FIELDS) errors[f] = ''; dialog.error = ''; };

    function fill(record) {
      Object.assign(model, record
        ? {
          kind: record.kind || 'RESIDENTIAL', name: record.name || '', address: record.address || '', regionCode: record.regionCode || null,
          enterpriseCreditCode: record.kind === 'CATERING' ? record.enterpriseCreditCode || '' : '',
          supplierCreditCode: record.supplierCreditCode || '', leakAlarm: record.leakAlarm || 'NONE', shutOffDevice: record.shutOffDevice || 'NONE',
        }
        : emptyUser());
    }
    function create() {
      fill(null);
      clearErrors();
      Object.assign(dialog, { open: true, busy: false, loading: false, id: null, readonly: false, record: null });
      if (form.value) form.value.clearValidate();
      loadOperators();
    }
    async function open(row) {
      fill(row.name ? row : null);
      clearErrors();
      Object.assign(dialog, { open: true, busy: false, loading: true, id: row.id, readonly: !user.canWrite, record: row.name ? row : null });
      if (form.value) form.value.clearValidate();
      if (user.canWrite) loadOperators();
      try {
        // the current record, not the list's copy
        const record = await api(`${BASE}/users/${encodeURIComponent(row.id)}`);
        if (dialog.id !== row.id) return;
        fill(record);
        dialog.record = record;
      } catch (e) {
        if (dialog.id !== row.id) return;
        dialog.open = false;
        ElMessage.error(e.status === 404 ? '未找到该燃气用户，或不在您的辖区内' : '燃气用户加载失败：' + (e.display || e.message));
      } finally {
        if (dialog.id === row.id) dialog.loading = false;
      }
    }
    function closed() {
      dialog.id = null;
      // a user opened from the address (?id=) leaves the address when its dialog closes
      if (routeQuery().id) setRouteQuery({ ...query.value });
    }
    function kindChanged() {
      errors.kind = '';
      errors.enterpriseCreditCode = '';
      if (form.value) form.value.clearValidate(['enterpriseCreditCode']);
    }
    /** The name of an enterprise whose code is well-formed (nothing when the user may not see it). */
    function companyHint(code) {
      const c = (code || '').trim().toUpperCase();
      if (creditCodeProblem(c)) return '';
      const name = enterpriseName(c);
      return name && name !== c ? name : '';
    }

    async function save() {
      clearErrors();
      const valid = await form.value.validate().catch(() => false);
      if (!valid) return;
      const supplier = model.supplierCreditCode.trim().toUpperCase();
      const body = {
        kind: model.kind,
        name: model.name.trim(),
        address: model.address.trim(),
        regionCode: model.regionCode,
        // a residential user's jurisdiction goes through its supplier
        enterpriseCreditCode: catering.value ? model.enterpriseCreditCode.trim().toUpperCase() : supplier,
        supplierCreditCode: supplier,
        leakAlarm: model.leakAlarm,
        shutOffDevice: model.shutOffDevice,
      };
      const id = dialog.id;
      dialog.busy = true;
      try {
        const saved = id
          ? await api(`${BASE}/users/${encodeURIComponent(id)}`, { method: 'PUT', body })
          : await api(`${BASE}/users`, { method: 'POST', body });
        dialog.open = false;
        const note = saved.devicesCompliant === false ? '（安全装置不合规）' : '';
        ElMessage[saved.devicesCompliant === false ? 'warning' : 'success'](`${id ? '已保存' : '已新增'}燃气用户「${saved.name}」${note}`);
        list.value.reload();
      } catch (e) {
        const at = e.status === 400 ? apiFieldProblem(e, FIELDS) : null;
        if (at) {
          // a residential user's enterpriseCreditCode is the supplier the form asks for
          const field = at.field === 'enterpriseCreditCode' && !catering.value ? 'supplierCreditCode' : at.field;
          errors[field] = `${FIELD_LABELS[field]}：${at.message}`;
        } else {
          dialog.error = '保存失败：' + (e.display || e.message);
        }
      } finally {
        dialog.busy = false;
      }
    }

    const title = computed(() => {
      if (!dialog.id) return '新增燃气用户';
      const name = dialog.record ? dialog.record.name : '';
      return (dialog.readonly ? '燃气用户：' : '编辑燃气用户：') + name;
    });

    onMounted(() => {
      const id = routeQuery().id;
      if (id) open({ id });
    });

    return {
      user, query, list, columns, filters, form, dialog, model, errors, RULES, catering, compliant, title, create, open, closed, save,
      kindChanged, companyHint, supplierOptions, operatorsError, regionName, formatDateTime, USER_KIND, DEVICE, COMPLIANT, tagClass,
      deviceTagClass, kindOptions: optionsOf(USER_KIND), deviceOptions: optionsOf(DEVICE),
      setQuery: (q) => { query.value = q; setRouteQuery(q); },
    };
  },
  template: `
  <div>
    <list-page ref="list" list-id="gas-users" path="/domains/gas/users" :columns="columns" :filters="filters" :query="query"
               @update:query="setQuery" @row-click="open">
      <template #actions><el-button v-if="user.canWrite" type="primary" @click="create">新增用户</el-button></template>
      <template #cell-leakAlarm="{ row }"><span :class="deviceTagClass(row, row.leakAlarm)">{{ DEVICE[row.leakAlarm] || row.leakAlarm }}</span></template>
      <template #cell-shutOffDevice="{ row }"><span :class="deviceTagClass(row, row.shutOffDevice)">{{ DEVICE[row.shutOffDevice] || row.shutOffDevice }}</span></template>
      <template #cell-devicesCompliant="{ row }"><span :class="tagClass('compliant', row.devicesCompliant)">{{ COMPLIANT[row.devicesCompliant] }}</span></template>
    </list-page>

    <el-dialog v-model="dialog.open" :title="title" width="640px" :close-on-click-modal="false" @closed="closed">
      <el-form ref="form" v-loading="dialog.loading" :model="model" :rules="dialog.readonly ? {} : RULES" :disabled="dialog.readonly" label-width="130px"
               novalidate @submit.prevent="save">
        <el-form-item label="用户类型" prop="kind" :error="errors.kind">
          <el-radio-group v-model="model.kind" aria-label="用户类型" @change="kindChanged">
            <el-radio-button v-for="o in kindOptions" :key="o.value" :value="o.value">{{ o.label }}</el-radio-button>
          </el-radio-group>
        </el-form-item>
        <el-form-item label="用户名称" prop="name" :error="errors.name">
          <el-input v-model="model.name" maxlength="200" aria-label="用户名称" :placeholder="catering ? '餐饮店招牌名称' : '户主姓名'" @input="errors.name = ''" />
        </el-form-item>
        <el-form-item label="用气地址" prop="address" :error="errors.address">
          <el-input v-model="model.address" maxlength="200" aria-label="用气地址" @input="errors.address = ''" />
        </el-form-item>
        <el-form-item label="所在区域" prop="regionCode" :error="errors.regionCode">
          <region-picker v-if="!dialog.readonly" v-model="model.regionCode" depth="VILLAGE" aria-label="所在区域" placeholder="选择乡镇或村（社区）"
                         @change="errors.regionCode = ''" />
          <el-input v-else :model-value="regionName(model.regionCode)" readonly aria-label="所在区域" />
        </el-form-item>
        <el-form-item v-if="catering" label="餐饮单位" prop="enterpriseCreditCode" :error="errors.enterpriseCreditCode">
          <div style="width: 100%">
            <el-input v-model="model.enterpriseCreditCode" maxlength="18" aria-label="餐饮单位统一社会信用代码" placeholder="餐饮单位自身的统一社会信用代码"
                      @input="errors.enterpriseCreditCode = ''" />
            <div v-if="companyHint(model.enterpriseCreditCode)" class="gs-hint">{{ companyHint(model.enterpriseCreditCode) }}</div>
          </div>
        </el-form-item>
        <el-form-item label="供气企业" prop="supplierCreditCode" :error="errors.supplierCreditCode">
          <div style="width: 100%">
            <el-select v-model="model.supplierCreditCode" filterable allow-create default-first-option aria-label="供气企业"
                       placeholder="选择燃气经营企业，或输入统一社会信用代码" style="width: 100%" @change="errors.supplierCreditCode = ''">
              <el-option v-for="o in supplierOptions" :key="o.value" :label="o.label" :value="o.value" />
            </el-select>
            <div v-if="!dialog.readonly && operatorsError" class="gs-hint">经营企业列表加载失败（{{ operatorsError }}），可直接输入统一社会信用代码</div>
            <div v-else-if="companyHint(model.supplierCreditCode)" class="gs-hint">{{ companyHint(model.supplierCreditCode) }}</div>
          </div>
        </el-form-item>
        <el-form-item label="燃气泄漏报警器" prop="leakAlarm" :error="errors.leakAlarm">
          <el-radio-group v-model="model.leakAlarm" aria-label="燃气泄漏报警器" @change="errors.leakAlarm = ''">
            <el-radio v-for="o in deviceOptions" :key="o.value" :value="o.value">{{ o.label }}</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-form-item label="紧急切断装置" prop="shutOffDevice" :error="errors.shutOffDevice">
          <el-radio-group v-model="model.shutOffDevice" aria-label="紧急切断装置" @change="errors.shutOffDevice = ''">
            <el-radio v-for="o in deviceOptions" :key="o.value" :value="o.value">{{ o.label }}</el-radio>
          </el-radio-group>
        </el-form-item>
        <el-form-item label="安全装置">
          <div>
            <span :class="tagClass('compliant', compliant)">{{ COMPLIANT[compliant] }}</span>
            <div v-if="catering" class="gs-hint">餐饮用户须安装并正常使用燃气泄漏报警器和紧急切断装置；不合规的餐饮用户不得配送瓶装燃气。</div>
            <div v-else class="gs-hint">居民用户不作强制要求。</div>
          </div>
        </el-form-item>
        <p v-if="dialog.readonly && dialog.record" class="gs-muted">登记时间 {{ formatDateTime(dialog.record.createdAt) || '—' }}，更新时间 {{ formatDateTime(dialog.record.updatedAt) || '—' }}</p>
        <div v-if="dialog.error" class="gs-error" role="alert">{{ dialog.error }}</div>
      </el-form>
      <template #footer>
        <template v-if="dialog.readonly"><el-button @click="dialog.open = false">关闭</el-button></template>
        <template v-else>
          <el-button @click="dialog.open = false">取消</el-button>
          <el-button type="primary" :loading="dialog.busy" :disabled="dialog.loading" @click="save">保存</el-button>
        </template>
      </template>
    </el-dialog>
  </div>`,
};
