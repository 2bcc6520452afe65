/** What the popup asks of the page in its tab. */
import { browser } from '#imports';
import { MESSAGE } from '../lib/constants';

/** Scrolls the tab's page to the first occurrence of a term and opens its card. True if the page did. */
export async function showTermOnPage(tabId: number, entryId: string): Promise<boolean> {
  const reply: unknown = await browser.tabs
    .sendMessage(tabId, { type: MESSAGE.showTerm, id: entryId }, { frameId: 0 })
    .catch(() => false);
  return reply === true;
}
