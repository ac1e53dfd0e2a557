// The review's charts, one bar or point per quarter: revenue by category as stacked bars, and the net margin. Until
// the pointer is on a chart, its legend shows the figures of the quarter under review (index `shown`).
import { plot } from './chart.js';
import { amount, percent, roundAmount } from './format.js';
import { REVENUE_CATEGORIES } from './metric-keys.js';

const COLORS = { nrr: '#1f77b4', mrr: '#2ca02c', orr: '#17becf', product_sales: '#9467bd', misc_revenue: '#8c564b' };
const HEIGHT = 300;

/** The x axis: one slot per period, labelled with its name ("2025-Q1"). */
function periodAxis(labels) {
  return {
    scale: { time: false, range: () => [-0.5, labels.length - 0.5] },
    axis: { splits: () => labels.map((label, index) => index),
      values: (chart, ticks) => ticks.map((index) => labels[index] ?? '') },
    series: { label: 'Quarter', value: (chart, index) => (index == null ? '' : labels[index] ?? '') },
  };
}

/**
 * Each category's bar stands on the ones before it: the series drawn are running totals, drawn tallest first so
 * each shows above the next; the legend shows each category's own figure. A negative figure lowers the stack.
 */
export function drawRevenueByCategory(target, periods, shown) {
  const labels = periods.map((period) => period.period);
  const own = REVENUE_CATEGORIES.map(({ code }) => periods.map((period) => valueOf(period, code)));
  const running = own.map((values, index) => values.map((value, slot) => (value === null ? null
    : own.slice(0, index + 1).reduce((sum, category) => sum + (category[slot] ?? 0), 0))));
  const order = REVENUE_CATEGORIES.map((category, index) => index).reverse();
  const axis = periodAxis(labels);
  const bars = window.uPlot?.paths?.bars?.({ size: [0.6, 80] });
  plot(target, {
    padding: [12, 36, 0, 0],
    scales: { x: axis.scale },
    series: [axis.series, ...order.map((index) => ({
      label: REVENUE_CATEGORIES[index].label, fill: COLORS[REVENUE_CATEGORIES[index].code],
      stroke: COLORS[REVENUE_CATEGORIES[index].code], paths: bars, points: { show: false },
      value: (chart, value, series, slot) => (slot == null ? '' : amount(own[index][slot])),
    }))],
    axes: [axis.axis, { size: 80, values: (chart, ticks) => ticks.map(roundAmount) }],
    hooks: { ready: [(chart) => chart.setLegend({ idx: shown })] },
  }, [labels.map((label, index) => index), ...order.map((index) => running[index])], HEIGHT);
}

/** Net profit as a share of total revenue per period; no point where there was no revenue. */
export function drawNetMargin(target, periods, shown) {
  const labels = periods.map((period) => period.period);
  const margins = periods.map((period) => {
    const kpi = period.kpis.find((line) => line.key === 'net_profit_pct');
    return kpi?.value === null || kpi?.value === undefined ? null : Number(kpi.value);
  });
  const axis = periodAxis(labels);
  plot(target, {
    padding: [12, 36, 0, 0],
    scales: { x: axis.scale },
    series: [axis.series, { label: 'Net margin', stroke: '#111111', width: 3, points: { size: 8 },
      value: (chart, value) => (value == null ? '' : percent(value)) }],
    axes: [axis.axis, { size: 70, values: (chart, ticks) => ticks.map((tick) => percent(tick)) }],
    hooks: { ready: [(chart) => chart.setLegend({ idx: shown })] },
  }, [labels.map((label, index) => index), margins], HEIGHT);
}

function valueOf(period, code) {
  const line = period.metrics.find((metric) => metric.key === code);
  return line?.value === null || line?.value === undefined ? null : Number(line.value);
}
