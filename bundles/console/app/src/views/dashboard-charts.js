// The dashboard's charts as ECharts options, from the statistics endpoints (pure functions: tested without a browser).
const STATUSES = ['REGISTERED', 'ASSIGNED', 'RECTIFYING', 'SUBMITTED'];
const COLOURS = ['RED', 'ORANGE', 'YELLOW', 'BLUE'];

export function kpisOf(o) {
  return [
    { key: 'enterprises', label: '企业总数', value: o.enterprises, to: '/enterprises' },
    { key: 'openHazards', label: '未销号隐患', value: o.openHazards, to: '/hazards?open=true', cls: 'kpi--amber' },
    { key: 'majorOpen', label: '重大隐患（未销号）', value: o.openByGrade ? o.openByGrade.MAJOR : undefined, to: '/hazards?grade=MAJOR&open=true', cls: 'kpi--red' },
    { key: 'overdue', label: '逾期未整改', value: o.overdue, to: '/hazards?overdue=true', cls: 'kpi--orange' },
    { key: 'supervised', label: '督办', value: o.supervised, to: '/hazards?supervision=SUPERVISED&open=true', cls: 'kpi--orange' },
    { key: 'listed', label: '挂牌督办', value: o.listed, to: '/hazards?supervision=LISTED&open=true', cls: 'kpi--red' },
  ];
}

export function colourChart(o, palette, label) {
  if (!o) return {};
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 家（{d}%）' },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['40%', '68%'], center: ['50%', '45%'], label: { formatter: '{c}' },
      data: COLOURS.map((c) => ({ name: label('riskColour', c), value: o.enterprisesByColour[c] || 0, code: c, itemStyle: { color: palette[c].fill } })),
    }],
  };
}

export function statusChart(o, label) {
  if (!o) return {};
  const byGrade = (grade) => STATUSES.map((s) => ({ value: (o.openByStatusAndGrade[s] || {})[grade] || 0, status: s, grade }));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 16, top: 30, bottom: 50 },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: STATUSES.map((s) => label('hazardStatus', s)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { id: 'GENERAL', name: label('hazardGrade', 'GENERAL'), type: 'bar', stack: 'open', itemStyle: { color: '#4c7fd1' }, data: byGrade('GENERAL'), label: { show: true, position: 'inside', color: '#fff' } },
      { id: 'MAJOR', name: label('hazardGrade', 'MAJOR'), type: 'bar', stack: 'open', itemStyle: { color: '#c92a2a' }, data: byGrade('MAJOR') },
    ],
  };
}

export function monthlyChart(months) {
  if (!months) return {};
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: months.map((m) => m.month), axisLabel: { formatter: (v) => `${Number(v.slice(5))}月` } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '登记', type: 'line', data: months.map((m) => m.registered), itemStyle: { color: '#d9480f' } },
      { name: '销号', type: 'line', data: months.map((m) => m.closed), itemStyle: { color: '#2b7a3b' } },
    ],
  };
}

export function townshipChart(townships) {
  if (!townships) return {};
  const sorted = townships;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 110, right: 20, top: 10, bottom: 40 },
    yAxis: { type: 'category', data: sorted.map((t) => t.name), inverse: true },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '企业', type: 'bar', data: sorted.map((t) => t.enterprises), itemStyle: { color: '#8fafdf' } },
      { name: '未销号隐患', type: 'bar', data: sorted.map((t) => t.openHazards), itemStyle: { color: '#f08c00' } },
      { name: '逾期', type: 'bar', data: sorted.map((t) => t.overdue), itemStyle: { color: '#c92a2a' } },
    ],
  };
}
