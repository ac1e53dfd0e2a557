// The companies an admin manages: add one with its Web Connector user and password, rename it, give it a new
// password, disable or enable it, bind it again to the next company file, and download its .qwc file.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { badge, clearFieldErrors, done, field, showError, showFailureInForm, showLoading } from '../view.js';

const COMPANIES = '/api/qbwc/companies';

/** @param onLoaded called with the companies each time they are (re)loaded */
export function companiesSection(context, onLoaded) {
  let companies = [];
  const list = el('div', { id: 'company-list' });
  const result = el('p', { id: 'company-result', class: 'notice', role: 'status', hidden: true });
  const editor = el('div', { id: 'company-editor' });
  const added = addForm(async (company) => {
    announce(`Added company '${company.name}'. Download its .qwc file below and add it in the Web Connector.`);
    await load();
  });
  const element = el('section', { 'aria-labelledby': 'companies-title' },
    el('h2', { id: 'companies-title' }, 'Companies'), added, result, list, editor);

  function announce(text) {
    result.textContent = text;
    result.hidden = false;
  }

  async function load() {
    showLoading(list, 'the companies');
    try {
      companies = await api.get(COMPANIES);
      replaceContent(list, table(companies));
      done(list);
      onLoaded(companies);
      context.companiesChanged();
    } catch (failure) {
      showError(list, failure, load);
    }
  }

  async function change(label, call) {
    try {
      await call();
      announce(label);
      await load();
    } catch (failure) {
      showError(editor, failure);
    }
  }

  function table(rows) {
    return el('div', { class: 'table-scroll' }, el('table', { id: 'companies-table' },
      el('caption', {}, `${rows.length} compan${rows.length === 1 ? 'y' : 'ies'}`),
      el('thead', {}, el('tr', {}, ['Id', 'Name', 'Web Connector user', 'State', 'Company file', 'Actions']
        .map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, rows.map(row))));
  }

  function row(company) {
    const path = `${COMPANIES}/${encodeURIComponent(company.id)}`;
    return el('tr', { dataset: { company: company.id } },
      el('td', {}, company.id), el('th', { scope: 'row' }, company.name ?? company.id),
      el('td', {}, company.qbwcUser ?? el('span', { class: 'muted' }, 'none')),
      el('td', {}, company.disabled ? badge('neutral', 'disabled') : badge('success', 'enabled')),
      el('td', {}, company.boundFile ? company.boundFile.companyName : el('span', { class: 'muted' }, 'not bound yet')),
      el('td', {}, el('div', { class: 'actions' },
        company.qbwcUser && el('a', { class: 'button secondary', href: `${path}/qwc`, download: '',
          'aria-label': `Download the .qwc file of ${company.name}` }, 'Download .qwc'),
        el('button', { type: 'button', class: 'secondary', 'aria-label': `Edit ${company.name}`,
          onclick: () => edit(company) }, 'Edit'),
        el('button', { type: 'button', class: 'secondary',
          'aria-label': `${company.disabled ? 'Enable' : 'Disable'} ${company.name}`,
          onclick: () => change(`${company.disabled ? 'Enabled' : 'Disabled'} '${company.name}'.`,
            () => api.patch(path, { disabled: !company.disabled })) }, company.disabled ? 'Enable' : 'Disable'),
        company.boundFile && el('button', { type: 'button', class: 'secondary',
          'aria-label': `Re-bind ${company.name}`,
          onclick: () => change(`'${company.name}' will bind to the company file of its next sync.`,
            () => api.post(`${path}/rebind`)) }, 'Re-bind'))));
  }

  function edit(company) {
    const name = el('input', { id: 'edit-name', name: 'name', value: company.name ?? '', maxlength: 255 });
    const password = el('input', { id: 'edit-password', name: 'password', type: 'password',
      autocomplete: 'new-password' });
    const form = el('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'edit-title' },
      el('h3', { id: 'edit-title' }, `Edit company ${company.id}`),
      el('div', { class: 'fields' }, field('Name', name),
        field('New Web Connector password (leave empty to keep it)', password, { wide: true })),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save'),
        el('button', { type: 'button', class: 'secondary', onclick: () => replaceContent(editor) }, 'Cancel')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const changes = { name: name.value.trim() };
      if (password.value) changes.password = password.value;
      try {
        await api.patch(`${COMPANIES}/${encodeURIComponent(company.id)}`, changes);
        replaceContent(editor);
        announce(changes.password ? `Saved '${changes.name}' and its new password: type it in the Web Connector too.`
          : `Saved '${changes.name}'.`);
        await load();
      } catch (failure) {
        showFailureInForm(form, failure);
      }
    });
    replaceContent(editor, form);
    name.focus();
  }

  return { element, load, current: () => companies };
}

function addForm(onAdded) {
  const name = el('input', { id: 'new-company-name', name: 'name', required: true, maxlength: 255 });
  const user = el('input', { id: 'new-company-user', name: 'qbwcUser', required: true, autocomplete: 'off',
    maxlength: 100 });
  const password = el('input', { id: 'new-company-password', name: 'password', type: 'password', required: true,
    autocomplete: 'new-password' });
  const form = el('form', { id: 'add-company', class: 'panel', novalidate: true, 'aria-labelledby': 'add-title' },
    el('h3', { id: 'add-title' }, 'Add a company'),
    el('div', { class: 'fields' }, field('Name', name), field('Web Connector user', user),
      field('Web Connector password (at least 8 characters)', password, { wide: true })),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Add company')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      const company = await api.post(COMPANIES, { name: name.value.trim(), qbwcUser: user.value.trim(),
        password: password.value });
      form.reset();
      await onAdded(company);
    } catch (failure) {
      showFailureInForm(form, failure);
    }
  });
  return form;
}
