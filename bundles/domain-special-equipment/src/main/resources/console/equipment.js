// 特种设备台账: equipment in use with its inspection status (GB/TSG intervals), and each one's inspections.
// Console API 1.0.
import { ref, onMounted } from 'vue';
import { ElMessage } from 'element-plus';
import { api, ListPage, routeQuery, setRouteQuery, formatDate, daysUntil, enterpriseName } from '@anjian/console-sdk';
import { INSPECTION, RESULT, STYLES } from './labels.js';

export const styles = STYLES;

export default {
  name: 'SpecialEquipmentList',
  components: { ListPage },
  setup() {
    const query = ref({ ...routeQuery() });
    delete query.value.id;
    const drawer = ref(false);
    const detail = ref(null);
    const columns = [
      { prop: 'categoryName', label: '设备类别', width: 190 },
      { prop: 'equipmentCode', label: '设备代码', width: 190 },
      { prop: 'registrationCode', label: '使用登记证编号', width: 170, hidden: true },
      { prop: 'enterpriseCreditCode', label: '使用单位', minWidth: 200, formatter: (e) => enterpriseName(e.enterpriseCreditCode) },
      { prop: 'location', label: '安装位置', minWidth: 160 },
      { prop: 'lastInspection', label: '上次检验', width: 110, formatter: (e) => formatDate(e.lastInspection) },
      { prop: 'nextDue', label: '下次检验', width: 190, ellipsis: false },
      { prop: 'inspectionStatus', label: '检验状态', width: 110 },
      { prop: 'maintenanceContractor', label: '维保单位', minWidth: 160, hidden: true },
    ];
    const filters = [
      { name: 'overdue', label: '逾期', type: 'boolean', trueLabel: '逾期未检', falseLabel: '未逾期', width: 120 },
      { name: 'dueWithinDays', label: '到期', type: 'select', options: [{ value: '30', label: '30 天内到期' }, { value: '90', label: '90 天内到期' }], width: 140 },
      { name: 'category', label: '类别代码', type: 'text', placeholder: '如 3 (电梯)', width: 120 },
      { name: 'enterpriseCreditCode', label: '使用单位', type: 'text', placeholder: '统一社会信用代码', width: 200 },
    ];
    async function open(row) {
      drawer.value = true;
      detail.value = null;
      try {
        detail.value = await api(`/domains/special-equipment/equipment/${encodeURIComponent(row.id)}`);
      } catch (e) {
        drawer.value = false;
        ElMessage.error('设备加载失败：' + (e.display || e.message));
      }
    }
    onMounted(() => {
      const id = routeQuery().id;
      if (id) open({ id });
    });
    return { enterpriseName, query, columns, filters, drawer, detail, open, INSPECTION, RESULT, formatDate, daysUntil,
      setQuery: (q) => { query.value = q; setRouteQuery(q); } };
  },
  template: `
  <div>
    <list-page list-id="se-equipment" path="/domains/special-equipment/equipment" :columns="columns" :filters="filters" :query="query"
               @update:query="setQuery" @row-click="open">
      <template #cell-inspectionStatus="{ row }"><span :class="['se-status', row.inspectionStatus]">{{ INSPECTION[row.inspectionStatus] || row.inspectionStatus }}</span></template>
      <template #cell-nextDue="{ row }">{{ formatDate(row.nextDue) }}<template v-if="row.inspectionStatus === 'OVERDUE'">（逾期{{ -daysUntil(row.nextDue) }}天）</template></template>
    </list-page>
    <el-drawer v-model="drawer" :title="detail ? detail.equipment.categoryName + ' ' + (detail.equipment.equipmentCode || '') : '设备'" size="560px">
      <div v-if="detail">
        <el-descriptions :column="1" border>
          <el-descriptions-item label="使用单位">{{ enterpriseName(detail.equipment.enterpriseCreditCode) }}</el-descriptions-item>
          <el-descriptions-item label="安装位置">{{ detail.equipment.location || '—' }}</el-descriptions-item>
          <el-descriptions-item label="使用登记证">{{ detail.equipment.registrationCode || '—' }}</el-descriptions-item>
          <el-descriptions-item label="维保单位">{{ detail.equipment.maintenanceContractor || '—' }}</el-descriptions-item>
          <el-descriptions-item label="检验状态"><span :class="['se-status', detail.equipment.inspectionStatus]">{{ INSPECTION[detail.equipment.inspectionStatus] }}</span>，下次检验 {{ formatDate(detail.equipment.nextDue) || '—' }}</el-descriptions-item>
        </el-descriptions>
        <h4>检验记录</h4>
        <el-table :data="detail.inspections" border size="small">
          <template #empty>暂无检验记录</template>
          <el-table-column label="检验日期" width="110"><template #default="{ row }">{{ formatDate(row.inspectedOn) }}</template></el-table-column>
          <el-table-column label="结论" width="80"><template #default="{ row }">{{ RESULT[row.result] || row.result }}</template></el-table-column>
          <el-table-column prop="inspector" label="检验机构" />
          <el-table-column prop="reportNo" label="报告编号" width="140" />
        </el-table>
        <template v-if="detail.overdueHazards.length">
          <h4>逾期隐患</h4>
          <ul><li v-for="h in detail.overdueHazards" :key="h.hazardId"><a :href="'/console/hazards/' + h.hazardId">隐患 #{{ h.hazardId }}</a></li></ul>
        </template>
      </div>
      <div v-else v-loading="true" style="height: 200px"></div>
    </el-drawer>
  </div>`,
};
