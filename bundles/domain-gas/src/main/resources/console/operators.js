// 经营企业: the gas operators (燃气经营许可证 holders) with their licence's status, and their stations (充装站, 供应站,
// 门站, 储配站) in each row's expansion. Writers register an operator with its stations. The list is the page's own
// (the platform's ListPage has no expandable rows); its filter and page stay in the address. Console API 1.0.
import { ref, reactive, computed, watch, onMounted } from 'vue';
import { ElMessage } from 'element-plus';
import {
  api, RegionPicker, routeQuery, setRouteQuery, formatDate, formatDateTime, useUser, enterpriseName, loadRegions, creditCodeProblem,
} from '@anjian/console-sdk';
import { SCOPE, STATION_KIND, LICENCE_STATUS, STYLES, tagClass, optionsOf, apiFieldProblem, dayOf } from './labels.js';

export const styles = STYLES;

const BASE = '/domains/gas';
const FIELDS = ['enterpriseCreditCode', 'licenceNumber', 'scope', 'validFrom', 'validTo', 'stations'];
const FIELD_LABELS = {
  enterpriseCreditCode: '经营企业', licenceNumber: '许可证编号', scope: '经营类别', validFrom: '有效期起', validTo: '有效期至', stations: '站点',
};
const STATION_FIELDS = ['name', 'kind', 'address', 'regionCode'];
const STATION_LABELS = { name: '站点名称', kind: '站点类型', address: '地址', regionCode: '所在区域' };
const STATION_RULES = {
  name: [{ required: true, message: '请输入站点名称', trigger: 'blur' }, { max: 200, message: '站点名称不超过 200 个字', trigger: 'blur' }],
  kind: [{ required: true, message: '请选择站点类型', trigger: 'change' }],
  address: [{ required: true, message: '请输入站点地址', trigger: 'blur' }, { max: 200, message: '地址不超过 200 个字', trigger: 'blur' }],
  regionCode: [{ required: true, message: '请选择所在区域', trigger: 'change' }],
};
const PAGE_SIZES = [20, 50, 100];

let stationKeys = 0;
function emptyStation(kind = null) {
  return { key: ++stationKeys, name: '', kind, address: '', regionCode: null };
}
function emptyOperator() {
  return { enterpriseCreditCode: '', licenceNumber: '', scope: null, validFrom: null, validTo: null, stations: [] };
}

