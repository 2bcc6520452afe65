import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commandTab, toggleSiteInTab } from '../../lib/background/toggle-site';
import { MESSAGE } from '../../lib/core/constants';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import type { PageState } from '../../lib/platform/messages';
import { loadSettings, updateSettings } from '../../lib/platform/settings-store';

const pageOn = (host: string, port = ''): PageState => ({
  site: { host, port },
  active: true,
  termIds: [],
  busy: false,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The tab's top frame answers with `reply` (or fails, like a tab without our content script). */
function tabShows(reply: PageState | Error) {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation(() => (reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply)));
}

describe('toggle-site shortcut', () => {
  it.each<[string, Partial<Settings>, PageState, Partial<Settings>]>([
    ['turns an enabled site off', {}, pageOn('www.example.com'), { sites: ['www.example.com'] }],
    ['turns it back on', { sites: ['example.com'] }, pageOn('www.example.com'), { sites: [] }],
    [
      'turns a listed site off in only-listed mode',
      { siteMode: 'only-listed', sites: ['example.com', 'a.org'] },
      pageOn('example.com'),
      { sites: ['a.org'] },
    ],
    [
      'turns an unlisted site on in only-listed mode',
      { siteMode: 'only-listed' },
      pageOn('localhost', '3000'),
      { sites: ['localhost'] },
    ],
    [
      'with everything off, turns highlighting back on for the site',
      { enabled: false, sites: ['example.com'] },
      pageOn('example.com'),
      { enabled: true, sites: [] },
    ],
  ])('%s', async (_, before, page, after) => {
    await updateSettings(() => ({ ...DEFAULT_SETTINGS, ...before }));
    const sendMessage = tabShows(page);
    await toggleSiteInTab(7);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: MESSAGE.pageState }, { frameId: 0 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...before, ...after });
  });

  it('leaves settings alone in a tab without a page it can read', async () => {
    tabShows(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await toggleSiteInTab(7)).toBeUndefined();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('acts on the tab the browser names, else the active tab', async () => {
    expect(await commandTab({ id: 3 })).toBe(3);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => Promise.resolve([{ id: 9 }])) as never);
    expect(await commandTab(undefined)).toBe(9);
  });
});
