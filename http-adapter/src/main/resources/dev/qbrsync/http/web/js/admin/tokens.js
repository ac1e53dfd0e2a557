// The API tokens an admin manages: each one's role and companies; make one (its secret shown once) or revoke one.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { dateTime } from '../format.js';
import { badge, clearFieldErrors, done, field, showError, showFailureInForm, showLoading } from '../view.js';

const TOKENS = '/api/qbwc/tokens';
const ROLES = {
  viewer: 'viewer: reads everything',
  editor: 'editor: also changes rules, asks for resyncs',
  admin: 'admin: also companies, passwords, .qwc files, tokens',
};

/** @param companies the companies a token may be limited to, as the companies section last loaded them */
export function tokensSection(companies) {
  const list = el('div', { id: 'token-list' });
  const secret = el('div', { id: 'new-token', 'aria-live': 'polite' });
  const formSlot = el('div', {});
  const element = el('section', { 'aria-labelledby': 'tokens-title' },
    el('h2', { id: 'tokens-title' }, 'API tokens'),
    el('p', {}, 'Each person or program gets its own token. A token is shown once, when it is made; revoking it '
      + 'ends its browser sessions at once.'),
    formSlot, secret, list);

  async function load() {
    replaceContent(formSlot, createForm(companies(), showSecret));
    showLoading(list, 'the tokens');
    try {
      replaceContent(list, table(await api.get(TOKENS)));
      done(list);
    } catch (failure) {
      showError(list, failure, load);
    }
  }

  function showSecret(issued) {
    replaceContent(secret, el('div', { class: 'notice', role: 'status' },
      el('p', {}, `Token #${issued.token.id} '${issued.token.name}' (${issued.token.role}). Copy it now: it is `
        + 'not shown again.'),
      el('p', {}, el('code', { id: 'new-token-secret', class: 'secret' }, issued.secret))));
    load();
  }

  function table(tokens) {
    return el('div', { class: 'table-scroll' }, el('table', { id: 'tokens-table' },
      el('caption', {}, `${tokens.filter((token) => !token.revokedAt).length} active of ${tokens.length} tokens`),
      el('thead', {}, el('tr', {}, ['#', 'Name', 'Role', 'Companies', 'Made', 'State', 'Actions']
        .map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, tokens.map((token) => el('tr', { dataset: { token: token.id } },
        el('td', {}, token.id), el('th', { scope: 'row' }, token.name), el('td', {}, token.role),
        el('td', {}, token.everyCompany ? 'every company' : token.companies.join(', ')),
        el('td', {}, dateTime(token.createdAt)),
        el('td', {}, token.revokedAt ? badge('neutral', `revoked ${dateTime(token.revokedAt)}`)
          : badge('success', 'active')),
        el('td', {}, !token.revokedAt && el('button', { type: 'button', class: 'danger',
          'aria-label': `Revoke token ${token.name}`, onclick: () => revoke(token) }, 'Revoke')))))));
  }

  async function revoke(token) {
    try {
      await api.remove(`${TOKENS}/${token.id}`);
      replaceContent(secret, el('p', { class: 'notice', role: 'status' }, `Revoked token '${token.name}'.`));
      await load();
    } catch (failure) {
      showError(secret, failure);
    }
  }

  return { element, load };
}

function createForm(companies, onCreated) {
  const name = el('input', { id: 'new-token-name', name: 'name', required: true, maxlength: 100 });
  const role = el('select', { id: 'new-token-role', name: 'role' },
    Object.entries(ROLES).map(([value, label]) => el('option', { value }, label)));
  const limits = companies.map((company) => el('input', { type: 'checkbox', id: `new-token-company-${company.id}`,
    name: 'companies', value: company.id }));
  const form = el('form', { id: 'create-token', class: 'panel', novalidate: true, 'aria-labelledby': 'token-title' },
    el('h3', { id: 'token-title' }, 'Make a token'),
    el('div', { class: 'fields' }, field('Name', name), field('Role', role)),
    companies.length > 1 && el('fieldset', { class: 'fields' },
      el('legend', {}, 'Limit to these companies (none ticked: every company)'),
      limits.map((box, index) => field(companies[index].name ?? companies[index].id, box, { check: true }))),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Make token')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      const issued = await api.post(TOKENS, { name: name.value.trim(), role: role.value,
        companies: limits.filter((box) => box.checked).map((box) => box.value) });
      form.reset();
      onCreated(issued);
    } catch (failure) {
      showFailureInForm(form, failure);
    }
  });
  return form;
}
