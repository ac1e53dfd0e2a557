// The sign-in form: the organisation's identity provider when the server has one, and an API token (or, on a fresh
// installation, the one-time setup code) typed once, traded for a session cookie and then forgotten.
import * as api from './api.js';
import { el, replaceContent } from './dom.js';
import { clearFieldErrors, field, showFailureInForm } from './view.js';

export function showSignIn(main, message, onSignedIn) {
  const token = el('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true,
    spellcheck: 'false' });
  const submit = el('button', { type: 'submit' }, 'Sign in');
  const form = el('form', { class: 'sign-in panel', novalidate: true, 'aria-labelledby': 'sign-in-title' },
    el('h1', { id: 'sign-in-title' }, 'Sign in'),
    message && el('p', { class: 'info', role: 'status', id: 'sign-in-message' }, message),
    el('div', { class: 'providers', id: 'sign-in-providers' }),
    el('p', { class: 'muted' }, 'Paste your API token. The page keeps no copy of it: the browser gets a session that '
      + 'ends after a working day or when you sign out.'),
    el('p', { class: 'muted' }, 'First start? Paste the one-time setup code the server wrote to its log (and to ',
      el('code', {}, 'setup-code'), ' in its data directory). It makes the first admin token.'),
    field('API token or setup code', token, { wide: true }),
    el('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    submit.disabled = true;
    try {
      const session = await api.post(api.SIGN_IN_PATH, { token: token.value });
      token.value = '';
      if (session.firstAdminToken) showFirstAdminToken(main, session, onSignedIn);
      else onSignedIn(session);
    } catch (failure) {
      showFailureInForm(form, failure);
    } finally {
      submit.disabled = false;
    }
  });
  replaceContent(main, form);
  token.focus();
  offerProviders(form.querySelector('#sign-in-providers'));
}

/** A "Sign in with …" link for each provider the server offers; nothing when it offers none or cannot say. */
async function offerProviders(container) {
  const offered = await api.get(api.PROVIDERS_PATH).catch(() => ({ providers: [] }));
  for (const provider of offered.providers) {
    container.append(el('p', {}, el('a', { class: 'button', href: provider.path, id: 'sign-in-provider' },
      `Sign in with ${provider.name}`)),
    el('p', { class: 'muted' }, 'Or, for scripts and installations without it:'));
  }
}

/** The first admin token's secret, shown this once: the server keeps only its hash. */
function showFirstAdminToken(main, session, onSignedIn) {
  const { secret, name } = session.firstAdminToken;
  const proceed = el('button', { type: 'button', id: 'first-token-saved' }, 'I have saved it: continue');
  proceed.addEventListener('click', () => {
    replaceContent(main);
    onSignedIn({ ...session, firstAdminToken: null });
    window.location.hash = '#/admin';
  });
  replaceContent(main, el('section', { class: 'panel', 'aria-labelledby': 'first-token-title' },
    el('h1', { id: 'first-token-title' }, 'Your admin token'),
    el('p', { class: 'notice', role: 'status' }, `The setup code is used up. You are signed in as '${name}', an admin.`),
    el('p', {}, 'This is the token to sign in with from now on. It is shown only now: copy it into your password '
      + 'manager before you continue.'),
    el('p', {}, el('code', { id: 'first-token-secret', class: 'secret' }, secret)),
    el('div', { class: 'actions' }, proceed)));
  proceed.focus();
}
