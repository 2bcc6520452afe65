/** Small text helpers shared by the card and the popup. */

/** "fasciculation" -> "Fasciculation"; names already capitalised stay as they are. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2026-11-21" -> "21 November 2026", in the reader's language, independent of time zone. */
export function formatReviewDate(isoDate: string, locales?: string | readonly string[]): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locales as string[] | undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * "CH" -> "Switzerland", in the browser's language; the code itself if the
 * browser cannot name it. One formatter serves every call: the region list
 * names some 250 places at once.
 */
export function regionName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(undefined, { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
