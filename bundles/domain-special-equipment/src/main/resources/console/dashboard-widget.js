// The special-equipment widget of the dashboard: equipment overdue for inspection and due within 30 days.
// Console API 1.0.
import { ref, onMounted } from 'vue';
import { api, navigate } from '@anjian/console-sdk';
import { STYLES } from './labels.js';

export const styles = STYLES;

export default {
  name: 'SpecialEquipmentWidget',
  setup() {
    const overdue = ref(null);
    const dueSoon = ref(null);
    const events = ref(null);
    const error = ref('');
    onMounted(async () => {
      try {
        const [o, d, e] = await Promise.all([
          api('/domains/special-equipment/equipment', { query: { overdue: true, limit: 1 } }),
          api('/domains/special-equipment/equipment', { query: { dueWithinDays: 30, limit: 1 } }),
          api('/domains/special-equipment/elevator-events', { query: { status: 'RAISED', limit: 1 } }),
        ]);
        overdue.value = o.total;
        dueSoon.value = d.total;
        events.value = e.total;
      } catch (x) {
        error.value = x.display || x.message;
      }
    });
    return { overdue, dueSoon, events, error, go: (to) => navigate(to) };
  },
  template: `
  <div>
    <el-alert v-if="error" type="error" :closable="false" :title="error" />
    <div v-else class="se-figures">
      <a href="#" style="color: #a51d1d" @click.prevent="go('/domains/special-equipment/equipment?overdue=true')">逾期未检<strong>{{ overdue ?? '—' }}</strong></a>
      <a href="#" style="color: #8a4b00" @click.prevent="go('/domains/special-equipment/equipment?dueWithinDays=30')">30天内到期<strong>{{ dueSoon ?? '—' }}</strong></a>
      <a href="#" style="color: #15538f" @click.prevent="go('/domains/special-equipment/elevator-events?status=RAISED')">电梯待处置<strong>{{ events ?? '—' }}</strong></a>
    </div>
  </div>`,
};
