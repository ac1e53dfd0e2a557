// Admin (admins only): the companies with their Web Connector users, passwords and .qwc files, a live panel for each
// company still waiting for its first sync, and the API tokens.
import { el, replaceContent } from '../dom.js';
import { companiesSection } from '../admin/companies.js';
import { tokensSection } from '../admin/tokens.js';
import { waitingPanels } from '../admin/waiting.js';

export const title = 'Admin';

export function render(container, context) {
  // A first sync binds the company to its file: the table then shows it. New companies can limit new tokens.
  const waiting = waitingPanels(container, () => companies.load());
  const tokens = tokensSection(() => companies.current());
  const companies = companiesSection(context, (list) => {
    waiting.watch(list);
    tokens.load();
  });
  replaceContent(container, el('h1', {}, title),
    el('p', {}, 'Add a company, download its .qwc file and add it in the QuickBooks Web Connector on the PC where '
      + 'QuickBooks runs. Until its first sync, a panel here shows each step as it happens.'),
    waiting.element, companies.element, tokens.element);
  companies.load();
}
