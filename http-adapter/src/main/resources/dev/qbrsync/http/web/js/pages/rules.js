// Rules: list, add, edit, disable and delete mapping rules. Every change is previewed first and saved only when the
// person confirms it; saving recalculates the stored metrics at once.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { metricLabel, sectionLabel } from '../metric-keys.js';
import { ruleForm } from '../rule-form.js';
import { showPreview } from '../rule-preview.js';
import { badge, clearFieldErrors, done, field, showError, showFailureInForm, showLoading } from '../view.js';

export const title = 'Rules';

export function render(container, context, argument, parameters) {
  const page = rulesPage(context);
  replaceContent(container, ...layout(page));
  offerSuggestedRule(page, parameters);
  page.search.addEventListener('input', () => showRules(page));
  loadRules(page);
}

// The page's parts and the rules last loaded, shared by the functions below.
function rulesPage(context) {
  const page = {
    context,
    canEdit: context.may('editor'),
    rules: [],
    panel: el('section', { id: 'rule-preview', class: 'panel', 'aria-live': 'polite', hidden: true }),
    search: el('input', { id: 'rule-search', name: 'ruleSearch', type: 'search', autocomplete: 'off' }),
    list: el('div', { id: 'rule-list' }),
  };
  page.editor = ruleForm({ onPreview: (id, rule) => previewFormChange(page, id, rule),
    onCancel: () => { page.editor.show(); discard(page); }, company: context.company });
  return page;
}

function layout(page) {
  return [el('h1', {}, title),
    page.canEdit ? el('p', {}, 'Rules put accounts into metrics. A change is previewed first: you see which accounts '
      + 'move and how each metric changes, then save it and the stored metrics are recalculated at once.')
      : el('p', {}, 'Rules put accounts into metrics. Your token may read them; an editor or admin changes them.'),
    page.canEdit && page.editor.form, page.canEdit && page.panel,
    el('section', { 'aria-labelledby': 'rule-list-title' }, el('h2', { id: 'rule-list-title' }, 'All rules'),
      el('form', { class: 'fields', onsubmit: (event) => event.preventDefault() }, field('Find a rule', page.search)),
      page.list)];
}

// A link from the accounts page suggests a rule for an account: the form starts with it.
function offerSuggestedRule(page, parameters) {
  const suggested = Object.fromEntries(['pattern', 'matchType', 'section'].map((name) => [name, parameters.get(name)])
    .filter(([, value]) => value));
  page.editor.show(suggested);
  if (suggested.pattern && page.canEdit) page.editor.focus();
}

async function loadRules(page) {
  showLoading(page.list, 'the rules');
  try {
    page.rules = await api.get(page.context.url('/api/qbwc/mappings'));
    showRules(page);
    done(page.list);
  } catch (failure) {
    showError(page.list, failure, () => loadRules(page));
  }
}

function showRules(page) {
  const wanted = page.search.value.trim().toLowerCase();
  const shown = [...page.rules].sort((a, b) => b.id - a.id).filter((rule) => !wanted
    || `${rule.pattern} ${rule.metric} ${metricLabel(rule.metric)} ${rule.note}`.toLowerCase().includes(wanted));
  replaceContent(page.list, el('div', { class: 'table-scroll' }, el('table', { id: 'rules-table' },
    el('caption', {}, `${shown.length} of ${page.rules.length} rules, newest first`),
    el('thead', {}, el('tr', {}, ['#', 'Pattern', 'Applies to', 'Match', 'Metric', 'Section', 'Priority', 'Active',
      'Note', page.canEdit && 'Actions'].filter(Boolean).map((heading) => el('th', { scope: 'col' }, heading)))),
    el('tbody', {}, shown.map((rule) => ruleRow(page, rule))))));
}

function ruleRow(page, rule) {
  return el('tr', { dataset: { ruleId: rule.id }, class: rule.active ? '' : 'muted' },
    el('td', {}, rule.id), el('th', { scope: 'row' }, rule.pattern),
    el('td', {}, rule.company ? 'this company' : 'every company'), el('td', {}, rule.matchType),
    el('td', {}, metricLabel(rule.metric)), el('td', {}, sectionLabel(rule.section)), el('td', {}, rule.priority),
    el('td', {}, rule.active ? badge('success', 'active') : badge('neutral', 'disabled')), el('td', {}, rule.note),
    page.canEdit && el('td', {}, ruleActions(page, rule)));
}

function ruleActions(page, rule) {
  const toggle = rule.active ? 'disable' : 'enable';
  return el('div', { class: 'actions' },
    el('button', { type: 'button', class: 'secondary', 'aria-label': `Edit rule ${rule.id}`,
      onclick: () => { page.editor.show(rule); page.editor.focus(); discard(page); } }, 'Edit'),
    el('button', { type: 'button', class: 'secondary',
      'aria-label': `${rule.active ? 'Disable' : 'Enable'} rule ${rule.id}`,
      onclick: () => preview(page, { kind: 'update', id: rule.id, rule: { active: !rule.active },
        label: `${toggle} rule #${rule.id} '${rule.pattern}'` }) },
    rule.active ? 'Disable' : 'Enable'),
    el('button', { type: 'button', class: 'danger', 'aria-label': `Delete rule ${rule.id}`,
      onclick: () => preview(page, { kind: 'delete', id: rule.id,
        label: `delete rule #${rule.id} '${rule.pattern}'` }) },
    'Delete'));
}

function previewFormChange(page, id, rule) {
  preview(page, id ? { kind: 'update', id, rule, label: `edit rule #${id}`, fromForm: true }
    : { kind: 'create', rule, label: `add a rule for '${rule.pattern}'`, fromForm: true });
}

async function preview(page, change) {
  clearFieldErrors(page.editor.form);
  page.panel.hidden = false;
  showLoading(page.panel, 'the preview');
  try {
    const effect = await api.post(page.context.url('/api/qbwc/mappings/preview'),
      { change: change.kind, id: change.id, rule: change.rule });
    done(page.panel);
    showPreview(page.panel, effect, { label: change.label, onSave: () => save(page, change),
      onDiscard: () => discard(page) });
  } catch (failure) {
    refused(page, change, failure);
  }
}

async function save(page, change) {
  showLoading(page.panel, 'the change');
  try {
    await sendChange(page.context, change);
    if (change.fromForm) page.editor.show();
    await loadRules(page);
    done(page.panel);
    replaceContent(page.panel, el('p', { class: 'notice', role: 'status', id: 'save-result' },
      `Saved: ${change.label}. The metrics were recalculated.`));
  } catch (failure) {
    refused(page, change, failure);
  }
}

function sendChange(context, change) {
  if (change.kind === 'create') return api.post(context.url('/api/qbwc/mappings'), change.rule);
  if (change.kind === 'update') return api.put(context.url(`/api/qbwc/mappings/${change.id}`), change.rule);
  return api.remove(context.url(`/api/qbwc/mappings/${change.id}`));
}

function refused(page, change, failure) {
  if (change.fromForm && failure.field) {
    done(page.panel);
    page.panel.hidden = true;
    showFailureInForm(page.editor.form, failure);
  } else {
    showError(page.panel, failure);
  }
}

function discard(page) {
  replaceContent(page.panel);
  page.panel.hidden = true;
}
