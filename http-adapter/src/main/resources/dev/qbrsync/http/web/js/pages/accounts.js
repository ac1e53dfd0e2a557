// Accounts: every account of the latest report, its amount per month, the metric it landed in and why; the
// catch-all filter finds what still needs a rule.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { month } from '../format.js';
import { metricLabel, sectionLabel } from '../metric-keys.js';
import { done, field, moneyCell, showError, showLoading } from '../view.js';

export const title = 'Accounts';

export async function render(container, context, argument, parameters) {
  const onlyCatchAll = el('input', { id: 'only-catch-all', name: 'catchAll', type: 'checkbox',
    checked: parameters.get('catchAll') === 'true' });
  const search = el('input', { id: 'account-search', name: 'search', type: 'search', autocomplete: 'off' });
  const count = el('p', { id: 'account-count', role: 'status', class: 'muted' });
  const results = el('div', {});
  replaceContent(container, el('h1', {}, title),
    el('p', {}, 'Every account of the latest Profit & Loss report, where it landed and what put it there.'),
    el('form', { class: 'fields panel', 'aria-label': 'Filter accounts', onsubmit: (event) => event.preventDefault() },
      field('Only accounts caught by a catch-all', onlyCatchAll, { check: true }),
      field('Find an account', search, { wide: true })),
    count, results);

  showLoading(results, 'the accounts');
  let accounts;
  try {
    accounts = (await api.get(context.url('/api/qbwc/accounts'))).accounts;
  } catch (failure) {
    showError(results, failure, () => render(container, context, argument, parameters));
    return;
  }
  done(results);
  const months = [...new Set(accounts.flatMap((account) => Object.keys(account.amounts)))].sort();
  const rows = accounts.map((account) => ({ account, row: accountRow(account, months, context.may('editor')) }));
  replaceContent(results, accounts.length === 0 ? el('p', { class: 'muted' }, 'No report is stored yet.')
    : el('div', { class: 'table-scroll' }, el('table', { id: 'accounts-table' },
      el('caption', {}, 'Accounts of the latest report'),
      el('thead', {}, el('tr', {},
        ['Account', 'Section', 'Metric', 'Placed by'].map((heading) => el('th', { scope: 'col' }, heading)),
        months.map((m) => el('th', { scope: 'col', class: 'number' }, month(m))),
        el('th', { scope: 'col' }, 'Rule'))),
      el('tbody', {}, rows.map(({ row }) => row)))));

  function filter() {
    const wanted = search.value.trim().toLowerCase();
    let shown = 0;
    for (const { account, row } of rows) {
      const visible = (!onlyCatchAll.checked || account.mappedBy === 'catch_all')
        && (!wanted || account.fullName.toLowerCase().includes(wanted));
      row.hidden = !visible;
      shown += visible ? 1 : 0;
    }
    count.textContent = `Showing ${shown} of ${accounts.length} accounts.`;
  }
  onlyCatchAll.addEventListener('change', filter);
  search.addEventListener('input', filter);
  filter();
}

/** A row; an account a catch-all caught links to a new rule for it when the session may add rules. */
function accountRow(account, months, mayAddRules) {
  const catchAll = account.mappedBy === 'catch_all';
  const newRule = `#/rules?${new URLSearchParams({ pattern: account.fullName, matchType: 'exact',
    section: account.section })}`;
  return el('tr', { dataset: { account: account.fullName, mappedBy: account.mappedBy } },
    el('th', { scope: 'row' }, account.fullName),
    el('td', {}, sectionLabel(account.section)),
    el('td', { dataset: { metric: account.metric } }, metricLabel(account.metric)),
    el('td', {}, account.explanation),
    months.map((m) => moneyCell(account.amounts[m] ?? null)),
    el('td', {}, catchAll && mayAddRules
      ? el('a', { href: newRule, 'aria-label': `Add a rule for ${account.fullName}` }, 'Add a rule')
      : ''));
}
