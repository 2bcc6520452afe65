/** What the popup and the options page ask of the browser and of the page in a tab. */
import { browser } from '#imports';
import { MESSAGE } from '../core/constants';
import type { AccessRequest } from '../core/site-access';

/** Scrolls the tab's page to the first occurrence of a term and opens its card. True if the page did. */
export async function showTermOnPage(tabId: number, entryId: string): Promise<boolean> {
  const reply: unknown = await browser.tabs
    .sendMessage(tabId, { type: MESSAGE.showTerm, id: entryId }, { frameId: 0 })
    .catch(() => false);
  return reply === true;
}

/**
 * Asks the browser for the sites in `request` (it shows its own prompt), then
 * reloads `tabId`: browsers start content scripts only on pages loaded after
 * the grant. Must be called straight from a click, or the browser refuses.
 * True if the person allowed it.
 */
export async function requestSiteAccess(request: AccessRequest, tabId?: number): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: request.origins });
  if (granted && tabId !== undefined) await browser.tabs.reload(tabId);
  return granted;
}
