// 电梯困人故障: entrapments and faults reported for elevators, and their handling. Console API 1.0.
import { ref, reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { api, ListPage, routeQuery, setRouteQuery, formatDateTime, useUser, enterpriseName } from '@anjian/console-sdk';
import { EVENT_KIND, EVENT_STATUS, STYLES } from './labels.js';

export const styles = STYLES;

export default {
  name: 'ElevatorEvents',
  components: { ListPage },
  setup() {
    const user = useUser();
    const query = ref({ ...routeQuery() });
    const list = ref(null);
    const dialog = reactive({ open: false, event: null, note: '', busy: false, error: '' });
    const columns = [
      { prop: 'at', label: '发生时间', width: 150, formatter: (e) => formatDateTime(e.at) },
      { prop: 'kind', label: '类型', width: 80, formatter: (e) => EVENT_KIND[e.kind] || e.kind },
      { prop: 'enterpriseCreditCode', label: '使用单位', minWidth: 200, formatter: (e) => enterpriseName(e.enterpriseCreditCode) },
      { prop: 'description', label: '情况', minWidth: 220 },
      { prop: 'status', label: '状态', width: 100 },
      { prop: 'note', label: '处置说明', minWidth: 160 },
      { prop: 'actions', label: '操作', width: 90 },
    ];
    const filters = [{ name: 'status', label: '状态', type: 'select', options: Object.entries(EVENT_STATUS).map(([value, label]) => ({ value, label })) }];
    function handle(event) {
      Object.assign(dialog, { open: true, event, note: '', busy: false, error: '' });
    }
    async function confirm() {
      dialog.busy = true;
      try {
        await api(`/domains/special-equipment/elevator-events/${encodeURIComponent(dialog.event.id)}/handle`, { method: 'POST', body: { note: dialog.note.trim() || null } });
        dialog.open = false;
        ElMessage.success('已处置');
        list.value.reload();
      } catch (e) {
        dialog.error = e.display || e.message;
      } finally {
        dialog.busy = false;
      }
    }
    return { user, query, list, columns, filters, EVENT_STATUS, dialog, handle, confirm, setQuery: (q) => { query.value = q; setRouteQuery(q); } };
  },
  template: `
  <div>
    <list-page ref="list" list-id="se-elevator-events" path="/domains/special-equipment/elevator-events" :columns="columns" :filters="filters"
               :query="query" :row-clickable="false" @update:query="setQuery">
      <template #cell-status="{ row }"><span :class="['se-status', row.status]">{{ EVENT_STATUS[row.status] || row.status }}</span></template>
      <template #cell-actions="{ row }"><el-button v-if="user.canWrite && row.status === 'RAISED'" size="small" @click="handle(row)">处置</el-button></template>
    </list-page>
    <el-dialog v-model="dialog.open" title="处置电梯事件" width="480px">
      <el-input v-model="dialog.note" type="textarea" maxlength="1000" placeholder="处置说明（如：维保人员已到场解救）" aria-label="处置说明" />
      <div v-if="dialog.error" class="el-form-item__error" style="position: static">{{ dialog.error }}</div>
      <template #footer>
        <el-button @click="dialog.open = false">取消</el-button>
        <el-button type="primary" :loading="dialog.busy" @click="confirm">确定</el-button>
      </template>
    </el-dialog>
  </div>`,
};
