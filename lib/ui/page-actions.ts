/** What the popup and the options page ask of the browser (messages to a page are in lib/platform/messages.ts). */
import { browser } from '#imports';
import type { AccessRequest } from '../core/site-access';

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
