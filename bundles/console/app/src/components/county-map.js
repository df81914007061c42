// The county map (一张图): township outlines coloured by open hazards, domain markers placed in their townships.
import * as echarts from 'echarts';

const LEVEL_COLOURS = { RED: '#c92a2a', ORANGE: '#e8590c', YELLOW: '#e0a800', BLUE: '#1971c2' };
export const MAP_NAME = 'anjian-county';

/** The centroid of a polygon ring (longitude, latitude). */
export function centroid(ring) {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f;
    x += (x0 + x1) * f;
    y += (y0 + y1) * f;
  }
  return a === 0 ? ring[0] : [x / (3 * a), y / (3 * a)];
}

function outerRing(geometry) {
  return geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0][0];
}

/** A stable small offset for a marker, so that the markers of one township do not sit on each other. */
export function spread(key, index, radius = 0.03) {
  let h = 0;
  for (const c of key) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const angle = ((h % 360) * Math.PI) / 180 + index * 2.39996;
  const r = radius * (0.55 + ((h >>> 9) % 100) / 200);
  return [Math.cos(angle) * r, Math.sin(angle) * r * 0.85];
}

/** The GeoJSON for ECharts (feature names are the township names) and the centre of each township by code. */
export function prepare(collection) {
  const centres = {};
  const features = collection.features.map((f) => {
    centres[f.properties.code] = centroid(outerRing(f.geometry));
    return { type: 'Feature', properties: { name: f.properties.name, code: f.properties.code }, geometry: f.geometry };
  });
  echarts.registerMap(MAP_NAME, { type: 'FeatureCollection', features });
  return centres;
}

export function mapOption(collection, markers, centres, { dark = false } = {}) {
  const figures = collection.features.map((f) => f.properties);
  const max = Math.max(1, ...figures.map((t) => t.openHazards));
  const kinds = [...new Set(markers.map((m) => m.kindZh))];
  const perTownship = {};
  const scatter = kinds.map((kind) => ({
    name: kind,
    type: 'scatter',
    coordinateSystem: 'geo',
    symbol: kind.includes('危险源') ? 'triangle' : 'circle',
    symbolSize: 11,
    // the legend's colour; each point has its own by level
    itemStyle: { color: kind.includes('危险源') ? '#c92a2a' : '#e8590c', borderColor: '#fff', borderWidth: 1 },
    data: markers.filter((m) => m.kindZh === kind).map((m) => {
      const town = m.regionCode.slice(0, 9) + '000';
      const centre = centres[town];
      if (!centre) return null;
      perTownship[town] = (perTownship[town] || 0) + 1;
      const [dx, dy] = spread(m.enterpriseCreditCode + m.label, perTownship[town]);
      return { name: m.label, value: [centre[0] + dx, centre[1] + dy], marker: m, itemStyle: { color: LEVEL_COLOURS[m.level] || '#555' } };
    }).filter(Boolean),
  }));
  const text = dark ? '#e6edf7' : '#1f2329';
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p) => (p.data && p.data.marker ? `${p.data.marker.kindZh}<br/>${p.name}`
        : p.data ? `${p.name}<br/>未销号隐患 ${p.data.value} 项<br/>逾期 ${p.data.overdue} 项<br/>重大隐患 ${p.data.majorOpen} 项<br/>企业 ${p.data.enterprises} 家` : p.name),
    },
    legend: kinds.length ? { data: kinds, bottom: 0, textStyle: { color: text } } : undefined,
    visualMap: {
      min: 0, max, left: 10, bottom: 30, text: ['多', '少'], calculable: false, seriesIndex: 0,
      inRange: { color: ['#e6f4ea', '#ffe8a3', '#f7a35c', '#d9480f'] }, textStyle: { color: text },
    },
    geo: {
      // the townships are light in both themes: their names dark, with a light outline to stay readable on markers
      map: MAP_NAME, roam: true, aspectScale: 0.9,
      label: { show: true, color: '#1f2329', fontSize: 12, textBorderColor: '#ffffff', textBorderWidth: 2 },
      itemStyle: { borderColor: dark ? '#7aa2d6' : '#fff', borderWidth: 1.5 },
      emphasis: { label: { color: '#1f2329' }, itemStyle: { areaColor: '#9fc8f0' } },
    },
    series: [
      {
        type: 'map', geoIndex: 0, name: '未销号隐患',
        data: figures.map((t) => ({ name: t.name, value: t.openHazards, code: t.code, overdue: t.overdue, majorOpen: t.majorOpen, enterprises: t.enterprises })),
      },
      ...scatter,
    ],
  };
}
