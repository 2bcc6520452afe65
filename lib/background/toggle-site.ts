/**
 * The keyboard shortcut's work: turn highlighting on or off for the site in
 * the current tab. The tab's top frame says which site it shows (the
 * extension has no `tabs` permission to read URLs); a tab without our content
 * script (a browser page, a store) is left alone.
 */
import { browser } from '#imports';
import type { Settings } from '../core/settings';
import { isSiteEnabled, withSiteEnabled } from '../core/site-rules';
import { askPageState } from '../platform/messages';
import { updateSettings } from '../platform/settings-store';

/** Returns the new settings, or undefined when the tab has no site to toggle. */
export async function toggleSiteInTab(tabId: number): Promise<Settings | undefined> {
  const state = await askPageState(tabId);
  if (!state) return undefined;
  const { site } = state;
  return updateSettings((settings) => {
    // With highlighting off everywhere, the shortcut turns it back on for this site.
    if (!settings.enabled) return withSiteEnabled({ ...settings, enabled: true }, site, true);
    return withSiteEnabled(settings, site, !isSiteEnabled(settings, site));
  });
}

/** The tab a command applies to: the one the browser names, else the active tab of the current window. */
export async function commandTab(tab: { id?: number } | undefined): Promise<number | undefined> {
  if (tab?.id !== undefined) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
