// The form that adds or edits a rule; it only collects the rule, the rules page previews and saves it.
import { el, replaceContent } from './dom.js';
import { MAPPABLE, MATCH_TYPES, SECTIONS } from './metric-keys.js';
import { clearFieldErrors, field } from './view.js';

export function ruleForm({ onPreview, onCancel, company }) {
  const inputs = {
    scope: el('select', { id: 'rule-scope', name: 'scope' },
      el('option', { value: 'company' }, 'This company only'), el('option', { value: 'shared' }, 'Every company')),
    pattern: el('input', { id: 'rule-pattern', name: 'pattern', type: 'text', required: true, maxlength: 200,
      autocomplete: 'off' }),
    matchType: el('select', { id: 'rule-match-type', name: 'matchType' },
      MATCH_TYPES.map(({ code, label }) => el('option', { value: code }, label))),
    metric: el('select', { id: 'rule-metric', name: 'metric' },
      MAPPABLE.map((metric) => el('option', { value: metric.code }, `${metric.label} (${metric.code})`))),
    section: el('select', { id: 'rule-section', name: 'section' }, el('option', { value: '' }, 'Any section'),
      SECTIONS.map((section) => el('option', { value: section.code }, section.label))),
    priority: el('input', { id: 'rule-priority', name: 'priority', type: 'number', step: 1, min: 0, value: 100 }),
    active: el('input', { id: 'rule-active', name: 'active', type: 'checkbox', checked: true }),
    note: el('input', { id: 'rule-note', name: 'note', type: 'text', maxlength: 500, autocomplete: 'off' }),
  };
  const heading = el('h2', { id: 'rule-form-title' });
  const cancel = el('button', { type: 'button', class: 'secondary', onclick: () => onCancel() }, 'Cancel');
  const form = el('form', { class: 'panel', id: 'rule-form', novalidate: true, 'aria-labelledby': 'rule-form-title' },
    heading,
    el('div', { class: 'fields' },
      field('Pattern', inputs.pattern, { wide: true }), field('Applies to', inputs.scope),
      field('Match type', inputs.matchType),
      field('Metric', inputs.metric), field('Section', inputs.section), field('Priority', inputs.priority),
      field('Active', inputs.active, { check: true }), field('Note', inputs.note, { wide: true })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', id: 'preview-rule' }, 'Preview change'), cancel));
  let editing = null;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onPreview(editing, values());
  });

  function values() {
    const priority = inputs.priority.value.trim();
    const rule = {
      pattern: inputs.pattern.value, matchType: inputs.matchType.value, metric: inputs.metric.value,
      section: inputs.section.value || null, priority: priority === '' ? null : Number(priority),
      active: inputs.active.checked, note: inputs.note.value,
    };
    // A rule keeps the company it was made for; only a new one says which.
    if (!editing) rule.company = inputs.scope.value === 'company' ? company : null;
    return rule;
  }

  /** Shows `rule` for editing when it has an id, else a new rule starting from what it carries. */
  function show(rule = {}) {
    clearFieldErrors(form);
    editing = rule.id ?? null;
    replaceContent(heading, editing ? `Edit rule #${editing}` : 'Add a rule');
    inputs.pattern.value = rule.pattern ?? '';
    inputs.matchType.value = rule.matchType ?? 'prefix';
    inputs.metric.value = rule.metric ?? MAPPABLE[0].code;
    inputs.section.value = rule.section ?? '';
    inputs.priority.value = rule.priority ?? 100;
    inputs.active.checked = rule.active ?? true;
    inputs.note.value = rule.note ?? '';
    inputs.scope.value = rule.id && !rule.company ? 'shared' : 'company';
    inputs.scope.disabled = Boolean(editing);
    cancel.hidden = !editing && !rule.pattern;
  }

  show();
  return { form, show, focus: () => inputs.pattern.focus() };
}
