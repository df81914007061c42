// The gas tab of an enterprise's record (城镇燃气): its gas operating licences and stations, the gas users it supplies
// or is (a catering user), the cylinders it owns and its open alarms, each list filtered by the enterprise on the
// server and read page by page up to a cap. Console API 1.0.
import { ref, computed, onMounted } from 'vue';
import { api, navigate, formatDate } from '@anjian/console-sdk';
import {
  SCOPE, LICENCE_STATUS, USER_KIND, COMPLIANT, CYLINDER_STATE, CYLINDER_STATUS, INSPECTION, STYLES, tagClass, allItems,
} from './labels.js';

export const styles = STYLES;

const BASE = '/domains/gas';
/** The most records of each list the tab reads. */
const CAP = 2000;
/** The rows each of the tab's tables shows. */
const SHOWN = 10;

export default {
  name: 'GasEnterpriseTab',
  props: { creditCode: { type: String, required: true }, enterprise: Object },
  setup(props) {
    const loading = ref(true);
    const errors = ref([]);
    const incomplete = ref([]);
    const operators = ref([]);
    const users = ref([]);
    const cylinders = ref([]);
    const alarms = ref([]);

    onMounted(async () => {
      const code = props.creditCode;
      const [o, u, c, raised, escalated] = await Promise.allSettled([
        allItems(api, `${BASE}/operators`, { enterpriseCreditCode: code }, CAP),
        Promise.all([allItems(api, `${BASE}/users`, { enterpriseCreditCode: code }, CAP),
          allItems(api, `${BASE}/users`, { supplierCreditCode: code }, CAP)]).then(([own, supplied]) => ({
          items: [...own.items, ...supplied.items.filter((x) => !own.items.some((y) => y.id === x.id))],
          complete: own.complete && supplied.complete,
        })),
        allItems(api, `${BASE}/cylinders`, { enterpriseCreditCode: code }, CAP),
        allItems(api, `${BASE}/alarms`, { enterpriseCreditCode: code, status: 'RAISED' }, CAP),
        allItems(api, `${BASE}/alarms`, { enterpriseCreditCode: code, status: 'ESCALATED' }, CAP),
      ]);
      const problems = [];
      const partial = [];
      const take = (result, what, filter, target) => {
        if (result.status === 'rejected') {
          problems.push(`${what}：${result.reason.display || result.reason.message}`);
          return;
        }
        target.value = [...target.value, ...result.value.items.filter(filter)];
        if (!result.value.complete) partial.push(what);
      };
      take(o, '经营许可', (x) => x.enterpriseCreditCode === code, operators);
      take(u, '燃气用户', (x) => x.enterpriseCreditCode === code || x.supplierCreditCode === code, users);
      take(c, '气瓶', (x) => x.enterpriseCreditCode === code, cylinders);
      take(raised, '报警', (x) => x.enterpriseCreditCode === code, alarms);
      take(escalated, '报警', (x) => x.enterpriseCreditCode === code, alarms);
      errors.value = problems;
      incomplete.value = [...new Set(partial)];
      loading.value = false;
    });

    const count = (items, test) => items.filter(test).length;
    const userStats = computed(() => ({
      total: users.value.length,
      supplied: count(users.value, (u) => u.supplierCreditCode === props.creditCode),
      catering: count(users.value, (u) => u.kind === 'CATERING'),
      nonCompliant: count(users.value, (u) => u.devicesCompliant === false),
    }));
    const cylinderStats = computed(() => ({
      total: cylinders.value.length,
      inService: count(cylinders.value, (c) => c.status === 'IN_SERVICE'),
      overdue: count(cylinders.value, (c) => c.status === 'IN_SERVICE' && c.inspection === 'OVERDUE'),
      dueSoon: count(cylinders.value, (c) => c.status === 'IN_SERVICE' && c.inspection === 'DUE_SOON'),
    }));
    // the tables show what needs attention first
    const shownUsers = computed(() => [...users.value].sort((a, b) => Number(a.devicesCompliant !== false) - Number(b.devicesCompliant !== false)).slice(0, SHOWN));
    const RANK = { OVERDUE: 0, DUE_SOON: 1, OK: 2 };
    const shownCylinders = computed(() => [...cylinders.value]
      .sort((a, b) => Number(a.status === 'SCRAPPED') - Number(b.status === 'SCRAPPED') || (RANK[a.inspection] ?? 3) - (RANK[b.inspection] ?? 3))
      .slice(0, SHOWN));
    const empty = computed(() => !operators.value.length && !users.value.length && !cylinders.value.length && !alarms.value.length);
    const relation = (u) => {
      const own = u.kind === 'CATERING' && u.enterpriseCreditCode === props.creditCode;
      const supplied = u.supplierCreditCode === props.creditCode;
      if (own && supplied) return '本单位（自供）';
      return own ? '本单位' : '本单位供气';
    };

    const userPath = (u) => '/domains/gas/users?id=' + encodeURIComponent(u.id);
    const cylinderPath = (c) => '/domains/gas/cylinders?code=' + encodeURIComponent(c.code);
    return {
      loading, errors, incomplete, operators, users, cylinders, alarms, userStats, cylinderStats, shownUsers, shownCylinders, empty,
      relation, userPath, cylinderPath, formatDate, tagClass, SCOPE, LICENCE_STATUS, USER_KIND, COMPLIANT, CYLINDER_STATE,
      CYLINDER_STATUS, INSPECTION, SHOWN, CAP, go: (to) => navigate(to),
    };
  },
  template: `
  <div v-loading="loading" element-loading-text="加载中" style="min-height: 120px">
    <el-alert v-for="e in errors" :key="e" type="error" :closable="false" :title="'城镇燃气信息加载失败（' + e + '）'" style="margin-bottom: 8px" />
    <template v-if="!loading">
      <p v-if="incomplete.length" class="gs-muted">{{ incomplete.join('、') }}记录较多，仅统计了前 {{ CAP }} 条。</p>
      <el-empty v-if="empty && !errors.length" description="该单位无城镇燃气经营许可、燃气用户、气瓶或报警记录" :image-size="72" />
      <template v-else>
        <div class="gs-stats" role="group" aria-label="城镇燃气概况">
          <div class="gs-stat">
            <div class="gs-stat__value">{{ operators.length }}</div>
            <div class="gs-stat__label">燃气经营许可</div>
          </div>
          <div class="gs-stat">
            <div class="gs-stat__value">{{ userStats.total }}</div>
            <div class="gs-stat__label">燃气用户（供气 {{ userStats.supplied }}，餐饮 {{ userStats.catering }}）</div>
          </div>
          <div class="gs-stat">
            <div :class="['gs-stat__value', userStats.nonCompliant ? 'is-bad' : '']">{{ userStats.nonCompliant }}</div>
            <div class="gs-stat__label">安全装置不合规用户</div>
          </div>
          <div class="gs-stat">
            <div class="gs-stat__value">{{ cylinderStats.inService }}</div>
            <div class="gs-stat__label">在用气瓶（共登记 {{ cylinderStats.total }}）</div>
          </div>
          <div class="gs-stat">
            <div :class="['gs-stat__value', cylinderStats.overdue ? 'is-bad' : '']">{{ cylinderStats.overdue }}</div>
            <div class="gs-stat__label">超期未检气瓶（即将到期 {{ cylinderStats.dueSoon }}）</div>
          </div>
          <div class="gs-stat">
            <div :class="['gs-stat__value', alarms.length ? 'is-bad' : '']">{{ alarms.length }}</div>
            <div class="gs-stat__label">未处置报警</div>
          </div>
        </div>

        <template v-if="operators.length">
          <h3 class="gs-section">燃气经营许可</h3>
          <el-table :data="operators" border size="small">
            <el-table-column prop="licenceNumber" label="许可证编号" min-width="170" />
            <el-table-column label="经营类别" width="140"><template #default="{ row }">{{ SCOPE[row.scope] || row.scope }}</template></el-table-column>
            <el-table-column label="有效期" width="200"><template #default="{ row }">{{ formatDate(row.validFrom) }} 至 {{ formatDate(row.validTo) }}</template></el-table-column>
            <el-table-column label="状态" width="100">
              <template #default="{ row }"><span :class="tagClass('licenceStatus', row.licenceStatus)">{{ LICENCE_STATUS[row.licenceStatus] || row.licenceStatus }}</span></template>
            </el-table-column>
            <el-table-column label="站点" min-width="200">
              <template #default="{ row }">{{ (row.stations || []).map((s) => s.name).join('、') || '—' }}</template>
            </el-table-column>
          </el-table>
        </template>

        <template v-if="users.length">
          <h3 class="gs-section">燃气用户</h3>
          <el-table :data="shownUsers" border size="small">
            <el-table-column label="用户名称" min-width="160">
              <template #default="{ row }"><a class="gs-link" :href="'/console' + userPath(row)" @click.prevent="go(userPath(row))">{{ row.name }}</a></template>
            </el-table-column>
            <el-table-column label="类型" width="90"><template #default="{ row }">{{ USER_KIND[row.kind] || row.kind }}</template></el-table-column>
            <el-table-column label="关系" width="120"><template #default="{ row }">{{ relation(row) }}</template></el-table-column>
            <el-table-column prop="address" label="用气地址" min-width="200" show-overflow-tooltip />
            <el-table-column label="安全装置" width="100">
              <template #default="{ row }"><span :class="tagClass('compliant', row.devicesCompliant)">{{ COMPLIANT[row.devicesCompliant] }}</span></template>
            </el-table-column>
          </el-table>
          <p v-if="users.length > shownUsers.length" class="gs-muted">
            共 {{ users.length }} 户，此处显示前 {{ shownUsers.length }} 户（不合规的在前）；<a class="gs-link" href="/console/domains/gas/users" @click.prevent="go('/domains/gas/users')">前往燃气用户</a>
          </p>
        </template>

        <template v-if="cylinders.length">
          <h3 class="gs-section">气瓶（一瓶一码）</h3>
          <el-table :data="shownCylinders" border size="small">
            <el-table-column label="气瓶编码" min-width="160">
              <template #default="{ row }"><a class="gs-link" :href="'/console' + cylinderPath(row)" @click.prevent="go(cylinderPath(row))">{{ row.code }}</a></template>
            </el-table-column>
            <el-table-column label="状态" width="150">
              <template #default="{ row }">
                <span :class="tagClass('cylinderStatus', row.status)">{{ CYLINDER_STATUS[row.status] || row.status }}</span>
                <span v-if="row.status !== 'SCRAPPED'" :class="tagClass('cylinderState', row.state)">{{ CYLINDER_STATE[row.state] || row.state }}</span>
              </template>
            </el-table-column>
            <el-table-column label="下次检验" width="110"><template #default="{ row }">{{ formatDate(row.nextInspectionDue) }}</template></el-table-column>
            <el-table-column label="检验" width="100">
              <template #default="{ row }"><span :class="tagClass('inspection', row.inspection)">{{ INSPECTION[row.inspection] || row.inspection }}</span></template>
            </el-table-column>
            <el-table-column label="报废期限" width="110"><template #default="{ row }">{{ formatDate(row.scrapDue) }}</template></el-table-column>
          </el-table>
          <p v-if="cylinders.length > shownCylinders.length" class="gs-muted">
            共 {{ cylinders.length }} 只，此处显示前 {{ shownCylinders.length }} 只（超期未检的在前）；<a class="gs-link" href="/console/domains/gas/cylinders" @click.prevent="go('/domains/gas/cylinders')">前往一瓶一码</a>
          </p>
        </template>

        <p v-if="alarms.length" class="gs-muted">
          该单位有 {{ alarms.length }} 条未处置的燃气报警；<a class="gs-link" href="/console/domains/gas/alarms" @click.prevent="go('/domains/gas/alarms')">前往燃气报警</a>
        </p>
      </template>
    </template>
  </div>`,
};