export default {
  name: 'GasOperators',
  components: { RegionPicker },
  setup() {
    const user = useUser();
    const regionNames = reactive({});
    loadRegions().then((regions) => { for (const r of regions) regionNames[r.code] = r.name; }).catch(() => {});
    const regionName = (code) => (code ? regionNames[code] || code : '');

    // the list: the licence-status filter, offset and limit are the address's query
    const query = ref(pick(routeQuery()));
    const draft = reactive({ licenceStatus: query.value.licenceStatus || null });
    const items = ref([]);
    const total = ref(0);
    const totalExact = ref(true);
    const loading = ref(false);
    const error = ref('');
    const limit = computed(() => Number(query.value.limit) || 20);
    const page = computed(() => Math.floor((Number(query.value.offset) || 0) / limit.value) + 1);
    let sequence = 0;

    function pick(q) {
      const out = {};
      for (const k of ['licenceStatus', 'offset', 'limit']) if (q[k] !== undefined && q[k] !== null && q[k] !== '') out[k] = q[k];
      return out;
    }
    function setQuery(q) {
      query.value = pick(q);
      setRouteQuery(query.value);
    }
    async function load() {
      const mine = ++sequence;
      loading.value = true;
      error.value = '';
      try {
        const result = await api(`${BASE}/operators`, {
          query: { licenceStatus: query.value.licenceStatus, offset: (page.value - 1) * limit.value, limit: limit.value },
        });
        if (mine !== sequence) return;
        items.value = result.items;
        total.value = result.total;
        totalExact.value = result.totalExact !== false;
      } catch (e) {
        if (mine !== sequence) return;
        error.value = e.display || e.message;
        items.value = [];
        total.value = 0;
      } finally {
        if (mine === sequence) loading.value = false;
      }
    }
    function search() {
      setQuery({ licenceStatus: draft.licenceStatus, limit: query.value.limit });
    }
    function reset() {
      draft.licenceStatus = null;
      setQuery({});
    }
    const onPage = (p) => setQuery({ ...query.value, offset: String((p - 1) * limit.value) });
    const onSize = (size) => setQuery({ ...query.value, limit: String(size), offset: '0' });
    watch(query, () => { draft.licenceStatus = query.value.licenceStatus || null; load(); }, { deep: true });
    onMounted(load);

    // 新增经营企业
    const form = ref(null);
    const dialog = reactive({ open: false, busy: false, error: '' });
    const model = reactive(emptyOperator());
    const errors = reactive(Object.fromEntries(FIELDS.map((f) => [f, ''])));
    const stationErrors = ref([]);
    const RULES = {
      enterpriseCreditCode: [{
        required: true,
        trigger: 'blur',
        validator: (rule, value, callback) => {
          const problem = creditCodeProblem((value || '').trim().toUpperCase());
          callback(problem ? new Error(`经营企业：${problem}`) : undefined);
        },
      }],
      licenceNumber: [{ required: true, message: '请输入燃气经营许可证编号', trigger: 'blur' }, { max: 50, message: '许可证编号不超过 50 个字符', trigger: 'blur' }],
      scope: [{ required: true, message: '请选择经营类别', trigger: 'change' }],
      validFrom: [{ required: true, message: '请选择有效期起始日期', trigger: 'change' }],
      validTo: [{
        required: true,
        trigger: 'change',
        validator: (rule, value, callback) => {
          if (!value) callback(new Error('请选择有效期截止日期'));
          else if (model.validFrom && value <= model.validFrom) callback(new Error('有效期至须晚于有效期起'));
          else callback();
        },
      }],
    };
    const emptyStationErrors = () => Object.fromEntries(STATION_FIELDS.map((f) => [f, '']));
    function clearErrors() {
      for (const f of FIELDS) errors[f] = '';
      stationErrors.value = model.stations.map(() => emptyStationErrors());
      dialog.error = '';
    }
    /** The station kind a new station starts with: a filling station for bottled LPG. */
    const defaultKind = () => (model.scope === 'BOTTLED_LPG' ? 'FILLING_STATION' : null);
    function create() {
      Object.assign(model, emptyOperator(), { stations: [emptyStation()] });
      clearErrors();
      Object.assign(dialog, { open: true, busy: false, error: '' });
      if (form.value) form.value.clearValidate();
    }
    function addStation() {
      model.stations.push(emptyStation(defaultKind()));
      stationErrors.value.push(emptyStationErrors());
      errors.stations = '';
    }
    function removeStation(index) {
      model.stations.splice(index, 1);
      stationErrors.value.splice(index, 1);
      errors.stations = '';
    }
    function scopeChanged() {
      errors.scope = '';
      for (const s of model.stations) if (!s.kind) s.kind = defaultKind();
    }
    function validFromChanged() {
      errors.validFrom = '';
      if (model.validTo && form.value) form.value.validateField('validTo').catch(() => {});
    }
    const notAfterFrom = (date) => Boolean(model.validFrom) && dayOf(date) <= model.validFrom;
    const stationError = (i, f) => (stationErrors.value[i] ? stationErrors.value[i][f] : '');
    const clearStationError = (i, f) => { if (stationErrors.value[i]) stationErrors.value[i][f] = ''; };
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
      const body = {
        enterpriseCreditCode: model.enterpriseCreditCode.trim().toUpperCase(),
        licenceNumber: model.licenceNumber.trim(),
        scope: model.scope,
        validFrom: model.validFrom,
        validTo: model.validTo,
        stations: model.stations.map((s) => ({ name: s.name.trim(), kind: s.kind, address: s.address.trim(), regionCode: s.regionCode })),
      };
      dialog.busy = true;
      try {
        const created = await api(`${BASE}/operators`, { method: 'POST', body });
        dialog.open = false;
        ElMessage.success(`已登记经营企业「${enterpriseName(created.enterpriseCreditCode)}」（许可证 ${created.licenceNumber}）`);
        load();
      } catch (e) {
        const station = e.status === 400 && e.field ? /^(?:body\.)?stations\[(\d+)\]\.(\w+)/.exec(e.field) : null;
        const at = e.status === 400 ? apiFieldProblem(e, FIELDS) : null;
        if (station && stationErrors.value[Number(station[1])] && STATION_FIELDS.includes(station[2])) {
          const message = e.message && e.message.startsWith(e.field + ': ') ? e.message.slice(e.field.length + 2) : e.message;
          stationErrors.value[Number(station[1])][station[2]] = `${STATION_LABELS[station[2]]}：${message}`;
        } else if (at) {
          errors[at.field] = `${FIELD_LABELS[at.field]}：${at.message}`;
        } else if (e.status === 409) {
          errors.licenceNumber = `该许可证编号已登记（${e.message}）`;
        } else {
          dialog.error = '保存失败：' + (e.display || e.message);
        }
      } finally {
        dialog.busy = false;
      }
    }

    return {
      user, draft, items, total, totalExact, loading, error, limit, page, PAGE_SIZES, load, search, reset, onPage, onSize,
      form, dialog, model, errors, RULES, STATION_RULES, create, addStation, removeStation, scopeChanged, validFromChanged, notAfterFrom,
      stationError, clearStationError, companyHint, save, enterpriseName, regionName, formatDate, formatDateTime, tagClass,
      SCOPE, STATION_KIND, LICENCE_STATUS, statusOptions: optionsOf(LICENCE_STATUS), scopeOptions: optionsOf(SCOPE),
      kindOptions: optionsOf(STATION_KIND),
    };
  },
  template: `
  <section aria-label="燃气经营企业列表">
    <el-form :inline="true" class="gs-filters" @submit.prevent="search">
      <el-form-item label="许可证状态">
        <el-select v-model="draft.licenceStatus" clearable placeholder="全部" aria-label="许可证状态" style="width: 140px">
          <el-option v-for="o in statusOptions" :key="o.value" :label="o.label" :value="o.value" />
        </el-select>
      </el-form-item>
      <el-form-item>
        <el-button type="primary" native-type="submit">查询</el-button>
        <el-button @click="reset">重置</el-button>
      </el-form-item>
    </el-form>

    <div class="gs-toolbar">
      <div role="status">
        <template v-if="!loading && !error && totalExact">共 <strong>{{ total }}</strong> 家</template>
        <template v-else-if="!loading && !error">超过 <strong>{{ total }}</strong> 家，请缩小筛选范围</template>
      </div>
      <el-button v-if="user.canWrite" type="primary" @click="create">登记经营企业</el-button>
    </div>

    <el-alert v-if="error" type="error" :closable="false" show-icon :title="'加载失败：' + error">
      <el-button size="small" @click="load">重试</el-button>
    </el-alert>
    <el-table v-else v-loading="loading" :data="items" row-key="id" stripe border>
      <template #empty><el-empty description="暂无符合条件的经营企业" :image-size="80" /></template>
      <el-table-column type="expand" width="48">
        <template #default="{ row }">
          <div class="gs-stations">
            <el-table :data="row.stations || []" size="small" border :aria-label="enterpriseName(row.enterpriseCreditCode) + '的站点'">
              <template #empty>未登记站点</template>
              <el-table-column prop="name" label="站点名称" min-width="180" />
              <el-table-column label="类型" width="120"><template #default="s">{{ STATION_KIND[s.row.kind] || s.row.kind }}</template></el-table-column>
              <el-table-column prop="address" label="地址" min-width="220" />
              <el-table-column label="所在区域" width="160"><template #default="s">{{ regionName(s.row.regionCode) || '—' }}</template></el-table-column>
            </el-table>
          </div>
        </template>
      </el-table-column>
      <el-table-column label="经营企业" min-width="220" show-overflow-tooltip>
        <template #default="{ row }">{{ enterpriseName(row.enterpriseCreditCode) }}</template>
      </el-table-column>
      <el-table-column prop="licenceNumber" label="燃气经营许可证" min-width="170" show-overflow-tooltip />
      <el-table-column label="经营类别" width="140"><template #default="{ row }">{{ SCOPE[row.scope] || row.scope }}</template></el-table-column>
      <el-table-column label="有效期" width="200"><template #default="{ row }">{{ formatDate(row.validFrom) }} 至 {{ formatDate(row.validTo) }}</template></el-table-column>
      <el-table-column label="许可证状态" width="110">
        <template #default="{ row }"><span :class="tagClass('licenceStatus', row.licenceStatus)">{{ LICENCE_STATUS[row.licenceStatus] || row.licenceStatus }}</span></template>
      </el-table-column>
      <el-table-column label="站点" width="80" align="right"><template #default="{ row }">{{ (row.stations || []).length }}</template></el-table-column>
      <el-table-column label="登记时间" width="150"><template #default="{ row }">{{ formatDateTime(row.createdAt) }}</template></el-table-column>
    </el-table>

    <div v-if="!error && total > 0" class="gs-pager">
      <el-pagination background layout="prev, pager, next" :total="total" :page-size="limit" :current-page="page" @current-change="onPage" />
      <el-select :model-value="limit" aria-label="每页条数" style="width: 110px" @update:model-value="onSize">
        <el-option v-for="n in PAGE_SIZES" :key="n" :label="n + ' 条/页'" :value="n" />
      </el-select>
    </div>

    <el-dialog v-model="dialog.open" title="登记经营企业" width="760px" :close-on-click-modal="false">
      <el-form ref="form" :model="model" :rules="RULES" label-width="130px" novalidate @submit.prevent="save">
        <el-form-item label="经营企业" prop="enterpriseCreditCode" :error="errors.enterpriseCreditCode">
          <div style="width: 100%">
            <el-input v-model="model.enterpriseCreditCode" maxlength="18" aria-label="经营企业统一社会信用代码" placeholder="统一社会信用代码（须已在一企一档登记）"
                      @input="errors.enterpriseCreditCode = ''" />
            <div v-if="companyHint(model.enterpriseCreditCode)" class="gs-hint">{{ companyHint(model.enterpriseCreditCode) }}</div>
          </div>
        </el-form-item>
        <el-form-item label="许可证编号" prop="licenceNumber" :error="errors.licenceNumber">
          <el-input v-model="model.licenceNumber" maxlength="50" aria-label="燃气经营许可证编号" placeholder="燃气经营许可证编号" @input="errors.licenceNumber = ''" />
        </el-form-item>
        <el-form-item label="经营类别" prop="scope" :error="errors.scope">
          <el-select v-model="model.scope" aria-label="经营类别" placeholder="选择经营类别" style="width: 220px" @change="scopeChanged">
            <el-option v-for="o in scopeOptions" :key="o.value" :label="o.label" :value="o.value" />
          </el-select>
        </el-form-item>
        <el-form-item label="有效期起" prop="validFrom" :error="errors.validFrom">
          <el-date-picker v-model="model.validFrom" type="date" value-format="YYYY-MM-DD" aria-label="有效期起" placeholder="选择日期"
                          @change="validFromChanged" />
        </el-form-item>
        <el-form-item label="有效期至" prop="validTo" :error="errors.validTo">
          <el-date-picker v-model="model.validTo" type="date" value-format="YYYY-MM-DD" aria-label="有效期至" placeholder="选择日期"
                          :disabled-date="notAfterFrom" @change="errors.validTo = ''" />
        </el-form-item>

        <div class="gs-section-head">
          <h4 class="gs-section">站点（{{ model.stations.length }}）</h4>
          <el-button size="small" @click="addStation">添加站点</el-button>
        </div>
        <div v-if="errors.stations" class="gs-error" role="alert">{{ errors.stations }}</div>
        <p v-if="!model.stations.length" class="gs-muted">未添加站点。瓶装液化石油气经营企业一般应登记其充装站、供应站（点）。</p>
        <div v-for="(s, i) in model.stations" :key="s.key" class="gs-station">
          <div class="gs-station-head">
            <span>站点 {{ i + 1 }}</span>
            <el-button size="small" :aria-label="'删除站点 ' + (i + 1)" @click="removeStation(i)">删除</el-button>
          </div>
          <el-form-item label="站点名称" :prop="'stations.' + i + '.name'" :rules="STATION_RULES.name" :error="stationError(i, 'name')">
            <el-input v-model="s.name" maxlength="200" :aria-label="'站点 ' + (i + 1) + ' 名称'" @input="clearStationError(i, 'name')" />
          </el-form-item>
          <el-form-item label="站点类型" :prop="'stations.' + i + '.kind'" :rules="STATION_RULES.kind" :error="stationError(i, 'kind')">
            <el-select v-model="s.kind" :aria-label="'站点 ' + (i + 1) + ' 类型'" placeholder="选择站点类型" style="width: 220px"
                       @change="clearStationError(i, 'kind')">
              <el-option v-for="o in kindOptions" :key="o.value" :label="o.label" :value="o.value" />
            </el-select>
          </el-form-item>
          <el-form-item label="地址" :prop="'stations.' + i + '.address'" :rules="STATION_RULES.address" :error="stationError(i, 'address')">
            <el-input v-model="s.address" maxlength="200" :aria-label="'站点 ' + (i + 1) + ' 地址'" @input="clearStationError(i, 'address')" />
          </el-form-item>
          <el-form-item label="所在区域" :prop="'stations.' + i + '.regionCode'" :rules="STATION_RULES.regionCode" :error="stationError(i, 'regionCode')">
            <region-picker v-model="s.regionCode" depth="VILLAGE" :aria-label="'站点 ' + (i + 1) + ' 所在区域'" placeholder="选择乡镇或村（社区）"
                           @change="clearStationError(i, 'regionCode')" />
          </el-form-item>
        </div>
        <div v-if="dialog.error" class="gs-error" role="alert">{{ dialog.error }}</div>
      </el-form>
      <template #footer>
        <el-button @click="dialog.open = false">取消</el-button>
        <el-button type="primary" :loading="dialog.busy" @click="save">登记</el-button>
      </template>
    </el-dialog>
  </section>`,
};
