/**
 * Forms that two entries (or an entry and a context word or another meaning)
 * both claim, under a language's key: a page could not tell which one a
 * reader means. The knowledge tests expect none, in every language.
 */
import type { ContextWords, Entry } from '../../knowledge/schema';

export function formClashes(
  entries: readonly Entry[],
  contextWords: ContextWords,
  keyOf: (form: string) => string,
): string[] {
  const owners = new Map<string, string>();
  const clashes: string[] = [];
  const claim = (key: string, owner: string) => {
    const previous = owners.get(key);
    if (previous !== undefined && previous !== owner) clashes.push(`${key}: ${previous} and ${owner}`);
    owners.set(key, owner);
  };
  for (const entry of entries)
    for (const form of [entry.term, ...entry.otherNames, ...entry.variants]) claim(keyOf(form), entry.id);
  for (const concept of contextWords.concepts)
    for (const form of concept.forms) claim(keyOf(form), `context word ${concept.id}`);
  for (const entry of entries) {
    for (const abbreviation of entry.abbreviations) {
      claim(`abbreviation:${abbreviation.text}`, entry.id);
      for (const meaning of abbreviation.otherMeanings) claim(keyOf(meaning), `other meaning of ${abbreviation.text}`);
    }
  }
  return clashes;
}
