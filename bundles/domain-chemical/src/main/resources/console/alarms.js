// 监测预警: the chemical domain's alarms (readings beyond a point's limit) and their handling. Console API 1.0.
import { ref, reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { api, ListPage, routeQuery, setRouteQuery, formatDateTime, useUser, enterpriseName } from '@anjian/console-sdk';

const STATUS = { RAISED: '待处置', ESCALATED: '已转隐患', HANDLED: '已处置' };

export const styles = `
.al-status { font-size: 12px; padding: 1px 6px; border-radius: 3px; border: 1px solid #ced4da; }
.al-status.RAISED { color: #a51d1d; border-color: #f5b5b5; background: #fff0f0; }
.al-status.ESCALATED { color: #8a4b00; border-color: #f5c58a; }
.al-status.HANDLED { color: #1e6b33; border-color: #a7dfb4; }
`;

export default {
  name: 'ChemicalAlarms',
  components: { ListPage },
  setup() {
    const user = useUser();
    const query = ref({ status: 'RAISED', ...routeQuery() });
    const list = ref(null);
    const dialog = reactive({ open: false, alarm: null, note: '', busy: false, error: '' });
    const columns = [
      { prop: 'raisedAt', label: '报警时间', width: 150, formatter: (a) => formatDateTime(a.raisedAt) },
      { prop: 'pointName', label: '监测点', minWidth: 160, formatter: (a) => `${a.pointName}（${a.pointTag}）` },
      { prop: 'enterpriseCreditCode', label: '企业', minWidth: 200, formatter: (a) => enterpriseName(a.enterpriseCreditCode) },
      { prop: 'value', label: '读数', width: 120, formatter: (a) => `${a.value} ${a.unit || ''}` },
      { prop: 'limitValue', label: '限值', width: 120, formatter: (a) => `${a.direction === 'HIGH' ? '≤' : '≥'} ${a.limitValue} ${a.unit || ''}` },
      { prop: 'status', label: '状态', width: 100 },
      { prop: 'handledBy', label: '处置人', width: 110, hidden: true },
      { prop: 'note', label: '处置说明', minWidth: 160 },
      { prop: 'actions', label: '操作', width: 90 },
    ];
    const filters = [{ name: 'status', label: '状态', type: 'select', options: Object.entries(STATUS).map(([value, label]) => ({ value, label })) }];

    function handle(alarm) {
      Object.assign(dialog, { open: true, alarm, note: '', busy: false, error: '' });
    }
    async function confirm() {
      dialog.busy = true;
      try {
        await api(`/domains/chemical/alarms/${encodeURIComponent(dialog.alarm.id)}/handle`, { method: 'POST', body: { note: dialog.note.trim() || null } });
        dialog.open = false;
        ElMessage.success('已处置');
        list.value.reload();
      } catch (e) {
        dialog.error = e.display || e.message;
      } finally {
        dialog.busy = false;
      }
    }
    return { user, query, list, columns, filters, STATUS, dialog, handle, confirm, setQuery: (q) => { query.value = q; setRouteQuery(q); } };
  },
  template: `
  <div>
    <list-page ref="list" list-id="chemical-alarms" path="/domains/chemical/alarms" :columns="columns" :filters="filters" :query="query"
               :row-clickable="false" @update:query="setQuery">
      <template #cell-status="{ row }"><span :class="['al-status', row.status]">{{ STATUS[row.status] }}</span></template>
      <template #cell-actions="{ row }">
        <el-button v-if="user.canWrite && row.status !== 'HANDLED'" size="small" @click="handle(row)">处置</el-button>
      </template>
    </list-page>
    <el-dialog v-model="dialog.open" title="处置监测报警" width="480px">
      <p v-if="dialog.alarm">{{ dialog.alarm.pointName }}（{{ dialog.alarm.pointTag }}）读数 {{ dialog.alarm.value }} {{ dialog.alarm.unit }}</p>
      <el-input v-model="dialog.note" type="textarea" maxlength="1000" placeholder="处置说明" aria-label="处置说明" />
      <div v-if="dialog.error" class="el-form-item__error" style="position: static">{{ dialog.error }}</div>
      <template #footer>
        <el-button @click="dialog.open = false">取消</el-button>
        <el-button type="primary" :loading="dialog.busy" @click="confirm">确定</el-button>
      </template>
    </el-dialog>
  </div>`,
};
