import { describe, expect, it } from 'vitest';
import { emergencyNumberFor, FALLBACK_EMERGENCY_NUMBER } from '../../lib/emergency-number';

describe('emergencyNumberFor', () => {
  it.each<[string[], string]>([
    [['en-US'], '911'],
    [['en'], '911'],
    [['en-CA', 'fr-CA'], '911'],
    [['en-GB'], '999'],
    [['en-AU'], '000'],
    [['en-NZ'], '111'],
    [['de-DE'], '112'],
    [['de'], '112'],
    [['fr'], '112'],
    [['ja'], '119'],
    [['zh-CN'], '120'],
    [['pt-BR'], '192'],
    [['en-IN'], '112'],
    [[], FALLBACK_EMERGENCY_NUMBER],
    [['!!'], FALLBACK_EMERGENCY_NUMBER],
    [['!!', 'en-GB'], '999'],
  ])('%j -> %s', (languages, expected) => {
    expect(emergencyNumberFor(languages)).toBe(expected);
  });
});
