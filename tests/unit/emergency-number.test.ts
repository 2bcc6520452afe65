import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import numbersData from '../../knowledge/emergency-numbers.json';
import { EmergencyNumbersSchema, TimeZonesSchema } from '../../knowledge/schema';
import timeZonesData from '../../knowledge/time-zones.json';
import { alternativeNumber, numbersToCall } from '../../lib/core/call-numbers';
import { translatorFor } from '../../lib/core/catalogues';
import {
  EMERGENCY_REGIONS,
  emergencyService,
  FALLBACK_EMERGENCY_NUMBER,
  guessRegion,
} from '../../lib/core/emergency-number';
import { canonicalRegion, isPlaceCode } from '../../lib/core/region-code';
import { AUTO_REGION } from '../../lib/core/settings';

const numbers = v.parse(EmergencyNumbersSchema, numbersData);
const timeZones = v.parse(TimeZonesSchema, timeZonesData);

/** Every two-letter code `Intl` can name. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const codesIntlNames = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)).filter(isPlaceCode);

describe('the emergency number table', () => {
  it('has a number for every country and territory Intl knows', () => {
    expect(codesIntlNames.length).toBeGreaterThan(240);
    expect(codesIntlNames.filter((code) => !numbers.regions[code])).toEqual([]);
  });

  it('keys only current codes of places, in order', () => {
    expect(EMERGENCY_REGIONS.filter((code) => !isPlaceCode(code))).toEqual([]);
    expect(EMERGENCY_REGIONS).toEqual([...EMERGENCY_REGIONS].sort());
  });

  it('cites one https source and a date', () => {
    expect(new URL(numbers.source.url).protocol).toBe('https:');
    expect(numbers.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('never repeats the ambulance number among the others', () => {
    for (const [code, { ambulance, also = [] }] of Object.entries(numbers.regions)) {
      expect(also, code).not.toContain(ambulance);
      expect(new Set(also).size, code).toBe(also.length);
    }
  });
});

describe('the time zone table', () => {
  it('places every time zone Intl knows in a region with a number', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.filter((zone) => !numbers.regions[timeZones[zone] ?? ''])).toEqual([]);
  });

  it('knows the old names browsers still report', () => {
    expect([timeZones['Asia/Calcutta'], timeZones['Asia/Saigon'], timeZones['America/Buenos_Aires']]).toEqual([
      'IN',
      'VN',
      'AR',
    ]);
  });
});

describe('guessing the region from the time zone and the languages', () => {
  it.each<[string | undefined, string[], string | undefined, string, string | undefined]>([
    ['Europe/Zurich', ['de-CH', 'de'], 'CH', '144', '112'],
    ['Europe/Vienna', ['de-AT'], 'AT', '144', '112'],
    ['Europe/Oslo', ['nb-NO'], 'NO', '113', '112'],
    ['Asia/Bangkok', ['th-TH'], 'TH', '1669', '112'],
    ['Asia/Ho_Chi_Minh', ['vi'], 'VN', '115', undefined],
    ['Asia/Saigon', ['vi-VN'], 'VN', '115', undefined],
    ['America/Argentina/Buenos_Aires', ['es-AR'], 'AR', '107', '112'],
    ['America/Santiago', ['es-CL'], 'CL', '131', '112'],
    ['America/Bogota', ['es-CO'], 'CO', '123', '112'],
    ['America/Lima', ['es-PE'], 'PE', '106', '116'],
    ['Africa/Johannesburg', ['en-ZA'], 'ZA', '10177', '112'],
    ['Asia/Dubai', ['ar-AE'], 'AE', '998', '112'],
    ['Africa/Cairo', ['ar-EG'], 'EG', '123', '112'],
    // An English browser in India or Nigeria is there, not in the US.
    ['Asia/Kolkata', ['en-US', 'en'], 'IN', '112', '108'],
    ['Asia/Calcutta', ['en-US'], 'IN', '112', '108'],
    ['Africa/Lagos', ['en-US'], 'NG', '112', undefined],
    ['America/New_York', ['en-GB'], 'US', '911', undefined],
    ['Europe/London', ['en-US'], 'GB', '999', '112'],
    ['Australia/Sydney', ['en-AU'], 'AU', '000', '112'],
    // Where the zone says nothing, the languages decide.
    ['UTC', ['en-GB'], 'GB', '999', '112'],
    ['Etc/GMT+5', ['fr-CA', 'fr'], 'CA', '911', undefined],
    [undefined, ['ja'], 'JP', '119', '112'],
    [undefined, ['en'], 'US', '911', undefined],
    // Nothing to go on: 112 works from mobiles in most of the world.
    [undefined, [], undefined, FALLBACK_EMERGENCY_NUMBER, undefined],
    ['UTC', ['!!'], undefined, FALLBACK_EMERGENCY_NUMBER, undefined],
  ])('%s, %j -> %s: %s (or %s)', (timeZone, languages, region, ambulance, alternative) => {
    const service = emergencyService(AUTO_REGION, { timeZone, languages });
    expect(service.region).toBe(region);
    expect(service.ambulance).toBe(ambulance);
    expect(alternativeNumber(service)).toBe(alternative);
  });

  it('reads old region codes in language tags as today’s', () => {
    expect(guessRegion({ timeZone: undefined, languages: ['en-UK'] })).toBe(canonicalRegion('GB'));
  });
});

describe('a region the person chose', () => {
  const inZurich = { timeZone: 'Europe/Zurich', languages: ['de-CH'] };

  it('wins over the guess', () => {
    expect(emergencyService('NO', inZurich)).toEqual({
      region: 'NO',
      ambulance: '113',
      also: ['112', '911'],
    });
  });

  it.each(['', 'ch', 'XX', 'EU', 'Switzerland'])('%j is not a region: the guess is used', (choice) => {
    expect(emergencyService(choice, inZurich)).toMatchObject({ region: 'CH', ambulance: '144' });
  });
});

describe('how the numbers are said', () => {
  it.each([
    [{ region: 'CH', ambulance: '144', also: ['112'] }, '144 (or 112)'],
    [{ region: 'TH', ambulance: '1669', also: ['191', '112'] }, '1669 (or 112)'],
    [{ region: 'PE', ambulance: '106', also: ['116'] }, '106 (or 116)'],
    [{ region: 'US', ambulance: '911', also: [] }, '911'],
  ])('%j -> %s', (service, text) => {
    expect(numbersToCall(service, (first, second) => translatorFor('en').t('numbersOr', first, second))).toBe(text);
  });

  it('says them in Spanish too', () => {
    const service = { region: 'AR', ambulance: '107', also: ['112'] };
    expect(numbersToCall(service, (first, second) => translatorFor('es').t('numbersOr', first, second))).toBe(
      '107 (o 112)',
    );
  });
});
