// What a rule change would do, shown before it is saved: the accounts that would move and each metric's change.
import { el, replaceContent } from './dom.js';
import { month } from './format.js';
import { metricLabel, sectionLabel } from './metric-keys.js';
import { moneyCell } from './view.js';

export function showPreview(panel, effect, { label, onSave, onDiscard }) {
  const months = [...new Set(effect.accounts.flatMap((account) => Object.keys(account.amounts)))].sort();
  const nothing = effect.accounts.length === 0 && effect.metrics.length === 0;
  replaceContent(panel,
    el('h2', { id: 'preview-title', tabindex: -1 }, `Preview: ${label}`),
    nothing ? el('p', {}, 'This change moves no account: the metrics stay as they are.') : [
      el('div', { class: 'table-scroll' }, el('table', { id: 'preview-accounts' },
        el('caption', {}, `${effect.accounts.length} account${effect.accounts.length === 1 ? '' : 's'} would land `
          + 'in another metric'),
        el('thead', {}, el('tr', {},
          ['Account', 'Section', 'Now', 'After the change'].map((heading) => el('th', { scope: 'col' }, heading)),
          months.map((m) => el('th', { scope: 'col', class: 'number' }, month(m))))),
        el('tbody', {}, effect.accounts.map((account) => el('tr', { dataset: { account: account.fullName } },
          el('th', { scope: 'row' }, account.fullName),
          el('td', {}, sectionLabel(account.section)),
          el('td', {}, `${metricLabel(account.before.metric)} (${account.before.explanation})`),
          el('td', {}, `${metricLabel(account.after.metric)} (${account.after.explanation})`),
          months.map((m) => moneyCell(account.amounts[m] ?? null))))))),
      el('div', { class: 'table-scroll' }, el('table', { id: 'preview-metrics' },
        el('caption', {}, 'Change per metric and month'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Month'), el('th', { scope: 'col' }, 'Metric'),
          ['Now', 'After', 'Change'].map((heading) => el('th', { scope: 'col', class: 'number' }, heading)))),
        el('tbody', {}, effect.metrics.map((change) => el('tr', { dataset: { month: change.month,
          metric: change.metric } },
          el('th', { scope: 'row' }, month(change.month)), el('td', {}, metricLabel(change.metric)),
          moneyCell(change.before), moneyCell(change.after), moneyCell(change.change)))))),
    ],
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'save-change', onclick: onSave }, 'Save this change'),
      el('button', { type: 'button', class: 'secondary', onclick: onDiscard }, 'Discard')));
  panel.hidden = false;
  panel.querySelector('#preview-title').focus();
}
