// Loading, error and field-error states shared by every page.
import { SessionEnded } from './api.js';
import { el, replaceContent } from './dom.js';
import { amount, headcount, isNegative } from './format.js';

export function showLoading(container, what) {
  container.setAttribute('aria-busy', 'true');
  replaceContent(container, el('p', { class: 'loading', role: 'status' }, `Loading ${what}…`));
}

/** Shows what went wrong, with a way to try again; nothing when the sign-in form has taken over. */
export function showError(container, failure, retry) {
  container.removeAttribute('aria-busy');
  if (failure instanceof SessionEnded) return;
  replaceContent(container,
    el('p', { class: 'error', role: 'alert' }, failure.message),
    retry && el('button', { type: 'button', class: 'secondary', onclick: retry }, 'Try again'));
}

export function done(container) {
  container.removeAttribute('aria-busy');
}

export function clearFieldErrors(form) {
  form.querySelectorAll('.field-error, .form-error').forEach((message) => message.remove());
  form.querySelectorAll('[aria-invalid]').forEach((input) => {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  });
}

/**
 * Shows a refusal next to the input it names (by its name attribute), or above the form's buttons when no input has
 * that name; a refusal because the session ended shows nothing here.
 */
export function showFailureInForm(form, failure) {
  if (failure instanceof SessionEnded) return;
  const input = failure.field ? form.querySelector(`[name="${CSS.escape(failure.field)}"]`) : null;
  const prefix = `${failure.field}: `;
  const message = failure.field && failure.message.startsWith(prefix)
    ? failure.message.slice(prefix.length) : failure.message;
  if (!input) {
    form.prepend(el('p', { class: 'error form-error', role: 'alert' }, message));
    return;
  }
  const id = `${input.id}-error`;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', id);
  input.closest('.field').append(el('p', { class: 'field-error', id, role: 'alert' }, message));
  input.focus();
}

/** A labelled input: the label's for, the input's id and its name all come from one name. */
/** A form's query failed: a field's message goes next to that field, anything else where the results would be. */
export function showQueryFailure(results, form, failure, retry) {
  if (failure.field) {
    done(results);
    replaceContent(results);
    showFailureInForm(form, failure);
  } else {
    showError(results, failure, retry);
  }
}

export function field(label, input, { wide = false, check = false } = {}) {
  const classes = ['field', wide ? 'wide' : '', check ? 'check' : ''].filter(Boolean).join(' ');
  const labelElement = el('label', { for: input.id }, label);
  return el('div', { class: classes }, check ? [input, labelElement] : [labelElement, input]);
}

export function badge(kind, text) {
  return el('span', { class: `badge ${kind}` }, text);
}

/** A table cell with an amount: right-aligned, two decimals, a negative one in parentheses and red. */
export function moneyCell(value, attributes = {}) {
  return numberCell(value, amount, attributes);
}

/** A cell with a metric's value: a headcount without cents, any other metric as money. */
export function metricCell(code, value, attributes = {}) {
  return numberCell(value, code === 'employees' ? headcount : amount, attributes);
}

/** A right-aligned number written by `format`; a negative one red. */
export function numberCell(value, format, attributes = {}) {
  return el('td', { ...attributes, class: `number${isNegative(value) ? ' negative' : ''}` }, format(value));
}
