/**
 * How the emergency number is said on the card and in the checklist. Apart
 * from the number table (lib/emergency-number.ts) so the content script, which
 * gets its number from the background, does not carry the table.
 */

export interface EmergencyService {
  /** The ISO 3166 region the number is for, or undefined when it is not known. */
  region: string | undefined;
  /** The number to call for an ambulance, shown first. */
  ambulance: string;
  /** Other numbers that also reach help there (112 from mobiles, a single national number). */
  also: readonly string[];
}

/**
 * The second number to show: 112 or 911 where they also work (phones route
 * them in most of the world), else the next number the table lists.
 */
export function alternativeNumber(service: EmergencyService): string | undefined {
  return ['112', '911'].find((number) => service.also.includes(number)) ?? service.also[0];
}

/**
 * "144 (or 112)", or just "911": how the card and checklist say whom to call.
 * `or` says the two in the interface's language (the `numbersOr` message).
 */
export function numbersToCall(service: EmergencyService, or: (first: string, second: string) => string): string {
  const alternative = alternativeNumber(service);
  return alternative ? or(service.ambulance, alternative) : service.ambulance;
}
