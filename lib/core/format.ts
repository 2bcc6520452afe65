/** Small text helpers shared by the card and the popup. */

/** "fasciculation" -> "Fasciculation"; names already capitalised stay as they are. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * "CH" -> "Switzerland" (or "Suiza"), in `language` (the browser's when
 * undefined); the code itself if the browser cannot name it. One formatter
 * per language serves every call: the region list names some 250 places at once.
 */
export function regionName(code: string, language?: string): string {
  try {
    const key = language ?? '';
    let names = regionNames.get(key);
    if (!names) {
      names = new Intl.DisplayNames(language, { type: 'region' });
      regionNames.set(key, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
