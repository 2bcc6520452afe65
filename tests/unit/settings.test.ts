import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../knowledge/schema';
import {
  DEFAULT_SETTINGS,
  highlightChoiceChanged,
  migrateV1toV2,
  migrateV2toV3,
  repairSettings,
  type Settings,
} from '../../lib/core/settings';

const with_ = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

describe('repairSettings', () => {
  it.each<[string, unknown, Settings]>([
    ['nothing stored', undefined, with_({})],
    ['null', null, with_({})],
    ['a string', 'on', with_({})],
    ['an array', [true], with_({})],
    [
      'valid settings',
      {
        enabled: false,
        siteMode: 'only-listed',
        sites: ['a.org', 'localhost:3000'],
        highlightStyle: 'none',
        categories: ['medicine', 'test'],
        density: 'first-per-page',
        cardDelayMs: 600,
        theme: 'dark',
        cardLanguage: 'interface',
        emergencyRegion: 'CH',
      },
      {
        enabled: false,
        siteMode: 'only-listed',
        sites: ['a.org', 'localhost:3000'],
        highlightStyle: 'none',
        categories: ['test', 'medicine'],
        density: 'first-per-page',
        cardDelayMs: 600,
        theme: 'dark',
        cardLanguage: 'interface',
        emergencyRegion: 'CH',
      },
    ],
    ['a wrong type, keeping the valid field', { enabled: 'yes', sites: ['a.org'] }, with_({ sites: ['a.org'] })],
    ['unknown keys', { enabled: false, colour: 'pink' }, with_({ enabled: false })],
    ['unknown values', { siteMode: 'sometimes', highlightStyle: 'glow', density: 'lots', theme: 'pink' }, with_({})],
    ['bad site entries', { sites: ['A.org', '', 42, 'has space', 'a/b', 'a.org'] }, with_({ sites: ['a.org'] })],
    ['sites of the wrong type', { enabled: false, sites: 'a.org' }, with_({ enabled: false })],
    ['unknown categories', { categories: ['medicine', 'gossip', 7] }, with_({ categories: ['medicine'] })],
    ['a delay out of range', { cardDelayMs: 5 }, with_({ cardDelayMs: 100 })],
    ['a delay far out of range', { cardDelayMs: 1e9 }, with_({ cardDelayMs: 2000 })],
    ['a delay that is not a number', { cardDelayMs: Number.NaN }, with_({})],
    ['an emergency region in lower case', { emergencyRegion: 'ch' }, with_({})],
    ['an emergency region that is not a place', { emergencyRegion: 'EU' }, with_({})],
    ['an old emergency region code', { emergencyRegion: 'UK' }, with_({})],
    ['an emergency region of the wrong type', { emergencyRegion: 41 }, with_({})],
    ['a chosen emergency region', { emergencyRegion: 'NO' }, with_({ emergencyRegion: 'NO' })],
    ['an unknown card language', { cardLanguage: 'fr' }, with_({})],
    ['a card language of the wrong type', { cardLanguage: true }, with_({})],
  ])('repairs %s', (_, stored, expected) => {
    expect(repairSettings(stored)).toEqual(expected);
  });

  it('never hands out the shared defaults object', () => {
    const repaired = repairSettings(undefined);
    repaired.sites.push('a.org');
    repaired.categories.pop();
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(DEFAULT_SETTINGS.categories).toEqual([...CATEGORIES]);
  });
});

describe('migrateV1toV2', () => {
  it.each<[string, unknown, Settings]>([
    [
      'a sample from 0.1.0',
      { enabled: true, disabledSites: ['example.com', '127.0.0.1'] },
      with_({ sites: ['example.com', '127.0.0.1'] }),
    ],
    ['switched off everywhere', { enabled: false, disabledSites: [] }, with_({ enabled: false })],
    ['a damaged version 1', { enabled: 'no', disabledSites: [3, 'ok.org'] }, with_({ sites: ['ok.org'] })],
    ['nothing', undefined, with_({})],
  ])('migrates %s', (_, old, expected) => {
    expect(migrateV1toV2(old)).toEqual(expected);
  });
});

describe('migrateV2toV3', () => {
  it.each<[string, unknown, Settings]>([
    ['every kind of 1.0.0', { categories: ['symptom', 'condition', 'test', 'medicine', 'nutrient'] }, with_({})],
    ['a few kinds', { categories: ['test'], theme: 'dark' }, with_({ categories: ['test', 'body'], theme: 'dark' })],
    ['no list at all', { enabled: false }, with_({ enabled: false })],
    ['nothing', undefined, with_({})],
  ])('migrates %s', (_, old, expected) => {
    expect(migrateV2toV3(old)).toEqual(expected);
  });
});

describe('highlightChoiceChanged', () => {
  it.each<[string, Partial<Settings>, boolean]>([
    ['density', { density: 'first-per-page' }, true],
    ['categories', { categories: ['condition'] }, true],
    ['look only', { highlightStyle: 'background' }, false],
    ['card delay', { cardDelayMs: 900 }, false],
    ['sites', { sites: ['example.com'] }, false],
    ['emergency region', { emergencyRegion: 'NO' }, false],
    ['nothing', {}, false],
  ])('%s', (_, change, expected) => {
    expect(highlightChoiceChanged(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, ...change })).toBe(expected);
  });
});
