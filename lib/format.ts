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

/** "CH" -> "Switzerland", in the reader's language; the code itself if the browser cannot name it. */
export function regionName(code: string, locales?: string | readonly string[]): string {
  try {
    return new Intl.DisplayNames(locales as string[] | undefined, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
