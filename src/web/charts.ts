/**
 * Charts rendered on the server by ECharts to SVG strings, embedded inline: printable, testable, no script.
 * None relies on colour alone: lines differ by dash and marker, bars by pattern (ECharts decals), values are
 * labelled directly, and every chart is followed by a table of its data.
 */
import * as echarts from 'echarts';
import type { DefaultLabelFormatterCallbackParams as LabelParams, EChartsOption } from 'echarts';
import type { MissionResolution } from '../store/mission.js';
import type { ComponentDeployment } from '../tables/deployment.js';
import type { StrengthRow } from '../tables/strength.js';
import { escapeHtml, formatDate, formatNumber, symbolLink, table } from './html.js';

const PALETTE = ['#2f5d8a', '#b5651d', '#4d7f4a', '#7a4e8c', '#8a6d2f', '#3f7f86'];
const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
const MARKERS = ['circle', 'triangle', 'rect', 'diamond'] as const;
const CHART_WIDTH = 880;
const FONT = { fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif', fontSize: 12, color: '#222' };

function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A chart with its caption and the table of its data. */
function figure(svg: string, caption: string, dataTable: string): string {
  return `<figure class="chart"><div class="chart-svg" role="img" aria-label="${escapeHtml(caption)}">${svg}</div>`
    + `<figcaption>${escapeHtml(caption)}</figcaption>${dataTable}</figure>`;
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY_MS = 86_400_000;

/** A time axis in whole years, padded so that labels at the first and last points stay inside the chart. */
const yearAxis = {
  type: 'time' as const,
  minInterval: 365 * DAY_MS,
  min: (range: { min: number }) => range.min - 120 * DAY_MS,
  max: (range: { max: number }) => range.max + 120 * DAY_MS,
  axisLabel: { formatter: '{yyyy}', hideOverlap: true },
  splitLine: { show: true, lineStyle: { color: '#e8e8e8' } },
};

/** Each resolution's mandate as a bar from adoption to expiry, on a time axis, today marked. */
export function mandateTimelineChart(resolutions: MissionResolution[], today: string): string {
  const dated = resolutions.filter((r) => r.date);
  const symbols = dated.map((r) => r.symbol);
  const series = dated.map((r) => ({
    type: 'line' as const,
    name: r.symbol,
    color: PALETTE[0],
    lineStyle: { width: 10, type: r.expires ? 'solid' as const : 'dotted' as const },
    symbol: 'rect',
    symbolSize: [3, 16],
    // The adoption labelled below the bar from its start, the expiry above it up to its end: never on each other.
    data: [
      { value: [time(r.date!), r.symbol], label: { show: true, position: 'bottom' as const, align: 'left' as const, formatter: `adopted ${formatDate(r.date)}` } },
      ...(r.expires ? [{ value: [time(r.expires), r.symbol], label: { show: true, position: 'top' as const, align: 'right' as const, formatter: `expires ${formatDate(r.expires)}` } }] : []),
    ],
  }));
  const todayLine = {
    type: 'line' as const,
    name: 'today',
    data: [],
    markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed' as const, color: '#555' }, label: { formatter: `today ${formatDate(today)}`, position: 'start' as const }, data: [{ xAxis: time(today) }] },
  };
  const height = 90 + 56 * Math.max(1, dated.length);
  const svg = renderSvg({
    grid: { left: 130, right: 70, top: 40, bottom: 40 },
    xAxis: yearAxis,
    yAxis: { type: 'category', data: symbols, inverse: true, axisTick: { show: false } },
    series: [...series, todayLine],
  }, CHART_WIDTH, height);
  const rows = resolutions.map((r) => [symbolLink(r.symbol), formatDate(r.date), r.expires ? formatDate(r.expires) : 'no expiry read']);
  return figure(svg, 'Mandate periods: from adoption to expiry of each resolution', table(['Resolution', 'Adopted', 'Mandate expires'], rows, { className: 'data' }));
}

/** The authorized ceiling of each component as set by each resolution, as steps over time, values labelled. */
export function ceilingsChart(resolutions: MissionResolution[]): string {
  const withCeilings = resolutions.filter((r) => r.date && r.ceilings.length);
  const components = [...new Set(withCeilings.flatMap((r) => r.ceilings.map((c) => c.component)))];
  if (components.length === 0) return '<p class="muted">No stored resolution of this mission sets personnel ceilings.</p>';
  // Each ceiling holds from its resolution's adoption; the last one until the last mandate expires, drawn without a marker.
  const lastExpiry = withCeilings.map((r) => r.expires).filter((e): e is string => e !== null).sort().at(-1);
  const steps = (component: string) => {
    const points: object[] = withCeilings.flatMap((r) => {
      const ceiling = r.ceilings.find((c) => c.component === component);
      return ceiling ? [{ value: [time(r.date!), ceiling.max] }] : [];
    });
    const last = points.at(-1) as { value: [number, number] } | undefined;
    if (last && lastExpiry && time(lastExpiry) > last.value[0]) {
      points.push({ value: [time(lastExpiry), last.value[1]], symbol: 'none', label: { show: false } });
    }
    return points;
  };
  const series = components.map((component, i) => ({
    type: 'line' as const,
    name: `${component} personnel`,
    step: 'end' as const,
    symbol: MARKERS[i % MARKERS.length],
    symbolSize: 9,
    lineStyle: { width: 2.5, type: LINE_STYLES[i % LINE_STYLES.length] },
    data: steps(component),
    label: { show: true, position: 'top' as const, formatter: (p: LabelParams) => formatNumber((p.value as number[])[1]) },
  }));
  const svg = renderSvg({
    legend: { top: 0, itemWidth: 36, itemGap: 28 },
    grid: { left: 70, right: 40, top: 44, bottom: 40 },
    xAxis: yearAxis,
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series,
  }, CHART_WIDTH, 320);
  const rows = withCeilings.map((r) => [
    symbolLink(r.symbol), formatDate(r.date),
    ...components.map((component) => {
      const ceiling = r.ceilings.find((c) => c.component === component);
      return ceiling ? formatNumber(ceiling.max) : '—';
    }),
  ]);
  return figure(svg, 'Authorized personnel ceilings set by each resolution', table(['Resolution', 'Adopted', ...components.map((c) => `${escapeHtml(c)} ceiling`)], rows, { className: 'data' }));
}

const patterned = { aria: { enabled: true, decal: { show: true } } };

/** Deployed strength of each component against its ceiling, with the share of women. */
export function deploymentChart(components: ComponentDeployment[], asAt: string | null): string {
  const names = components.map((c) => c.component);
  const svg = renderSvg({
    ...patterned,
    legend: { top: 0 },
    grid: { left: 90, right: 90, top: 40, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [
      { type: 'bar', name: 'deployed', data: components.map((c) => c.deployed.total), label: { show: true, position: 'right', formatter: (p: LabelParams) => formatNumber(p.value as number) } },
      { type: 'bar', name: 'authorized ceiling', data: components.map((c) => c.ceiling?.max ?? null), label: { show: true, position: 'right', formatter: (p: LabelParams) => formatNumber(p.value as number) } },
    ],
  }, CHART_WIDTH, 100 + 70 * Math.max(1, components.length));
  const rows = components.map((c) => [
    escapeHtml(c.component), formatNumber(c.deployed.total), formatNumber(c.deployed.men), formatNumber(c.deployed.women),
    c.ceiling ? formatNumber(c.ceiling.max) : '—',
    c.percentOfCeiling === null ? '—' : `${c.percentOfCeiling} %`,
    c.womenPercent === null ? '—' : `${c.womenPercent} %`,
  ]);
  return figure(svg, `Deployed personnel against the authorized ceilings${asAt ? `, as at ${formatDate(asAt)}` : ''}`,
    table(['Component', 'Deployed', 'Men', 'Women', 'Ceiling', 'Of ceiling', 'Women'], rows, { className: 'data' }));
}

/** How many countries the by-country chart shows; the table under it lists them all. */
const COUNTRIES_CHARTED = 15;

const headcount = (row: StrengthRow) => ({
  men: (row.military?.men ?? 0) + (row.totalPolice?.men ?? 0),
  women: (row.military?.women ?? 0) + (row.totalPolice?.women ?? 0),
  total: (row.military?.total ?? 0) + (row.totalPolice?.total ?? 0),
});

/** Military and police personnel by contributing country, men and women stacked, the largest contributors charted. */
export function countryChart(rows: StrengthRow[]): string {
  const ranked = [...rows].sort((a, b) => headcount(b).total - headcount(a).total);
  const charted = ranked.slice(0, COUNTRIES_CHARTED);
  const names = charted.map((r) => r.country?.name ?? r.name);
  const svg = renderSvg({
    ...patterned,
    legend: { top: 0 },
    grid: { left: 170, right: 70, top: 36, bottom: 30 },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      { type: 'bar', name: 'men', stack: 'people', data: charted.map((r) => headcount(r).men) },
      {
        type: 'bar', name: 'women', stack: 'people', data: charted.map((r) => headcount(r).women),
        label: { show: true, position: 'right', formatter: (p: LabelParams) => {
          const count = headcount(charted[p.dataIndex]);
          return `${formatNumber(count.total)} (${formatNumber(count.women)} women)`;
        } },
      },
    ],
  }, CHART_WIDTH, 80 + 26 * Math.max(1, charted.length));
  const tableRows = ranked.map((r) => {
    const count = headcount(r);
    return [escapeHtml(r.country?.name ?? r.name), formatNumber(r.military?.total ?? 0), formatNumber(r.totalPolice?.total ?? 0), formatNumber(count.men), formatNumber(count.women), formatNumber(count.total)];
  });
  const caption = `Military and police personnel by country and gender${ranked.length > charted.length ? ` (the ${charted.length} largest of ${ranked.length} contributors)` : ''}`;
  return figure(svg, caption, `<details><summary>All ${ranked.length} contributing countries</summary>${table(['Country', 'Military', 'Police', 'Men', 'Women', 'Total'], tableRows, { className: 'data' })}</details>`);
}
