/** Where this browser says it is: its time zone and languages (read where the guess is made). */
import type { BrowserPlace } from '../core/emergency-number';

export function browserPlace(): BrowserPlace {
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  return { timeZone, languages: navigator.languages ?? [navigator.language] };
}
