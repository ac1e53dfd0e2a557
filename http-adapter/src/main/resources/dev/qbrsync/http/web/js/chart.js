// The metrics chart: the revenue categories, total expenses and net profit per month, drawn by uPlot (served from
// its WebJar and loaded by the page before this module).
import { el, replaceContent } from './dom.js';
import { amount, month, monthStartSeconds, roundAmount } from './format.js';
import { metricLabel } from './metric-keys.js';

const HEIGHT = 320;
const LINES = [
  { code: 'nrr', color: '#1f77b4' }, { code: 'mrr', color: '#2ca02c' }, { code: 'orr', color: '#17becf' },
  { code: 'product_sales', color: '#9467bd' }, { code: 'misc_revenue', color: '#8c564b' },
  { code: 'total_expenses', color: '#d62728' }, { code: 'net_profit', color: '#111111', width: 3 },
];

/** Draws the months' values into `target`; `valueOf(month, code)` gives a metric's value or null. */
export function drawChart(target, months, valueOf) {
  const data = [months.map(monthStartSeconds), ...LINES.map(({ code }) => months.map((m) => valueOf(m, code)))];
  const byTime = new Map(months.map((m) => [monthStartSeconds(m), m]));
  const options = {
    padding: [12, 36, 0, 0],
    // Until the pointer is on the chart, its legend shows the latest month.
    hooks: { ready: [(plot) => plot.setLegend({ idx: months.length - 1 })] },
    scales: { x: { time: true } },
    series: [
      { label: 'Month', value: (plot, seconds) => (seconds == null ? '' : month(byTime.get(seconds) ?? '1970-01')) },
      ...LINES.map(({ code, color, width }) => ({
        label: metricLabel(code), stroke: color, width: width ?? 2, points: { size: 6 },
        value: (plot, value) => (value == null ? '' : amount(value)),
      })),
    ],
    axes: [
      { splits: () => everyNthMonth(data[0], target.clientWidth),
        values: (plot, ticks) => ticks.map((seconds) => month(byTime.get(seconds) ?? '1970-01')) },
      { size: 80, values: (plot, ticks) => ticks.map(roundAmount) },
    ],
  };
  plot(target, options, data);
}

/** Draws a uPlot chart as wide as `target`, following its width; an error instead when uPlot did not load. */
export function plot(target, options, data, height = HEIGHT) {
  if (typeof window.uPlot !== 'function') {
    replaceContent(target, el('p', { class: 'error', role: 'alert' }, 'The chart library did not load.'));
    return;
  }
  replaceContent(target);
  const width = () => Math.max(target.clientWidth, 280);
  const chart = new window.uPlot({ ...options, width: width(), height }, data, target);
  const resize = new ResizeObserver(() => {
    if (!target.isConnected) resize.disconnect();
    else chart.setSize({ width: width(), height });
  });
  resize.observe(target);
}

/** Month ticks, thinned so their labels (about 70 pixels each) never overlap. */
function everyNthMonth(starts, width) {
  const step = Math.max(1, Math.ceil(starts.length / Math.max(1, Math.floor(width / 70))));
  return starts.filter((start, index) => (starts.length - 1 - index) % step === 0);
}
