import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings-store';
import { withSiteEnabled } from '../../lib/site-rules';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in extension storage', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs whatever bad data it finds', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'nope', disabledSites: ['ok.org', 7] } });
    expect(await loadSettings()).toEqual({ enabled: true, disabledSites: ['ok.org'] });
    await fakeBrowser.storage.local.set({ settings: 'truncated{' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a change and tells watchers, repaired', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings((settings) => withSiteEnabled(settings, 'example.com', false));
    expect(await loadSettings()).toEqual({ enabled: true, disabledSites: ['example.com'] });
    expect(seen).toEqual([{ enabled: true, disabledSites: ['example.com'] }]);
    unwatch();
  });

  it('reads settings written by a newer version, keeping what it understands', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: false, disabledSites: ['a.org'], theme: 'dark', highlightStyle: { kind: 'glow' } },
      settings$: { v: 9 },
    });
    expect(await loadSettings()).toEqual({ enabled: false, disabledSites: ['a.org'] });
  });
});
