/**
 * Opens the red-flag checklist for a tab: the toolbar popup where the browser
 * lets an extension open it (Chrome 127+), otherwise the same popup page in a
 * new tab, targeting the tab the person came from.
 */
import { browser } from '#imports';

export async function openChecklist(tabId: number): Promise<'popup' | 'tab'> {
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
    return 'tab';
  }
}
