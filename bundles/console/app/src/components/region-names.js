import { reactive } from 'vue';
import { loadRegions, useUser } from '@anjian/console-sdk';

const names = reactive({});
let loading = null;

/** Region names by code for table cells (loaded once; cells fill in when they arrive). */
export function useRegionNames() {
  if (!loading) {
    // the path to the user's jurisdiction (a grid member's village and township), then the regions inside it
    for (const r of useUser().jurisdictionPath || []) names[r.code] = r.name;
    loading = loadRegions().then((regions) => {
      for (const r of regions) names[r.code] = r.name;
    }).catch(() => { loading = null; });
  }
  return {
    name: (code) => (code ? names[code] || code : ''),
    township: (code) => (code ? names[code.slice(0, 9) + '000'] || '' : ''),
  };
}
