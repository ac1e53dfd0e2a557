// Quarterly review: a quarter's 14 metrics and KPIs beside the previous quarter and the same quarter a year earlier,
// with the changes, charts of revenue by category and of net margin per quarter, the CSV, and a printable layout.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { amount, dateTime, headcount, monthRange, percent, points } from '../format.js';
import { KPIS, METRICS } from '../metric-keys.js';
import { drawNetMargin, drawRevenueByCategory } from '../review-charts.js';
import { done, field, numberCell, showLoading, showQueryFailure } from '../view.js';

export const title = 'Quarterly review';

export function render(container, context, argument, parameters) {
  const quarter = el('select', { id: 'review-quarter', name: 'quarter' });
  const csv = el('a', { class: 'button secondary', id: 'review-csv', download: true }, 'Download CSV');
  const print = el('button', { type: 'button', class: 'secondary', id: 'review-print', onclick: () => window.print() },
    'Print');
  const form = el('form', { class: 'fields panel', 'aria-label': 'Quarter to review' }, field('Quarter', quarter),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Show'), csv, print));
  const heading = el('p', { id: 'review-heading', class: 'review-heading' });
  const results = el('div', { id: 'review-results' });
  replaceContent(container, el('h1', {}, title), heading, form, results);
  let review = null;
  let company = null;

  function show() {
    const period = review.periods.find((candidate) => candidate.period === quarter.value);
    showHeading(heading, company, period);
    showPeriod(results, period, review.periods);
    window.history.replaceState(null, '', `#/review?quarter=${encodeURIComponent(period.period)}`);
  }

  async function load() {
    showLoading(results, 'the review');
    try {
      const [reviewed, status] = await Promise.all([api.get(context.url('/api/qbwc/review', { by: 'quarter' })),
        api.get(context.url('/api/qbwc/status'))]);
      review = reviewed;
      company = status.companies.find((candidate) => candidate.company === reviewed.company) ?? null;
      csv.href = context.url('/api/qbwc/metrics.csv', { by: 'quarter', from: reviewed.from, to: reviewed.to });
      replaceContent(quarter, [...reviewed.periods].reverse().map((period) => el('option', { value: period.period },
        `${period.period} (${monthRange(period.first, period.last)})${period.complete ? '' : ', incomplete'}`)));
      quarter.value = chosen(reviewed.periods, parameters.get('quarter'));
      show();
      done(results);
    } catch (failure) {
      showQueryFailure(results, form, failure, load);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
  quarter.addEventListener('change', show);
  load();
}

/** The quarter the address names, else the latest complete one, else the latest. */
function chosen(periods, named) {
  if (periods.some((period) => period.period === named)) return named;
  const complete = periods.filter((period) => period.complete);
  return (complete.length > 0 ? complete : periods).at(-1).period;
}

/** What a printed review must say at its top: whose figures, for which quarter, and how fresh they are. */
function showHeading(heading, company, period) {
  const name = company?.companyName || company?.company || 'Company';
  replaceContent(heading,
    el('strong', { id: 'review-company' }, name), ' · ',
    el('span', { id: 'review-period' }, `${period.period} (${monthRange(period.first, period.last)})`), ' · ',
    el('span', { id: 'review-synced' }, company?.lastSuccessAt
      ? `data synced ${dateTime(company.lastSuccessAt)}` : 'not synced yet'));
}

function showPeriod(results, period, periods) {
  const revenueChart = el('div', { class: 'chart', id: 'review-revenue-chart' });
  const marginChart = el('div', { class: 'chart', id: 'review-margin-chart' });
  replaceContent(results,
    !period.complete && el('p', { class: 'info', id: 'review-incomplete' }, 'Some months of this quarter have no '
      + 'stored figures yet: its totals cover only the months stored, and no change is shown against it.'),
    el('section', { 'aria-labelledby': 'review-metrics-title' },
      el('h2', { id: 'review-metrics-title' }, 'Metrics'),
      el('div', { class: 'table-scroll' }, comparison('review-metrics', period, METRICS.map((metric) => ({
        ...metric, line: period.metrics.find((line) => line.key === metric.code),
        formats: metric.code === 'employees' ? HEADCOUNT : MONEY }))))),
    el('section', { 'aria-labelledby': 'review-kpis-title' },
      el('h2', { id: 'review-kpis-title' }, 'KPIs'),
      el('div', { class: 'table-scroll' }, comparison('review-kpis', period, KPIS.map((kpi) => ({
        ...kpi, line: period.kpis.find((line) => line.key === kpi.code),
        formats: kpi.unit === 'fraction' ? FRACTION : MONEY })))),
      el('p', { class: 'muted' }, 'The first four are the QBR dashboard\'s SmartNumbers, by its formulas; gross '
        + 'margin and the recurring share are ours. A blank is a figure that cannot be worked out (a division by '
        + 'zero or a missing month).')),
    el('section', { class: 'charts', 'aria-labelledby': 'review-charts-title' },
      el('h2', { id: 'review-charts-title' }, 'Quarter by quarter'),
      el('figure', {}, revenueChart, el('figcaption', { class: 'muted' }, 'Revenue by category per quarter.')),
      el('figure', {}, marginChart, el('figcaption', { class: 'muted' }, 'Net margin (net profit as a share of '
        + 'total revenue) per quarter.'))));
  const shown = periods.indexOf(period);
  drawRevenueByCategory(revenueChart, periods, shown);
  drawNetMargin(marginChart, periods, shown);
}

const MONEY = { value: amount, change: amount };
const HEADCOUNT = { value: headcount, change: headcount };
const FRACTION = { value: percent, change: points };

/** A table of rows ({code, label, line, formats}): the period, the previous one and a year earlier, with changes. */
function comparison(id, period, rows) {
  const heading = (text) => el('th', { scope: 'col', class: 'number' }, text);
  const head = el('tr', {}, el('th', { scope: 'col' }, id === 'review-kpis' ? 'KPI' : 'Metric'),
    heading(period.period), heading(period.previous), heading('Change'), heading('Change %'),
    heading(period.yearEarlier), heading('Change'), heading('Change %'));
  const body = rows.map(({ code, label, line, formats }) => el('tr', { dataset: { key: code } },
    el('th', { scope: 'row' }, label),
    numberCell(line?.value ?? null, formats.value, { 'data-column': 'value' }),
    numberCell(line?.previous ?? null, formats.value, { 'data-column': 'previous' }),
    numberCell(line?.changeFromPrevious?.absolute ?? null, formats.change, { 'data-column': 'change-previous' }),
    numberCell(line?.changeFromPrevious?.relative ?? null, percent, { 'data-column': 'change-previous-pct' }),
    numberCell(line?.yearEarlier ?? null, formats.value, { 'data-column': 'year-earlier' }),
    numberCell(line?.changeFromYearEarlier?.absolute ?? null, formats.change, { 'data-column': 'change-year' }),
    numberCell(line?.changeFromYearEarlier?.relative ?? null, percent, { 'data-column': 'change-year-pct' })));
  return el('table', { id }, el('thead', {}, head), el('tbody', {}, body));
}
