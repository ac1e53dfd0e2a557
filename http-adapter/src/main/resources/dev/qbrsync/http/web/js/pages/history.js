// History: every sync's outcome with filters, and one entry in detail.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { dateTime, month, words } from '../format.js';
import { metricLabel } from '../metric-keys.js';
import { badge, done, field, moneyCell, showError, showLoading, showQueryFailure } from '../view.js';

export const title = 'History';

const PAGE_SIZE = 25;
const OUTCOMES = { success: 'success', warning: 'warning', failed: 'failed' };

export function render(container, context, argument, parameters) {
  if (argument) showEntry(container, context, argument);
  else showList(container, context, parameters);
}

function choice(id, name, options, selected) {
  return el('select', { id, name }, options.map(([value, label]) =>
    el('option', { value, selected: value === (selected ?? '') }, label)));
}

async function showList(container, context, parameters) {
  const type = choice('history-type', 'type', [['', 'All'], ['profit_and_loss', 'Profit and loss'],
    ['employees', 'Employees']], parameters.get('type'));
  const outcome = choice('history-outcome', 'outcome', [['', 'All'], ['success', 'Success'], ['warning', 'Warning'],
    ['failed', 'Failed']], parameters.get('outcome'));
  const from = el('input', { id: 'history-from', name: 'from', type: 'date', value: parameters.get('from') });
  const to = el('input', { id: 'history-to', name: 'to', type: 'date', value: parameters.get('to') });
  const form = el('form', { class: 'fields panel', 'aria-label': 'Filter the history' },
    field('Type', type), field('Outcome', outcome), field('From', from), field('To', to),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Apply')));
  const results = el('div', {});
  replaceContent(container, el('h1', {}, 'Sync history'), form, results);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    context.navigate(`#/history?${filters({ type: type.value, outcome: outcome.value, from: from.value,
      to: to.value })}`);
  });

  const page = Number(parameters.get('page') ?? 0);
  showLoading(results, 'the history');
  try {
    const found = await api.get(context.url('/api/qbwc/history', { type: type.value, outcome: outcome.value,
      from: from.value && `${from.value}T00:00:00Z`, to: to.value && `${to.value}T23:59:59Z`, page,
      pageSize: PAGE_SIZE }));
    done(results);
    replaceContent(results, historyTable(found), pager(found, parameters));
  } catch (failure) {
    showQueryFailure(results, form, failure, () => showList(container, context, parameters));
  }
}

function filters(values) {
  return new URLSearchParams(Object.entries(values).filter(([, value]) => value !== '' && value !== null));
}

function historyTable(found) {
  if (found.items.length === 0) return el('p', { class: 'muted' }, 'No sync matches these filters.');
  return el('div', { class: 'table-scroll' }, el('table', { id: 'history-table' },
    el('caption', {}, `${found.total} entr${found.total === 1 ? 'y' : 'ies'}, newest first`),
    el('thead', {}, el('tr', {}, ['When', 'Type', 'Months', 'Outcome', 'Message', 'Entry']
      .map((heading) => el('th', { scope: 'col' }, heading)))),
    el('tbody', {}, found.items.map((entry) => el('tr', { dataset: { id: entry.id } },
      el('td', {}, dateTime(entry.createdAt)), el('td', {}, words(entry.type)), el('td', {}, months(entry)),
      el('td', {}, outcomeBadge(entry.outcome)), el('td', {}, entry.message),
      el('td', {}, el('a', { href: `#/history/${entry.id}` }, `Details of entry ${entry.id}`)))))));
}

function pager(found, parameters) {
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  const link = (page, text) => {
    const next = new URLSearchParams(parameters);
    next.set('page', page);
    return el('a', { class: 'button secondary', href: `#/history?${next}` }, text);
  };
  return el('nav', { class: 'actions', 'aria-label': 'History pages' },
    found.page > 0 && link(found.page - 1, 'Previous page'),
    el('span', { class: 'muted' }, `Page ${found.page + 1} of ${pages}`),
    found.page + 1 < pages && link(found.page + 1, 'Next page'));
}

