/**
 * ISO 3166 region codes as the browser's `Intl` knows them. Pure and small:
 * settings repair uses it in every context, the content script included,
 * without bundling the emergency number table.
 */

/** Codes `Intl` names that are not places one can be in: groupings, test locales, "unknown". */
const NON_PLACE_REGIONS: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The current code for a region ("UK" -> "GB", "SU" -> "RU"), or undefined if it is not one. */
export function canonicalRegion(code: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(code)) return undefined;
  try {
    return new Intl.Locale(`und-${code}`).region;
  } catch {
    return undefined;
  }
}

/** Whether `code` is the current code of a place (a country or territory) that `Intl` can name. */
export function isPlaceCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    canonicalRegion(code) === code &&
    !NON_PLACE_REGIONS.has(code) &&
    names.of(code) !== undefined
  );
}
