// Admin (admins only): the companies with their Web Connector users, passwords and .qwc files, a live panel for each
// company still waiting for its first sync, and the API tokens.
import { el, replaceContent } from '../dom.js';
import { companiesSection } from '../admin/companies.js';
import { tokensSection } from '../admin/tokens.js';
import { waitingPanels } from '../admin/waiting.js';

export const title = 'Admin';

export function render(container, context) {
  const waiting = waitingPanels(container);
  const companies = companiesSection(context, (list) => waiting.watch(list));
  const tokens = tokensSection(() => companies.current());
  replaceContent(container, el('h1', {}, title),
    el('p', {}, 'Add a company, download its .qwc file and add it in the QuickBooks Web Connector on the PC where '
      + 'QuickBooks runs. Until its first sync, a panel here shows each step as it happens.'),
    waiting.element, companies.element, tokens.element);
  companies.load().then(tokens.load);
}
