/**
 * The number to call for an ambulance, for the region the person chose or,
 * by default, the one guessed from the browser: the time zone says where the
 * computer is (an English browser in India is in Asia/Kolkata), the browser's
 * languages say where the person may be when the time zone does not
 * (UTC, or a zone shared by no country). Pure: the environment is passed in.
 */
import numbersData from '../../knowledge/emergency-numbers.json';
import type { EmergencyNumbers } from '../../knowledge/schema';
import timeZones from '../../knowledge/time-zones.json';
import type { EmergencyService } from './call-numbers';
import { canonicalRegion } from './region-code';
import { AUTO_REGION } from './settings';

const numbers = numbersData as EmergencyNumbers;
const regionOfZone: Readonly<Record<string, string>> = timeZones;

/** 112 reaches emergency services from mobile phones in most of the world; used when the region is unknown. */
export const FALLBACK_EMERGENCY_NUMBER = '112';

/** What the browser says about where it is. */
export interface BrowserPlace {
  timeZone: string | undefined;
  languages: readonly string[];
}

/** Every region with a number, for the person to choose from. */
export const EMERGENCY_REGIONS: readonly string[] = Object.keys(numbers.regions);

/** The region of the browser: the time zone's country, else the first language that names or implies one. */
export function guessRegion({ timeZone, languages }: BrowserPlace): string | undefined {
  const fromZone = timeZone ? regionOfZone[timeZone] : undefined;
  if (fromZone) return fromZone;
  const tags = languages.flatMap((tag) => locale(tag) ?? []);
  // "en" alone is most likely US English, "ja" Japan: the likely region of the first language.
  const region = tags.find((tag) => tag.region)?.region ?? tags[0]?.maximize().region;
  return region === undefined ? undefined : canonicalRegion(region);
}

/** The emergency number for the person's choice (`AUTO_REGION` or a region code) in this browser. */
export function emergencyService(choice: string, place: BrowserPlace): EmergencyService {
  const chosen = choice !== AUTO_REGION && numbers.regions[choice] ? choice : undefined;
  const region = chosen ?? guessRegion(place);
  const known = region === undefined ? undefined : numbers.regions[region];
  return {
    region: known ? region : undefined,
    ambulance: known?.ambulance ?? FALLBACK_EMERGENCY_NUMBER,
    also: known?.also ?? [],
  };
}

function locale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}
