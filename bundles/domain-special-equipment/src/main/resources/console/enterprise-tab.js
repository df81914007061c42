// The special-equipment tab of an enterprise's record: its equipment and their inspection status. Console API 1.0.
import { ref, onMounted } from 'vue';
import { api, navigate, formatDate } from '@anjian/console-sdk';
import { INSPECTION, STYLES } from './labels.js';

export const styles = STYLES;

export default {
  name: 'SpecialEquipmentEnterpriseTab',
  props: { creditCode: { type: String, required: true }, enterprise: Object },
  setup(props) {
    const items = ref(null);
    const total = ref(0);
    const error = ref('');
    onMounted(async () => {
      try {
        const page = await api('/domains/special-equipment/equipment', { query: { enterpriseCreditCode: props.creditCode, limit: 200 } });
        items.value = page.items;
        total.value = page.total;
      } catch (e) {
        error.value = e.display || e.message;
      }
    });
    return { items, total, error, INSPECTION, formatDate, open: (e) => navigate('/domains/special-equipment/equipment?id=' + e.id) };
  },
  template: `
  <div>
    <el-alert v-if="error" type="error" :closable="false" :title="'特种设备信息加载失败：' + error" />
    <el-table v-else :data="items || []" v-loading="!items" border @row-click="open">
      <template #empty>该单位未登记特种设备</template>
      <el-table-column prop="categoryName" label="类别" min-width="180" />
      <el-table-column prop="equipmentCode" label="设备代码" width="190" />
      <el-table-column prop="location" label="安装位置" />
      <el-table-column label="下次检验" width="110"><template #default="{ row }">{{ formatDate(row.nextDue) }}</template></el-table-column>
      <el-table-column label="检验状态" width="110"><template #default="{ row }"><span :class="['se-status', row.inspectionStatus]">{{ INSPECTION[row.inspectionStatus] || row.inspectionStatus }}</span></template></el-table-column>
    </el-table>
  </div>`,
};
