// 重大危险源 (GB 18218-2018): the chemical domain's page. Console API 1.0: a Vue component, importing only the
// console's import map (vue, element-plus, @anjian/console-sdk).
import { reactive, ref, computed, onMounted } from 'vue';
import { ElMessage } from 'element-plus';
import { api, ListPage, routeQuery, setRouteQuery, formatDateTime, useUser, enterpriseName } from '@anjian/console-sdk';

const GRADE = ['', '一级', '二级', '三级', '四级'];
const UNIT = { PRODUCTION: '生产单元', STORAGE: '储存单元' };
const ROLE = { PRINCIPAL: '主要负责人', TECHNICAL: '技术负责人', OPERATIONAL: '操作负责人' };

export const styles = `
.mh-grid { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(0, 1fr); gap: 16px; }
.mh-card { border: 1px solid #e4e7ed; border-radius: 8px; padding: 14px; }
.mh-card h3 { margin: 0 0 10px; font-size: 15px; }
.mh-result { margin-top: 10px; padding: 10px 12px; border-radius: 6px; background: #f6f8fb; line-height: 1.7; }
.mh-result.is-major { background: #fff0f0; color: #8f1d1d; }
.mh-grade { font-weight: 700; }
.mh-rows { display: flex; flex-direction: column; gap: 8px; margin-bottom: 8px; }
.mh-row { display: flex; gap: 8px; }
@media (max-width: 1280px) { .mh-grid { grid-template-columns: 1fr; } }
`;

