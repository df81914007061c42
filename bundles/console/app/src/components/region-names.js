import { reactive } from 'vue';
import { loadRegions } from '@anjian/console-sdk';

const names = reactive({});
let loading = null;

/** Region names by code for table cells (loaded once; cells fill in when they arrive). */
export function useRegionNames() {
  if (!loading) {
    loading = loadRegions().then((regions) => {
      for (const r of regions) names[r.code] = r.name;
    }).catch(() => { loading = null; });
  }
  return {
    name: (code) => (code ? names[code] || code : ''),
    township: (code) => (code ? names[code.slice(0, 9) + '000'] || '' : ''),
  };
}
