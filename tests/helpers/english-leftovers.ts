/**
 * English interface messages found in text that should be entirely Spanish:
 * every English message that reads differently in Spanish, up to its first
 * placeholder, if long enough to be sure of (8 characters or more).
 */
import { CATALOGUES } from '../../lib/core/catalogues';

const ENGLISH_MESSAGES = Object.entries(CATALOGUES.en)
  .filter(([key, entry]) => CATALOGUES.es[key as keyof typeof CATALOGUES.es]?.message !== entry.message)
  .map(([, entry]) => entry.message.split(/\$[A-Z_]+\$/)[0]?.trim() ?? '')
  .filter((start) => start.length >= 8);

export function englishLeftovers(shown: string): string[] {
  return ENGLISH_MESSAGES.filter((message) => shown.includes(message));
}
