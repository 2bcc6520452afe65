/**
 * The number to call for an ambulance, guessed from the browser's language
 * region. 112 works from mobile phones in most of the world, so it is the
 * fallback when the region is unknown.
 */

/** Ambulance numbers where they differ from 112. */
const NUMBER_BY_REGION: Readonly<Record<string, string>> = {
  US: '911',
  CA: '911',
  MX: '911',
  PR: '911',
  PH: '911',
  GB: '999',
  HK: '999',
  MY: '999',
  BD: '999',
  AU: '000',
  NZ: '111',
  JP: '119',
  KR: '119',
  TW: '119',
  CN: '120',
  BR: '192',
  SG: '995',
  SA: '997',
  IL: '101',
};

export const FALLBACK_EMERGENCY_NUMBER = '112';

/** The region of a BCP 47 language tag, filling in the likely one ("en" is US English). */
export function regionOf(languageTag: string): string | undefined {
  try {
    return new Intl.Locale(languageTag).maximize().region;
  } catch {
    return undefined;
  }
}

/** The emergency number for the first of the browser's languages that names a region. */
export function emergencyNumberFor(languageTags: readonly string[]): string {
  for (const tag of languageTags) {
    const region = regionOf(tag);
    if (region) return NUMBER_BY_REGION[region] ?? FALLBACK_EMERGENCY_NUMBER;
  }
  return FALLBACK_EMERGENCY_NUMBER;
}
