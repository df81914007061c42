// The chemical widget of the dashboard: alarms waiting for handling, and the latest ones. Console API 1.0.
import { ref, onMounted } from 'vue';
import { api, navigate, formatDateTime } from '@anjian/console-sdk';

export default {
  name: 'ChemicalAlarmsWidget',
  setup() {
    const raised = ref(null);
    const escalated = ref(null);
    const latest = ref([]);
    const error = ref('');
    onMounted(async () => {
      try {
        const [r, e] = await Promise.all([
          api('/domains/chemical/alarms', { query: { status: 'RAISED', limit: 5 } }),
          api('/domains/chemical/alarms', { query: { status: 'ESCALATED', limit: 1 } }),
        ]);
        raised.value = r.total;
        escalated.value = e.total;
        latest.value = r.items;
      } catch (x) {
        error.value = x.display || x.message;
      }
    });
    return { raised, escalated, latest, error, formatDateTime, go: (q) => navigate('/domains/chemical/alarms?status=' + q) };
  },
  template: `
  <div>
    <el-alert v-if="error" type="error" :closable="false" :title="error" />
    <template v-else>
      <div style="display: flex; gap: 24px; margin-bottom: 8px">
        <a href="#" @click.prevent="go('RAISED')" style="text-decoration: none; color: #a51d1d">待处置报警 <strong style="font-size: 24px">{{ raised ?? '—' }}</strong></a>
        <a href="#" @click.prevent="go('ESCALATED')" style="text-decoration: none; color: #8a4b00">已转隐患 <strong style="font-size: 24px">{{ escalated ?? '—' }}</strong></a>
      </div>
      <ul style="margin: 0; padding-left: 18px; line-height: 1.8">
        <li v-for="a in latest" :key="a.id">{{ formatDateTime(a.raisedAt) }} {{ a.pointName }} {{ a.value }}{{ a.unit }}</li>
        <li v-if="!latest.length" style="list-style: none; margin-left: -18px; color: #5c6370">暂无待处置报警</li>
      </ul>
    </template>
  </div>`,
};
