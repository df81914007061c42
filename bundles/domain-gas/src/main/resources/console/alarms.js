// 燃气报警: gas users' leak and device-fault alarms and their handling. A leak alarm not handled in time becomes a
// hazard (status ESCALATED, linked to the hazard); handling it closes that hazard. Console API 1.0.
import { ref, reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { api, ListPage, routeQuery, setRouteQuery, navigate, formatDateTime, useUser, enterpriseName } from '@anjian/console-sdk';
import { ALARM_KIND, ALARM_STATUS, STYLES, tagClass, optionsOf, apiFieldProblem } from './labels.js';

export const styles = STYLES;

/** Minutes since an instant (null when unknown). */
function minutesSince(at) {
  const t = Date.parse(at);
  return Number.isNaN(t) ? null : Math.max(0, Math.floor((Date.now() - t) / 60000));
}

/** 25 分钟, 3 小时 5 分钟, 2 天 */
function duration(minutes) {
  if (minutes === null) return '';
  if (minutes < 60) return `${minutes} 分钟`;
  if (minutes < 1440) return `${Math.floor(minutes / 60)} 小时${minutes % 60 ? ` ${minutes % 60} 分钟` : ''}`;
  return `${Math.floor(minutes / 1440)} 天`;
}

export default {
  name: 'GasAlarms',
  components: { ListPage },
  setup() {
    const user = useUser();
    const query = ref({ status: 'RAISED', ...routeQuery() });
    const list = ref(null);
    const columns = [
      { prop: 'raisedAt', label: '报警时间', width: 160, ellipsis: false },
      { prop: 'kind', label: '报警类型', width: 100, ellipsis: false },
      { prop: 'userName', label: '燃气用户', minWidth: 160 },
      { prop: 'enterpriseCreditCode', label: '所属单位', minWidth: 200, formatter: (a) => enterpriseName(a.enterpriseCreditCode) },
      { prop: 'status', label: '状态', width: 100, ellipsis: false },
      { prop: 'handledAt', label: '处置时间', width: 150, formatter: (a) => formatDateTime(a.handledAt) || '—' },
      { prop: 'handledBy', label: '处置人', width: 110, hidden: true },
      { prop: 'note', label: '说明', minWidth: 180 },
      { prop: 'hazardId', label: '隐患', width: 110, ellipsis: false },
      { prop: 'actions', label: '操作', width: 90, ellipsis: false },
    ];
    const filters = [{ name: 'status', label: '状态', type: 'select', options: optionsOf(ALARM_STATUS), width: 130 }];

    const form = ref(null);
    const dialog = reactive({ open: false, alarm: null, note: '', busy: false, error: '', noteError: '' });
    const model = reactive({ note: '' });
    const RULES = {
      note: [{ required: true, message: '请填写处置情况', trigger: 'blur' }, { max: 1000, message: '处置情况不超过 1000 个字', trigger: 'blur' }],
    };
    function handle(alarm) {
      model.note = '';
      Object.assign(dialog, { open: true, alarm, busy: false, error: '', noteError: '' });
      if (form.value) form.value.clearValidate();
    }
    async function confirm() {
      dialog.error = '';
      dialog.noteError = '';
      const valid = await form.value.validate().catch(() => false);
      if (!valid) return;
      const alarm = dialog.alarm;
      dialog.busy = true;
      try {
        const handled = await api(`/domains/gas/alarms/${encodeURIComponent(alarm.id)}/handle`, { method: 'POST', body: { note: model.note.trim() } });
        dialog.open = false;
        ElMessage.success(alarm.hazardId ? `已处置，隐患 #${alarm.hazardId} 随之关闭` : `已处置${handled && handled.userName ? '「' + handled.userName + '」的报警' : ''}`);
        list.value.reload();
      } catch (e) {
        const at = e.status === 400 ? apiFieldProblem(e, ['note']) : null;
        if (at) {
          dialog.noteError = `处置情况：${at.message}`;
        } else {
          dialog.error = (e.status === 409 ? '无法处置：' : '处置失败：') + (e.display || e.message);
          if (e.status === 409) list.value.reload();
        }
      } finally {
        dialog.busy = false;
      }
    }
    const hazardPath = (id) => '/hazards/' + encodeURIComponent(id);
    const waited = (a) => (a.status === 'HANDLED' ? '' : duration(minutesSince(a.raisedAt)));

    return {
      user, query, list, columns, filters, form, dialog, model, RULES, handle, confirm, hazardPath, waited, formatDateTime,
      ALARM_KIND, ALARM_STATUS, tagClass, go: (to) => navigate(to),
      setQuery: (q) => { query.value = q; setRouteQuery(q); },
    };
  },
  template: `
  <div>
    <list-page ref="list" list-id="gas-alarms" path="/domains/gas/alarms" :columns="columns" :filters="filters" :query="query"
               :row-clickable="false" @update:query="setQuery">
      <template #cell-raisedAt="{ row }">
        <div>{{ formatDateTime(row.raisedAt) }}</div>
        <div v-if="waited(row)" class="gs-muted">已过 {{ waited(row) }}</div>
      </template>
      <template #cell-kind="{ row }"><span :class="tagClass('alarmKind', row.kind)">{{ ALARM_KIND[row.kind] || row.kind }}</span></template>
      <template #cell-status="{ row }"><span :class="tagClass('alarmStatus', row.status)">{{ ALARM_STATUS[row.status] || row.status }}</span></template>
      <template #cell-hazardId="{ row }">
        <a v-if="row.hazardId" class="gs-link" :href="'/console' + hazardPath(row.hazardId)" @click.prevent="go(hazardPath(row.hazardId))">隐患 #{{ row.hazardId }}</a>
        <span v-else class="gs-muted">—</span>
      </template>
      <template #cell-actions="{ row }">
        <el-button v-if="user.canWrite && row.status !== 'HANDLED'" size="small" :aria-label="'处置：' + (row.userName || '报警') + ' ' + formatDateTime(row.raisedAt)"
                   @click="handle(row)">处置</el-button>
      </template>
    </list-page>

    <el-dialog v-model="dialog.open" title="处置燃气报警" width="520px" :close-on-click-modal="false">
      <template v-if="dialog.alarm">
        <p>
          {{ formatDateTime(dialog.alarm.raisedAt) }}，{{ dialog.alarm.userName || '燃气用户' }}：
          <span :class="tagClass('alarmKind', dialog.alarm.kind)">{{ ALARM_KIND[dialog.alarm.kind] || dialog.alarm.kind }}</span>
        </p>
        <p v-if="dialog.alarm.note" class="gs-muted">报警说明：{{ dialog.alarm.note }}</p>
        <p v-if="dialog.alarm.hazardId" class="gs-warning">该报警已超时未处置并转为隐患 #{{ dialog.alarm.hazardId }}，处置后该隐患将随之关闭。</p>
      </template>
      <el-form ref="form" :model="model" :rules="RULES" label-position="top" novalidate @submit.prevent="confirm">
        <el-form-item label="处置情况" prop="note" :error="dialog.noteError">
          <el-input v-model="model.note" type="textarea" :rows="3" maxlength="1000" show-word-limit aria-label="处置情况"
                    placeholder="如：已到场关闭阀门、开窗通风，检测无泄漏" @input="dialog.noteError = ''" />
        </el-form-item>
        <div v-if="dialog.error" class="gs-error" role="alert">{{ dialog.error }}</div>
      </el-form>
      <template #footer>
        <el-button @click="dialog.open = false">取消</el-button>
        <el-button type="primary" :loading="dialog.busy" @click="confirm">确定</el-button>
      </template>
    </el-dialog>
  </div>`,
};
