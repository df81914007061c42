import { describe, it, expect } from 'vitest';
import { kpisOf, statusChart, monthlyChart, townshipChart } from '../src/views/dashboard-charts.js';
import { centroid, spread } from '../src/components/county-map.js';
import { allowed } from '../src/router.js';

const overview = { enterprises: 330, enterprisesByColour: { RED: 12, ORANGE: 40, YELLOW: 100, BLUE: 178 }, openHazards: 150,
  openByGrade: { GENERAL: 130, MAJOR: 20 },
  openByStatusAndGrade: { REGISTERED: { GENERAL: 25, MAJOR: 5 }, ASSIGNED: { GENERAL: 45, MAJOR: 5 }, RECTIFYING: { GENERAL: 35, MAJOR: 5 }, SUBMITTED: { GENERAL: 25, MAJOR: 5 } },
  byStatus: { REGISTERED: 30, ASSIGNED: 50, RECTIFYING: 40, SUBMITTED: 30, CLOSED: 270 },
  overdue: 40, supervised: 30, listed: 5 };

describe('dashboard', () => {
  it('shows the API\'s figures and links each to the list that explains it', () => {
    const k = Object.fromEntries(kpisOf(overview).map((x) => [x.key, x]));
    expect(k.openHazards.value).toBe(150);
    expect(k.majorOpen.value).toBe(20);
    expect(k.overdue.to).toBe('/hazards?overdue=true');
    expect(k.listed.to).toBe('/hazards?supervision=LISTED&open=true');
  });

  it('charts open hazards by status, stacked by grade, not the closed ones', () => {
    const o = statusChart(overview, (d, c) => c);
    expect(o.xAxis.data).toEqual(['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED']);
    expect(o.series[0].data.map((d) => d.value)).toEqual([25, 45, 35, 25]);
    expect(o.series[1].data.map((d) => [d.status, d.grade, d.value])[1]).toEqual(['ASSIGNED', 'MAJOR', 5]);
  });

  it('charts months and townships as given', () => {
    expect(monthlyChart([{ month: '2026-11', registered: 3, closed: 1 }]).series.map((s) => s.data)).toEqual([[3], [1]]);
    const t = townshipChart([{ code: '330999001000', name: '城关街道', enterprises: 40, openHazards: 9, overdue: 2, majorOpen: 1 }]);
    expect(t.yAxis.data).toEqual(['城关街道']);
    expect(t.series.map((s) => s.data[0])).toEqual([40, 9, 2]);
  });

  it('places markers near the township\'s centre, stably', () => {
    const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(centroid(square)).toEqual([1, 1]);
    expect(spread('91330999X', 1)).toEqual(spread('91330999X', 1));
    expect(Math.hypot(...spread('91330999X', 3))).toBeLessThan(0.04);
  });
});

describe('routes', () => {
  it('keeps administration to administrators and forms to writers', () => {
    const leader = { roles: ['leader'], canWrite: false };
    const admin = { roles: ['bureau-admin'], canWrite: true };
    expect(allowed({ roles: ['bureau-admin'] }, leader)).toBe(false);
    expect(allowed({ roles: ['bureau-admin'] }, admin)).toBe(true);
    expect(allowed({ write: true }, leader)).toBe(false);
    expect(allowed({}, leader)).toBe(true);
  });
});
