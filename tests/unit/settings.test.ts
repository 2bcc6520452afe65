import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings } from '../../lib/settings';

describe('repairSettings', () => {
  it.each<[string, unknown, unknown]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'on', DEFAULT_SETTINGS],
    ['an array', [true], DEFAULT_SETTINGS],
    ['valid settings', { enabled: false, disabledSites: ['a.org'] }, { enabled: false, disabledSites: ['a.org'] }],
    [
      'a wrong type, keeping the valid field',
      { enabled: 'yes', disabledSites: ['a.org'] },
      { enabled: true, disabledSites: ['a.org'] },
    ],
    ['unknown keys', { enabled: false, disabledSites: [], theme: 'pink' }, { enabled: false, disabledSites: [] }],
    [
      'bad site entries',
      { disabledSites: ['A.org', '', 42, 'has space', 'a/b', 'a.org'] },
      { enabled: true, disabledSites: ['a.org'] },
    ],
    ['sites of the wrong type', { enabled: false, disabledSites: 'a.org' }, { enabled: false, disabledSites: [] }],
  ])('repairs %s', (_, stored, expected) => {
    expect(repairSettings(stored)).toEqual(expected);
  });

  it('never hands out the shared defaults object', () => {
    const repaired = repairSettings(undefined);
    repaired.disabledSites.push('a.org');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});
