/**
 * Builds knowledge/time-zones.json: every IANA time zone name and alias -> ISO 3166 country code,
 * from this machine's tzdata (/usr/share/zoneinfo). Run when tzdata changes (Node 22): `node scripts/make-time-zones.ts`; the output is committed.
 *
 * - zone.tab gives each zone its country; zone1970.tab (first country listed) covers any zone
 *   zone.tab lacks.
 * - "L target alias" lines of tzdata.zi give aliases the target's country, unless the alias is
 *   itself a zone.tab entry (Europe/Vaduz -> LI, Asia/Kuwait -> KW, Europe/Busingen -> DE).
 * - Zones with no country (Etc/*, UTC, GMT, EST5EDT, CET...) are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const TZDIR = '/usr/share/zoneinfo';
const OUT = new URL('../knowledge/time-zones.json', import.meta.url);

/** Rows of a .tab file, comments dropped, split on tabs. */
const rows = (file: string) =>
  readFileSync(`${TZDIR}/${file}`, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));

/**
 * Old aliases whose tz target lies in another country since tz merged zones across borders
 * (2022 onwards): the alias names a place in the country given here, not the target's.
 */
const ALIAS_COUNTRY: Readonly<Record<string, string>> = {
  Iceland: 'IS', // -> Africa/Abidjan
  'Africa/Asmera': 'ER', // -> Africa/Nairobi
  'Africa/Timbuktu': 'ML', // -> Africa/Abidjan
  'America/Coral_Harbour': 'CA', // -> America/Panama
  'America/Virgin': 'VI', // -> America/Puerto_Rico
  'Antarctica/South_Pole': 'AQ', // -> Pacific/Auckland
  'Atlantic/Jan_Mayen': 'SJ', // -> Europe/Berlin
  'Pacific/Johnston': 'UM', // -> Pacific/Honolulu
  'Pacific/Ponape': 'FM', // -> Pacific/Guadalcanal
  'Pacific/Truk': 'FM', // -> Pacific/Port_Moresby
  'Pacific/Yap': 'FM', // -> Pacific/Port_Moresby
};

const country = new Map<string, string>();
for (const [code = '', , zone = ''] of rows('zone.tab')) country.set(zone, code);
for (const [codes = '', , zone = ''] of rows('zone1970.tab')) {
  if (!country.has(zone)) country.set(zone, codes.split(',')[0] ?? '');
}

for (const line of readFileSync(`${TZDIR}/tzdata.zi`, 'utf8').split('\n')) {
  const [kind, target = '', alias = ''] = line.split(' ');
  if (kind !== 'L' || country.has(alias)) continue; // zone.tab wins
  const code = ALIAS_COUNTRY[alias] ?? country.get(target);
  if (code) country.set(alias, code);
}

const sorted = Object.fromEntries([...country].sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(OUT, `${JSON.stringify(sorted, null, 2)}\n`);

// Check: which of Node's own time zone names have no country here?
const missing = Intl.supportedValuesOf('timeZone').filter((zone) => !country.has(zone));
console.log(`${country.size} names written to ${OUT.pathname}`);
console.log(`Intl time zones without a country (${missing.length}): ${missing.join(' ')}`);
