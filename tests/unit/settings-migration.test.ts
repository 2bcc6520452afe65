/**
 * Upgrading from 0.1.0, whose settings (version 1) lived in local storage:
 * the module is loaded fresh after the old data is in place, as on the first
 * start after an update.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('settings from version 1', () => {
  it('are moved from local storage into sync storage and migrated', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: true, disabledSites: ['example.com', 'localhost'] } });
    const { loadSettings } = await import('../../lib/platform/settings-store');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sites: ['example.com', 'localhost'] });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      sites: ['example.com', 'localhost'],
    });
  });

  it('migrate in place where they already are in the settings area', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, disabledSites: ['a.org'] } });
    const { loadSettings } = await import('../../lib/platform/settings-store');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, sites: ['a.org'] });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 3 });
  });
});

describe('settings from version 2 (1.0.0)', () => {
  it('gain the new kind of terms, keeping the kinds the person chose and everything else', async () => {
    const v2 = {
      ...DEFAULT_SETTINGS,
      categories: ['medicine', 'symptom'],
      density: 'first-per-page',
      sites: ['a.org'],
    };
    delete (v2 as Partial<typeof v2>).emergencyRegion;
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const { loadSettings } = await import('../../lib/platform/settings-store');
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      categories: ['symptom', 'medicine', 'body'],
      density: 'first-per-page',
      sites: ['a.org'],
    });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 3 });
  });

  it('keep "no kinds at all" as one new kind only, the one they could not have turned off', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, categories: [] }, settings$: { v: 2 } });
    const { loadSettings } = await import('../../lib/platform/settings-store');
    expect((await loadSettings()).categories).toEqual(['body']);
  });
});
