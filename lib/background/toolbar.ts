/**
 * The toolbar button per tab: the badge counts the distinct terms the page
 * shows, and the icon is greyed when highlighting is off there (site or
 * global switch), with a title that says so.
 */
import { browser } from '#imports';
import { EXTENSION_NAME } from '../core/constants';
import { iconPaths } from '../core/icons';

export function showTermCount(tabId: number, count: number): void {
  void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
}

export function showActive(tabId: number, active: boolean): void {
  // Dropped quietly: the tab may have closed since its page reported.
  void browser.action.setIcon({ tabId, path: iconPaths(active ? 'on' : 'off') }).catch(() => undefined);
  void browser.action
    .setTitle({ tabId, title: active ? EXTENSION_NAME : `${EXTENSION_NAME} (off on this site)` })
    .catch(() => undefined);
}
