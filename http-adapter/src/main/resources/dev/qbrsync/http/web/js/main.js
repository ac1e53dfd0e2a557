// Starts the page: finds out whether the browser is signed in, shows the company picker when there are several
// companies, and shows the page the address names.
import * as api from './api.js';
import { el, replaceContent } from './dom.js';
import * as accounts from './pages/accounts.js';
import * as admin from './pages/admin.js';
import * as history from './pages/history.js';
import * as metrics from './pages/metrics.js';
import * as overview from './pages/overview.js';
import * as rules from './pages/rules.js';
import { showSignIn } from './signin.js';
import { showError } from './view.js';

const PAGES = { overview, metrics, accounts, rules, history, admin };
/** The roles, each allowed what the ones before it are; the page shows only what the session's role may do. */
const ROLES = ['viewer', 'editor', 'admin'];
const main = document.getElementById('main');
const state = { session: null, company: null };

function signedOut(message) {
  state.session = null;
  api.useSession(null);
  document.getElementById('who').hidden = true;
  document.getElementById('pages').hidden = true;
  document.getElementById('company-picker').hidden = true;
  document.title = 'Sign in · QBR Sync';
  showSignIn(main, message, signedIn);
}

async function signedIn(session) {
  state.session = session;
  api.useSession(session);
  document.getElementById('actor').textContent = `Signed in as ${session.actor} (${session.role})`;
  document.getElementById('admin-link').hidden = !may('admin');
  document.getElementById('who').hidden = false;
  document.getElementById('pages').hidden = false;
  await showCompanies();
  route();
}

/** Several companies: a picker listing them. One company (or none the caller may see): no picker. */
async function showCompanies() {
  const picker = document.getElementById('company-picker');
  const select = document.getElementById('company');
  let companies = null;
  try {
    companies = await api.get('/api/qbwc/companies');
  } catch (failure) {
    if (failure instanceof api.SessionEnded) return;
  }
  if (!Array.isArray(companies) || companies.length <= 1) {
    state.company = Array.isArray(companies) && companies.length === 1 ? companies[0].id : null;
    picker.hidden = true;
    return;
  }
  const chosen = companies.some((company) => company.id === state.company) ? state.company
    : (companies.find((company) => company.id === state.session.defaultCompany) ?? companies[0]).id;
  replaceContent(select, companies.map((company) => el('option', { value: company.id },
    `${company.name ?? company.id}${company.disabled ? ' (disabled)' : ''}`)));
  select.value = chosen;
  state.company = chosen;
  picker.hidden = false;
}

/** True when the session's role includes `role`. */
function may(role) {
  return ROLES.indexOf(state.session?.role) >= ROLES.indexOf(role);
}

/** What every page is given: the company it is about, what its role may do and how to build its API addresses. */
function context() {
  return {
    company: state.company ?? state.session.defaultCompany,
    may,
    companiesChanged: showCompanies,
    url: (path, parameters = {}) => api.withQuery(path, { ...parameters, company: state.company }),
    navigate: (hash) => { window.location.hash = hash; },
  };
}

/** "#/history/12?outcome=failed" → page "history", argument "12", parameters {outcome: "failed"}. */
function parseAddress() {
  const [path, query] = window.location.hash.replace(/^#\/?/, '').split('?');
  const [name, argument] = path.split('/');
  const known = PAGES[name] && (name !== 'admin' || may('admin'));
  return { name: known ? name : 'overview', argument, parameters: new URLSearchParams(query ?? '') };
}

function route() {
  if (!state.session) return;
  const address = parseAddress();
  const page = PAGES[address.name];
  document.querySelectorAll('#pages a').forEach((link) => {
    if (link.dataset.page === address.name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
  document.title = `${page.title} · QBR Sync`;
  const container = el('div', { class: 'page', dataset: { page: address.name } });
  replaceContent(main, container);
  page.render(container, context(), address.argument, address.parameters);
  main.focus();
}

async function loadSession() {
  let session;
  try {
    session = await api.get(api.SESSION_PATH);
  } catch (failure) {
    if (failure.status === 401) signedOut(null);
    else showError(main, failure, loadSession);
    return;
  }
  await signedIn(session);
}

function listen() {
  api.onSessionEnded(signedOut);
  window.addEventListener('hashchange', route);
  document.getElementById('company').addEventListener('change', (event) => {
    state.company = event.target.value;
    route();
  });
  document.getElementById('sign-out').addEventListener('click', async () => {
    try {
      await api.remove(api.SESSION_PATH);
      signedOut('You have signed out.');
    } catch (failure) {
      if (failure.status === 401) signedOut('Your session had already ended.');
      else showError(main, failure);
    }
  });
}

listen();
loadSession();
