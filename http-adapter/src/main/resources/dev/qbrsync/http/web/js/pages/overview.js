// Overview: the last sync, what the next one fetches, how each month reconciles, and what needs attention.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { amount, dateTime, month, words } from '../format.js';
import { metricLabel } from '../metric-keys.js';
import { badge, done, moneyCell, showError, showLoading } from '../view.js';

export const title = 'Overview';

const SESSION_STATES = {
  CLOSED: ['success', 'completed'], COMPLETED: ['success', 'completed'], NOTHING_TO_DO: ['success', 'nothing to do'],
  FAILED: ['failed', 'failed'], AUTHENTICATED: ['neutral', 'in progress'],
  AWAITING_RESPONSE: ['neutral', 'in progress'],
};

export async function render(container, context) {
  showLoading(container, 'the overview');
  try {
    const [status, warnings] = await Promise.all([
      api.get('/api/qbwc/status'),
      api.get(context.url('/api/qbwc/history', { outcome: 'warning', pageSize: 5 })),
    ]);
    const company = status.companies.find((entry) => entry.company === context.company);
    replaceContent(container, el('h1', {}, title), company
      ? [lastSync(company), reconciliation(company), attention(company, warnings.items)]
      : el('p', { class: 'muted' }, 'This company has not synced yet.'));
    done(container);
  } catch (failure) {
    showError(container, failure, () => render(container, context));
  }
}

function lastSync(company) {
  const [kind, text] = SESSION_STATES[company.lastSessionState] ?? ['neutral', 'never synced'];
  const due = company.monthsDue;
  const synced = company.monthsSynced;
  return el('section', { 'aria-labelledby': 'last-sync' },
    el('h2', { id: 'last-sync' }, 'Last sync'),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Last Web Connector session'),
      el('dd', {}, company.lastSessionAt ? dateTime(company.lastSessionAt) : 'none yet', ' ', badge(kind, text)),
      el('dt', {}, 'Months synced'),
      el('dd', {}, synced.length === 0 ? 'none'
        : `${synced.length} month${synced.length === 1 ? '' : 's'}: ${month(synced[0])} to ${month(synced.at(-1))}`),
      el('dt', {}, 'Next run'),
      el('dd', {}, due.length === 0
        ? 'Nothing is due: the next run exchanges nothing until a month needs refreshing.'
        : `Fetches ${due.length} month${due.length === 1 ? '' : 's'}: ${due.map(month).join(', ')}`),
      el('dt', {}, 'Employee list'),
      el('dd', {}, company.employeesSyncedAt ? `fetched ${dateTime(company.employeesSyncedAt)}` : 'not fetched yet')));
}

function reconciliation(company) {
  const months = company.reconciliations;
  const unbalanced = months.filter((entry) => !entry.balanced).length;
  return el('section', { 'aria-labelledby': 'reconciliation' },
    el('h2', { id: 'reconciliation' }, 'Reconciliation with QuickBooks'),
    months.length === 0 ? el('p', { class: 'muted' }, 'No report is stored yet.') : [
      el('p', {}, unbalanced === 0 ? 'Every month of the latest report reconciles to its Net Income.'
        : `${unbalanced} month${unbalanced === 1 ? ' does' : 's do'} not reconcile.`),
      el('div', { class: 'table-scroll' }, el('table', {},
        el('caption', {}, 'Our net profit against the Net Income QuickBooks reported, per month'),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'Month'), el('th', { scope: 'col', class: 'number' }, 'Net profit'),
          el('th', { scope: 'col', class: 'number' }, 'QuickBooks Net Income'),
          el('th', { scope: 'col', class: 'number' }, 'Difference'), el('th', { scope: 'col' }, 'Status'))),
        el('tbody', {}, months.map((entry) => el('tr', { dataset: { month: entry.month } },
          el('th', { scope: 'row' }, month(entry.month)),
          moneyCell(entry.calculatedNetProfit), moneyCell(entry.reportedNetIncome), moneyCell(entry.difference),
          el('td', {}, entry.balanced ? badge('success', 'reconciles') : [badge('failed', 'does not reconcile'),
            el('ul', {}, entry.causes.map((cause) => el('li', {}, cause)))])))))),
    ]);
}

function attention(company, warnings) {
  const items = [
    company.lastError && el('li', {}, badge('failed', 'last error'), ' ', company.lastError),
    ...warnings.map((entry) => el('li', {}, badge('warning', 'warning'), ' ', dateTime(entry.createdAt), ' · ',
      words(entry.type), ': ', entry.message || 'see the entry', ' ',
      el('a', { href: `#/history/${entry.id}` }, `details of entry ${entry.id}`))),
    ...company.keptValues.map((kept) => el('li', {}, badge('neutral', 'kept'), ' ',
      `${month(kept.month)} ${metricLabel(kept.metric)} stays at ${amount(kept.kept)} (entered by ${kept.keptBy}); `
      + `QuickBooks would have written ${amount(kept.quickBooksValue)}`)),
  ].filter(Boolean);
  return el('section', { 'aria-labelledby': 'attention' },
    el('h2', { id: 'attention' }, 'Needs attention'),
    items.length === 0 ? el('p', { class: 'muted' }, 'Nothing needs attention.') : el('ul', {}, items));
}
