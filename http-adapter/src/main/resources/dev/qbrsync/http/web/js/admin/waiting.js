// "Waiting for the Web Connector": for each company that has never synced, the steps of its first sync as they
// happen, read again every few seconds while the admin page is open, or the error and what to do about it.
import * as api from '../api.js';
import { el, replaceContent } from '../dom.js';
import { badge } from '../view.js';

const EVERY_MS = 2000;

/**
 * @param page the admin page's container: polling stops once it is no longer shown
 * @param onFirstSync called when a company watched here completes its first sync
 */
export function waitingPanels(page, onFirstSync) {
  const element = el('div', { id: 'waiting' });
  let watched = [];
  let timer = null;

  function watch(companies) {
    watched = companies.filter((company) => company.qbwcUser && !company.disabled);
    refresh();
  }

  async function refresh() {
    clearTimeout(timer);
    if (!page.isConnected) return;
    let statuses = [];
    try {
      statuses = (await api.get('/api/qbwc/status')).companies;
    } catch (failure) {
      return;
    }
    const waiting = watched.map((company) => ({ company, status: statuses.find((s) => s.company === company.id) }))
      .filter(({ company, status }) => !status || status.monthsSynced.length === 0 || watchedHere.has(company.id));
    const fresh = await Promise.all(waiting.map(async ({ company, status }) => ({
      company: await api.get(`/api/qbwc/companies/${encodeURIComponent(company.id)}`).catch(() => company), status,
    })));
    fresh.forEach(({ company }) => watchedHere.add(company.id));
    const justSynced = fresh.filter(({ company, status }) => isComplete(company, status) && !completeHere.has(company.id));
    justSynced.forEach(({ company }) => completeHere.add(company.id));
    replaceContent(element, fresh.map(({ company, status }) => panel(company, status)));
    if (fresh.some(({ company, status }) => !isComplete(company, status))) {
      timer = setTimeout(refresh, EVERY_MS);
    }
    if (justSynced.length > 0) onFirstSync();
  }

  return { element, watch };
}

/** A company whose first sync finishes while this page is open keeps its panel, saying so. */
const watchedHere = new Set();
const completeHere = new Set();

/** Months are stored before the company is bound to its file, which happens once the whole session succeeded. */
function isComplete(company, status) {
  return (status?.monthsSynced ?? []).length > 0 && !!company.boundFile;
}

function panel(company, status) {
  const months = status?.monthsSynced ?? [];
  const steps = [
    ['signed-in', 'The Web Connector signed in', status?.lastSessionAt ? 'with this company\'s user' : null],
    ['quickbooks', 'QuickBooks found', company.quickBooks
      ? `${company.quickBooks.product}, qbXML ${company.quickBooks.writtenIn ?? company.quickBooks.supportedVersions}`
      : null],
    ['file-bound', 'Company file bound', company.boundFile ? company.boundFile.companyName : null],
    ['months', 'Months stored', months.length ? `${months.length} month${months.length === 1 ? '' : 's'}` : null],
  ];
  const synced = isComplete(company, status);
  const failed = status?.lastSessionState === 'FAILED' && !synced;
  return el('section', { class: 'panel waiting', 'aria-live': 'polite', dataset: { company: company.id },
    'aria-labelledby': `waiting-${company.id}` },
  el('h2', { id: `waiting-${company.id}` }, synced ? `${company.name}: first sync done`
    : `Waiting for the Web Connector: ${company.name}`),
  el('ol', { class: 'steps' }, steps.map(([key, label, detail]) => el('li', { dataset: { step: key, done: !!detail } },
    detail ? badge('success', 'done') : badge('neutral', 'waiting'), ' ', label, detail ? `: ${detail}` : ''))),
  failed && el('p', { class: 'error', role: 'alert' }, `The last sync failed: ${status.lastError ?? 'see History'}. `
    + 'Fix what it says in QuickBooks, then click Update Selected in the Web Connector.'),
  synced ? el('p', { class: 'notice' }, 'The metrics are stored: see ', el('a', { href: '#/metrics' }, 'Metrics'), '.')
    : el('p', { class: 'muted' }, 'Next: in the Web Connector, Add an application with this company\'s .qwc file, '
      + 'type its password, tick it and click Update Selected. If it says the password is wrong, set a new one with '
      + 'Edit and type that.'));
}