async function showEntry(container, context, id) {
  showLoading(container, `history entry ${id}`);
  try {
    const { entry, parsed } = await api.get(context.url(`/api/qbwc/history/${encodeURIComponent(id)}`));
    done(container);
    replaceContent(container,
      el('p', {}, el('a', { href: '#/history' }, 'Back to the history')),
      el('h1', {}, `History entry ${entry.id}`),
      el('section', { 'aria-labelledby': 'entry-facts' }, el('h2', { id: 'entry-facts' }, 'What happened'),
        el('dl', { class: 'facts' },
          el('dt', {}, 'When'), el('dd', {}, dateTime(entry.createdAt)),
          el('dt', {}, 'Type'), el('dd', {}, words(entry.type)),
          el('dt', {}, 'Months requested'), el('dd', {}, months(entry)),
          el('dt', {}, 'Outcome'), el('dd', {}, outcomeBadge(entry.outcome)),
          el('dt', {}, 'Message'), el('dd', {}, entry.message || 'none'),
          el('dt', {}, 'Metrics updated'), el('dd', {}, entry.metricsUpdated),
          el('dt', {}, 'Raw response kept'), el('dd', {}, entry.rawResponseKept ? 'yes' : 'no'),
          el('dt', {}, 'Web Connector session'), el('dd', {}, entry.sessionId ?? ''))),
      summary(parsed), reconciliations(entry.reconciliations), keptValues(entry.keptValues));
  } catch (failure) {
    showError(container, failure, () => showEntry(container, context, id));
  }
}

function summary(parsed) {
  const section = (...content) => el('section', { 'aria-labelledby': 'entry-parsed' },
    el('h2', { id: 'entry-parsed' }, 'What was read'), content);
  if (!parsed) return section(el('p', { class: 'muted' }, 'Nothing was read.'));
  if (parsed.employees !== null && parsed.employees !== undefined) {
    return section(el('p', {}, `${parsed.employees} employees, ${parsed.activeEmployees} of them active.`));
  }
  const monthCount = parsed.months.length;
  return section(
    el('p', {}, `${parsed.accounts} accounts over ${monthCount} month${monthCount === 1 ? '' : 's'}.`),
    el('div', { class: 'table-scroll' }, el('table', {},
      el('caption', {}, 'Net Income as QuickBooks reported it'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Month'),
        el('th', { scope: 'col', class: 'number' }, 'Net Income'))),
      el('tbody', {}, Object.entries(parsed.netIncome).map(([m, value]) =>
        el('tr', {}, el('th', { scope: 'row' }, month(m)), moneyCell(value)))))));
}

function reconciliations(entries) {
  if (!entries || entries.length === 0) return null;
  return el('section', { 'aria-labelledby': 'entry-reconciliation' },
    el('h2', { id: 'entry-reconciliation' }, 'Reconciliation'),
    el('ul', {}, entries.map((entry) => el('li', {}, `${month(entry.month)}: `,
      entry.balanced ? badge('success', 'reconciles') : [badge('failed', 'does not reconcile'), ' ',
        entry.causes.join('; ')]))));
}

function keptValues(entries) {
  if (!entries || entries.length === 0) return null;
  return el('section', { 'aria-labelledby': 'entry-kept' },
    el('h2', { id: 'entry-kept' }, 'Values people entered, kept'),
    el('ul', {}, entries.map((kept) => el('li', {}, `${month(kept.month)} ${metricLabel(kept.metric)}: kept `
      + `${kept.kept ?? '(empty)'} (${kept.keptBy}); QuickBooks: ${kept.quickBooksValue}`))));
}

function months(entry) {
  if (!entry.periodFirst) return '';
  return entry.periodFirst === entry.periodLast ? month(entry.periodFirst)
    : `${month(entry.periodFirst)} to ${month(entry.periodLast)}`;
}

function outcomeBadge(outcome) {
  return badge(OUTCOMES[outcome] ?? 'neutral', outcome);
}
