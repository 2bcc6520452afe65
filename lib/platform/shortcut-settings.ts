/**
 * Opens the browser's own page for changing extension shortcuts: Firefox has
 * an API for it; Chrome's page can be opened as a tab by an extension page.
 */
import { browser } from '#imports';

const CHROME_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: CHROME_SHORTCUTS_PAGE });
}