export default {
  name: 'ChemicalMajorHazardSources',
  components: { ListPage },
  setup() {
    const user = useUser();
    const query = ref({ ...routeQuery() });
    delete query.value.source;
    const detail = ref(null);
    const drawer = ref(false);
    const rows = reactive([{ name: '液氨', quantityTonnes: 20 }, { name: '甲醇', quantityTonnes: 300 }]);
    const population = ref(60);
    const result = ref(null);
    const problem = ref('');
    const busy = ref(false);
    const columns = [
      { prop: 'name', label: '危险源名称', minWidth: 180 },
      { prop: 'enterpriseCreditCode', label: '企业', minWidth: 200, formatter: (s) => enterpriseName(s.enterpriseCreditCode) },
      { prop: 'unitType', label: '单元类型', width: 100, formatter: (s) => UNIT[s.unitType] || s.unitType },
      { prop: 'grade', label: '级别', width: 90, formatter: (s) => (s.major ? GRADE[s.grade] : '未构成') },
      { prop: 's', label: 'S 值', width: 90, align: 'right', formatter: (s) => s.s.toFixed(3) },
      { prop: 'r', label: 'R 值', width: 90, align: 'right', formatter: (s) => s.r.toFixed(2) },
      { prop: 'exposedPopulation', label: '周边人数', width: 100, align: 'right' },
      { prop: 'updatedAt', label: '更新时间', width: 150, formatter: (s) => formatDateTime(s.updatedAt) },
    ];
    const filters = [{ name: 'grade', label: '级别', type: 'select', options: [1, 2, 3, 4].map((g) => ({ value: String(g), label: GRADE[g] })) }];

    async function open(row) {
      drawer.value = true;
      detail.value = null;
      try {
        detail.value = await api(`/domains/chemical/major-hazard-sources/${encodeURIComponent(row.id)}`);
      } catch (e) {
        drawer.value = false;
        ElMessage.error('危险源加载失败：' + (e.display || e.message));
      }
    }

    async function assess() {
      busy.value = true;
      problem.value = '';
      try {
        const substances = rows.filter((r) => r.name && r.name.trim()).map((r) => {
          const ref = r.name.trim();
          return /^\d{2,7}-\d{2}-\d$/.test(ref) ? { cas: ref, quantityTonnes: Number(r.quantityTonnes) } : { name: ref, quantityTonnes: Number(r.quantityTonnes) };
        });
        result.value = await api('/domains/chemical/major-hazard-assessments', { method: 'POST', body: { substances, exposedPopulation: Number(population.value) } });
      } catch (e) {
        result.value = null;
        problem.value = e.display || e.message;
      } finally {
        busy.value = false;
      }
    }

    const summary = computed(() => {
      const r = result.value;
      if (!r) return '';
      return r.major ? `构成${GRADE[r.grade]}重大危险源（S = ${r.s.toFixed(3)}，R = ${r.r.toFixed(2)}，α = ${r.alpha}）`
        : `未构成重大危险源（S = ${r.s.toFixed(3)} < 1）`;
    });

    onMounted(() => {
      const id = routeQuery().source;
      if (id) open({ id });
    });

    return { enterpriseName, user, query, columns, filters, detail, drawer, open, rows, population, result, problem, busy, assess, summary, GRADE, UNIT, ROLE,
      setQuery: (q) => { query.value = q; setRouteQuery(q); } };
  },
  template: `
  <div class="mh-grid">
    <div class="mh-card">
      <h3>重大危险源台账</h3>
      <list-page list-id="chemical-major-hazard-sources" path="/domains/chemical/major-hazard-sources" :columns="columns" :filters="filters"
                 :query="query" @update:query="setQuery" @row-click="open" />
    </div>
    <div class="mh-card">
      <h3>辨识与分级（GB 18218-2018）</h3>
      <div class="mh-rows">
        <div v-for="(r, i) in rows" :key="i" class="mh-row">
          <el-input v-model="r.name" placeholder="危险化学品名称或 CAS 号" :aria-label="'第' + (i + 1) + '种物质'" />
          <el-input-number v-model="r.quantityTonnes" :min="0" :step="1" controls-position="right" :aria-label="'第' + (i + 1) + '种物质最大存量（吨）'" />
          <el-button text type="danger" @click="rows.splice(i, 1)">删除</el-button>
        </div>
      </div>
      <el-button @click="rows.push({ name: '', quantityTonnes: 0 })">添加物质</el-button>
      <el-form label-position="top" style="margin-top: 10px">
        <el-form-item label="厂区边界外 500 米范围内常住人数">
          <el-input-number v-model="population" :min="0" :step="10" aria-label="厂区边界外500米范围内常住人数" />
        </el-form-item>
      </el-form>
      <el-button type="primary" :loading="busy" @click="assess">辨识与分级</el-button>
      <div v-if="problem" class="mh-result is-major" role="alert">无法计算：{{ problem }}</div>
      <div v-if="result" :class="['mh-result', result.major ? 'is-major' : '']" role="status">
        <div class="mh-grade">{{ summary }}</div>
        <div v-for="c in result.contributions" :key="c.substance">{{ c.substance }}：{{ c.quantityTonnes }} 吨 / 临界量 {{ c.thresholdQuantityTonnes }} 吨，校正系数 β = {{ c.substanceFactor }}</div>
      </div>
    </div>
    <el-drawer v-model="drawer" :title="detail ? detail.name : '重大危险源'" size="520px">
      <div v-if="detail">
        <el-descriptions :column="1" border>
          <el-descriptions-item label="企业">{{ enterpriseName(detail.enterpriseCreditCode) }}（{{ detail.enterpriseCreditCode }}）</el-descriptions-item>
          <el-descriptions-item label="单元类型">{{ UNIT[detail.unitType] || detail.unitType }}</el-descriptions-item>
          <el-descriptions-item label="级别">{{ detail.major ? GRADE[detail.grade] + '重大危险源' : '未构成重大危险源' }}</el-descriptions-item>
          <el-descriptions-item label="S / R">{{ detail.s.toFixed(3) }} / {{ detail.r.toFixed(2) }}</el-descriptions-item>
          <el-descriptions-item label="周边人数">{{ detail.exposedPopulation }}</el-descriptions-item>
        </el-descriptions>
        <h4>危险化学品</h4>
        <el-table :data="detail.substances" border size="small">
          <el-table-column prop="name" label="名称" />
          <el-table-column prop="cas" label="CAS 号" width="120" />
          <el-table-column prop="quantityTonnes" label="最大存量（吨）" width="130" align="right" />
        </el-table>
        <h4>包保责任人</h4>
        <el-table :data="detail.guarantors" border size="small">
          <template #empty>未落实</template>
          <el-table-column label="职责" width="110"><template #default="{ row }">{{ ROLE[row.role] || row.role }}</template></el-table-column>
          <el-table-column prop="name" label="姓名" width="90" />
          <el-table-column prop="position" label="职务" />
          <el-table-column prop="phone" label="电话" width="130" />
        </el-table>
      </div>
      <div v-else v-loading="true" style="height: 200px"></div>
    </el-drawer>
  </div>`,
};
