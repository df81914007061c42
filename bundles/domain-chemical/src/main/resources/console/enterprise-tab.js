// The chemical tab of an enterprise's record: its major hazard sources and its monitoring alarms. Console API 1.0.
import { ref, onMounted } from 'vue';
import { api, navigate, formatDateTime } from '@anjian/console-sdk';

const GRADE = ['', '一级', '二级', '三级', '四级'];
const STATUS = { RAISED: '待处置', ESCALATED: '已转隐患', HANDLED: '已处置' };

export default {
  name: 'ChemicalEnterpriseTab',
  props: { creditCode: { type: String, required: true }, enterprise: Object },
  setup(props) {
    const sources = ref(null);
    const alarms = ref(null);
    const error = ref('');
    onMounted(async () => {
      try {
        const [s, a] = await Promise.all([
          api('/domains/chemical/major-hazard-sources', { query: { enterpriseCreditCode: props.creditCode, limit: 100 } }),
          api('/domains/chemical/alarms', { query: { enterpriseCreditCode: props.creditCode, limit: 20 } }),
        ]);
        sources.value = s.items;
        alarms.value = a.items;
      } catch (e) {
        error.value = e.display || e.message;
      }
    });
    return { sources, alarms, error, GRADE, STATUS, formatDateTime, open: (s) => navigate(`/domains/chemical/major-hazard?source=${s.id}`) };
  },
  template: `
  <div>
    <el-alert v-if="error" type="error" :closable="false" :title="'危化品信息加载失败：' + error" />
    <template v-else>
      <h3 style="font-size: 15px">重大危险源</h3>
      <el-table :data="sources || []" v-loading="!sources" border @row-click="open">
        <template #empty>该企业未登记重大危险源</template>
        <el-table-column prop="name" label="名称" />
        <el-table-column label="级别" width="100"><template #default="{ row }">{{ row.major ? GRADE[row.grade] : '未构成' }}</template></el-table-column>
        <el-table-column label="R 值" width="90" align="right"><template #default="{ row }">{{ row.r.toFixed(2) }}</template></el-table-column>
      </el-table>
      <h3 style="font-size: 15px">最近的监测报警</h3>
      <el-table :data="alarms || []" v-loading="!alarms" border>
        <template #empty>暂无监测报警</template>
        <el-table-column label="时间" width="150"><template #default="{ row }">{{ formatDateTime(row.raisedAt) }}</template></el-table-column>
        <el-table-column label="监测点"><template #default="{ row }">{{ row.pointName }}（{{ row.pointTag }}）</template></el-table-column>
        <el-table-column label="读数 / 限值" width="160"><template #default="{ row }">{{ row.value }} / {{ row.limitValue }} {{ row.unit }}</template></el-table-column>
        <el-table-column label="状态" width="100"><template #default="{ row }">{{ STATUS[row.status] }}</template></el-table-column>
      </el-table>
    </template>
  </div>`,
};
