/**
 * A fresh fake browser for the extension's own pages (popup, options): every
 * site allowed, the toggle-site shortcut set (the fake browser has no shortcut
 * API), and, for the popup, the tab's content script answering at once with
 * `pageState`.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../lib/platform/messages';
import { fakeSitePermissions } from './fake-permissions';

export function fakeExtensionPageBrowser(pageState?: PageState): void {
  fakeBrowser.reset();
  fakeSitePermissions();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((() =>
    Promise.resolve([{ name: 'toggle-site', shortcut: 'Alt+Shift+H', description: '' }])) as never);
  if (pageState)
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() => Promise.resolve(pageState)) as never);
}
