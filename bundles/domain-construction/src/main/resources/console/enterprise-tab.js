// The construction tab of an enterprise's record: the projects it is the general contractor of, with their
// 危大工程 and key personnel. Console API 1.0.
import { ref, onMounted } from 'vue';
import { api, navigate } from '@anjian/console-sdk';
import { PROJECT_STATUS, STYLES } from './labels.js';

export const styles = STYLES;

const LIMIT = 50;

export default {
  name: 'ConstructionEnterpriseTab',
  props: { creditCode: { type: String, required: true }, enterprise: Object },
  setup(props) {
    const items = ref(null);
    const total = ref(0);
    const error = ref('');
    onMounted(async () => {
      try {
        const page = await api('/domains/construction/projects', { query: { enterpriseCreditCode: props.creditCode, limit: LIMIT } });
        items.value = page.items;
        total.value = page.total;
      } catch (e) {
        error.value = e.display || e.message;
      }
    });
    const projectPath = (p) => '/domains/construction/projects?id=' + encodeURIComponent(p.id);
    const allPath = () => '/domains/construction/projects?enterpriseCreditCode=' + encodeURIComponent(props.creditCode);
    return { items, total, error, PROJECT_STATUS, projectPath, allPath, go: (to) => navigate(to) };
  },
  template: `
  <div>
    <el-alert v-if="error" type="error" :closable="false" :title="'建筑施工项目加载失败：' + error" />
    <template v-else>
      <el-table :data="items || []" v-loading="!items" border>
        <template #empty>该单位无作为施工总承包单位的在建项目</template>
        <el-table-column label="项目名称" min-width="220">
          <template #default="{ row }"><a :href="'/console' + projectPath(row)" @click.prevent="go(projectPath(row))">{{ row.name }}</a></template>
        </el-table-column>
        <el-table-column prop="projectCode" label="项目编号" width="160" />
        <el-table-column label="状态" width="80"><template #default="{ row }"><span :class="['ct-tag', row.status]">{{ PROJECT_STATUS[row.status] || row.status }}</span></template></el-table-column>
        <el-table-column label="危大工程" width="120" align="right">
          <template #default="{ row }">{{ row.dangerousWorks }}<span v-if="row.beyondScaleWorks" class="ct-muted">（超危大 {{ row.beyondScaleWorks }}）</span></template>
        </el-table-column>
        <el-table-column label="关键岗位人员" width="230">
          <template #default="{ row }">
            <template v-if="row.keyPersonnel">
              <span :class="['ct-key', row.keyPersonnel.projectManager ? '' : 'is-missing']">项目负责人：{{ row.keyPersonnel.projectManager ? '已配备' : '缺' }}</span>
              <span :class="['ct-key', row.keyPersonnel.safetyOfficer ? '' : 'is-missing']">专职安全员：{{ row.keyPersonnel.safetyOfficer ? '已配备' : '缺' }}</span>
            </template>
          </template>
        </el-table-column>
      </el-table>
      <p v-if="items && total > items.length" class="ct-muted">
        共 {{ total }} 个项目，此处显示前 {{ items.length }} 个；<a :href="'/console' + allPath()" @click.prevent="go(allPath())">查看全部</a>
      </p>
    </template>
  </div>`,
};
