// Metrics: the 14 metrics of each month as a table and a chart, for a range of months, and as CSV.
import * as api from '../api.js';
import { drawChart } from '../chart.js';
import { el, replaceContent } from '../dom.js';
import { month } from '../format.js';
import { METRICS } from '../metric-keys.js';
import { clearFieldErrors, done, field, metricCell, showLoading, showQueryFailure } from '../view.js';

export const title = 'Metrics';

export function render(container, context, argument, parameters) {
  const from = el('input', { id: 'metrics-from', name: 'from', type: 'month', value: parameters.get('from') });
  const to = el('input', { id: 'metrics-to', name: 'to', type: 'month', value: parameters.get('to') });
  const csv = el('a', { class: 'button secondary', id: 'metrics-csv', download: true }, 'Download CSV');
  const form = el('form', { class: 'fields panel', 'aria-label': 'Months to show' },
    field('From', from), field('To', to),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Show'), csv));
  const results = el('div', { id: 'metrics-results' });
  replaceContent(container, el('h1', {}, title), form, results);

  async function load() {
    clearFieldErrors(form);
    showLoading(results, 'the metrics');
    try {
      const data = await api.get(context.url('/api/qbwc/metrics', { from: from.value, to: to.value }));
      from.value = data.from;
      to.value = data.to;
      csv.href = context.url('/api/qbwc/metrics.csv', { from: data.from, to: data.to });
      show(results, data.metrics);
      done(results);
    } catch (failure) {
      showQueryFailure(results, form, failure, load);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  load();
}

function show(results, metrics) {
  const values = new Map();
  for (const metric of metrics) values.set(`${metric.month} ${metric.key}`, metric.value);
  const months = [...new Set(metrics.map((metric) => metric.month))].sort();
  if (months.length === 0) {
    replaceContent(results, el('p', { class: 'muted' }, 'No metrics are stored for these months yet.'));
    return;
  }
  const valueOf = (m, code) => values.get(`${m} ${code}`) ?? null;
  const chart = el('div', { class: 'chart', id: 'metrics-chart' });
  replaceContent(results,
    el('section', { 'aria-labelledby': 'metrics-table-title' },
      el('h2', { id: 'metrics-table-title' }, 'By month'),
      el('div', { class: 'table-scroll' }, metricsTable(months, valueOf))),
    el('section', { 'aria-labelledby': 'metrics-chart-title' },
      el('h2', { id: 'metrics-chart-title' }, 'Revenue, expenses and net profit'),
      el('figure', { 'aria-describedby': 'metrics-chart-note' }, chart,
        el('figcaption', { id: 'metrics-chart-note', class: 'muted' },
          'Revenue categories, total expenses and net profit per month; the table above holds the same figures.'))));
  drawChart(chart, months, valueOf);
}

function metricsTable(months, valueOf) {
  const header = el('tr', {}, el('th', { scope: 'col' }, 'Month'),
    METRICS.map((metric) => el('th', { scope: 'col', class: 'number', dataset: { metric: metric.code } },
      metric.label)));
  const rows = months.map((m) => el('tr', { dataset: { month: m } },
    el('th', { scope: 'row' }, month(m)),
    METRICS.map((metric) => metricCell(metric.code, valueOf(m, metric.code), { 'data-metric': metric.code }))));
  return el('table', { id: 'metrics-table' },
    el('caption', {}, `${months.length} month${months.length === 1 ? '' : 's'}, amounts in the company's currency`),
    el('thead', {}, header), el('tbody', {}, rows));
}
