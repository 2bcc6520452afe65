/**
 * The toolbar button per tab: the badge counts the distinct terms the page
 * shows, and the icon is greyed when highlighting is off there (site or
 * global switch), with a title that says so.
 */
import { browser } from '#imports';
import { translatorFor } from '../core/catalogues';
import { iconPaths } from '../core/icons';
import { browserInterfaceLanguage } from '../platform/interface-language';

export function showTermCount(tabId: number, count: number): void {
  void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
}

export function showActive(tabId: number, active: boolean): void {
  // Dropped quietly: the tab may have closed since its page reported.
  void browser.action.setIcon({ tabId, path: iconPaths(active ? 'on' : 'off') }).catch(() => undefined);
  const { t } = translatorFor(browserInterfaceLanguage());
  const title = active ? t('extName') : t('toolbarTitleOff', t('extName'));
  void browser.action.setTitle({ tabId, title }).catch(() => undefined);
}
