import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { withSiteEnabled } from '../../lib/core/site-rules';
import { readSettings, watchStoredSettings } from '../../lib/platform/settings-reader';
import { loadSettings, SETTINGS_AREA, updateSettings, watchSettings } from '../../lib/platform/settings-store';

const with_ = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });
const area = () => fakeBrowser.storage[SETTINGS_AREA];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in extension storage', () => {
  it('keeps them in sync storage, so they follow the person', () => {
    expect(SETTINGS_AREA).toBe('sync');
  });

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs whatever bad data it finds', async () => {
    await area().set({ settings: { enabled: 'nope', sites: ['ok.org', 7] }, settings$: { v: 2 } });
    expect(await loadSettings()).toEqual(with_({ sites: ['ok.org'] }));
    await area().set({ settings: 'truncated{' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a change and tells watchers, repaired', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings((settings) => withSiteEnabled(settings, { host: 'example.com', port: '' }, false));
    expect(await loadSettings()).toEqual(with_({ sites: ['example.com'] }));
    expect(seen).toEqual([with_({ sites: ['example.com'] })]);
    unwatch();
  });

  it('applies quick changes one after another, so none is lost', async () => {
    await Promise.all([
      updateSettings((settings) => ({ ...settings, highlightStyle: 'background' })),
      updateSettings((settings) => ({ ...settings, density: 'first-per-page' })),
      updateSettings((settings) => ({ ...settings, sites: [...settings.sites, 'a.org'] })),
      updateSettings((settings) => ({ ...settings, sites: [...settings.sites, 'b.org'] })),
    ]);
    expect(await loadSettings()).toEqual(
      with_({ highlightStyle: 'background', density: 'first-per-page', sites: ['a.org', 'b.org'] }),
    );
  });

  it('goes on after a change that failed to save', async () => {
    const failing = updateSettings(() => {
      throw new Error('broken change');
    });
    const next = updateSettings((settings) => ({ ...settings, theme: 'dark' }));
    await expect(failing).rejects.toThrow('broken change');
    expect((await next).theme).toBe('dark');
  });

  it('reads settings written by a newer version, keeping what it understands', async () => {
    await area().set({
      settings: { enabled: false, sites: ['a.org'], theme: 'dark', future: { kind: 'glow' } },
      settings$: { v: 9 },
    });
    expect(await loadSettings()).toEqual(with_({ enabled: false, sites: ['a.org'], theme: 'dark' }));
  });
});

describe('the content script’s reader (no WXT storage module)', () => {
  it('reads what the settings store wrote, repaired', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((settings) => ({ ...settings, density: 'first-per-page', cardLanguage: 'interface' }));
    expect(await readSettings()).toEqual(with_({ density: 'first-per-page', cardLanguage: 'interface' }));
    await area().set({ settings: { enabled: 'nope', theme: 'dark' } });
    expect(await readSettings()).toEqual(with_({ theme: 'dark' }));
  });

  it('hears changes of its own area only, repaired, until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchStoredSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark' } });
    await updateSettings((settings) => ({ ...settings, highlightStyle: 'none' }));
    expect(seen).toEqual([with_({ highlightStyle: 'none' })]);
    unwatch();
    await updateSettings((settings) => ({ ...settings, highlightStyle: 'background' }));
    expect(seen).toHaveLength(1);
  });
});
