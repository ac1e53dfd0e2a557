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
  const editor = ruleForm({ onPreview: previewFormChange, onCancel: () => { editor.show(); discard(); },
    company: context.company });
  const panel = el('section', { id: 'rule-preview', class: 'panel', 'aria-live': 'polite', hidden: true });
  const search = el('input', { id: 'rule-search', name: 'ruleSearch', type: 'search', autocomplete: 'off' });
  const list = el('div', { id: 'rule-list' });
  const canEdit = context.may('editor');
  replaceContent(container, el('h1', {}, title),
    canEdit ? el('p', {}, 'Rules put accounts into metrics. A change is previewed first: you see which accounts move '
      + 'and how each metric changes, then save it and the stored metrics are recalculated at once.')
      : el('p', {}, 'Rules put accounts into metrics. Your token may read them; an editor or admin changes them.'),
    canEdit && editor.form, canEdit && panel,
    el('section', { 'aria-labelledby': 'rule-list-title' }, el('h2', { id: 'rule-list-title' }, 'All rules'),
      el('form', { class: 'fields', onsubmit: (event) => event.preventDefault() }, field('Find a rule', search)),
      list));
  let rules = [];

  const suggested = Object.fromEntries(['pattern', 'matchType', 'section'].map((name) => [name, parameters.get(name)])
    .filter(([, value]) => value));
  editor.show(suggested);
  if (suggested.pattern && canEdit) editor.focus();

  async function loadRules() {
    showLoading(list, 'the rules');
    try {
      rules = await api.get(context.url('/api/qbwc/mappings'));
      showRules();
      done(list);
    } catch (failure) {
      showError(list, failure, loadRules);
    }
  }

  function showRules() {
    const wanted = search.value.trim().toLowerCase();
    const shown = [...rules].sort((a, b) => b.id - a.id).filter((rule) => !wanted
      || `${rule.pattern} ${rule.metric} ${metricLabel(rule.metric)} ${rule.note}`.toLowerCase().includes(wanted));
    replaceContent(list, el('div', { class: 'table-scroll' }, el('table', { id: 'rules-table' },
      el('caption', {}, `${shown.length} of ${rules.length} rules, newest first`),
      el('thead', {}, el('tr', {}, ['#', 'Pattern', 'Applies to', 'Match', 'Metric', 'Section', 'Priority', 'Active',
        'Note', canEdit && 'Actions'].filter(Boolean).map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, shown.map(ruleRow)))));
  }

  function ruleRow(rule) {
    return el('tr', { dataset: { ruleId: rule.id }, class: rule.active ? '' : 'muted' },
      el('td', {}, rule.id), el('th', { scope: 'row' }, rule.pattern),
      el('td', {}, rule.company ? 'this company' : 'every company'), el('td', {}, rule.matchType),
      el('td', {}, metricLabel(rule.metric)), el('td', {}, sectionLabel(rule.section)), el('td', {}, rule.priority),
      el('td', {}, rule.active ? badge('success', 'active') : badge('neutral', 'disabled')), el('td', {}, rule.note),
      canEdit && el('td', {}, el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', 'aria-label': `Edit rule ${rule.id}`,
          onclick: () => { editor.show(rule); editor.focus(); discard(); } }, 'Edit'),
        el('button', { type: 'button', class: 'secondary',
          'aria-label': `${rule.active ? 'Disable' : 'Enable'} rule ${rule.id}`,
          onclick: () => preview({ kind: 'update', id: rule.id, rule: { active: !rule.active },
            label: `${rule.active ? 'disable' : 'enable'} rule #${rule.id} '${rule.pattern}'` }) },
        rule.active ? 'Disable' : 'Enable'),
        el('button', { type: 'button', class: 'danger', 'aria-label': `Delete rule ${rule.id}`,
          onclick: () => preview({ kind: 'delete', id: rule.id, label: `delete rule #${rule.id} '${rule.pattern}'` }) },
        'Delete'))));
  }

  function previewFormChange(id, rule) {
    preview(id ? { kind: 'update', id, rule, label: `edit rule #${id}`, fromForm: true }
      : { kind: 'create', rule, label: `add a rule for '${rule.pattern}'`, fromForm: true });
  }

  async function preview(change) {
    clearFieldErrors(editor.form);
    panel.hidden = false;
    showLoading(panel, 'the preview');
    try {
      const effect = await api.post(context.url('/api/qbwc/mappings/preview'),
        { change: change.kind, id: change.id, rule: change.rule });
      done(panel);
      showPreview(panel, effect, { label: change.label, onSave: () => save(change), onDiscard: discard });
    } catch (failure) {
      refused(change, failure);
    }
  }

  async function save(change) {
    showLoading(panel, 'the change');
    try {
      if (change.kind === 'create') await api.post(context.url('/api/qbwc/mappings'), change.rule);
      else if (change.kind === 'update') await api.put(context.url(`/api/qbwc/mappings/${change.id}`), change.rule);
      else await api.remove(context.url(`/api/qbwc/mappings/${change.id}`));
      if (change.fromForm) editor.show();
      await loadRules();
      done(panel);
      replaceContent(panel, el('p', { class: 'notice', role: 'status', id: 'save-result' },
        `Saved: ${change.label}. The metrics were recalculated.`));
    } catch (failure) {
      refused(change, failure);
    }
  }

  function refused(change, failure) {
    if (change.fromForm && failure.field) {
      done(panel);
      panel.hidden = true;
      showFailureInForm(editor.form, failure);
    } else {
      showError(panel, failure);
    }
  }

  function discard() {
    replaceContent(panel);
    panel.hidden = true;
  }

  search.addEventListener('input', showRules);
  loadRules();
}
