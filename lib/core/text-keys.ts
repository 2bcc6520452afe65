/**
 * How matched text is turned into a lookup key. The pattern accepts typographic
 * variants (curly apostrophes, Unicode hyphens, any run of white space, a line
 * break in the page source); the key folds them back so one table serves all.
 */

const APOSTROPHES = /['\u2018\u2019\u02BC\u2032]/g;
const HYPHENS = /[-\u2010\u2011]/g;
const WHITESPACE = /\s+/g;

/** Folds typography but keeps letter case (abbreviations are case-sensitive). */
export function typographyKey(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(HYPHENS, '-').replace(WHITESPACE, ' ').trim();
}

/** Case-insensitive key for ordinary terms. */
export function caseKey(text: string): string {
  return typographyKey(text).toLowerCase();
}

const ACCENTED = /[áéíóúü]/g;
const UNACCENTED: Readonly<Record<string, string>> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u' };

/**
 * Case- and accent-insensitive key, for languages whose writers often drop
 * accents (Spanish "fasciculacion" for "fasciculación"). Only the acute accent
 * and the diaeresis go: ñ is a letter of its own ("año" is not "ano").
 */
export function accentKey(text: string): string {
  return caseKey(text).replace(ACCENTED, (char) => UNACCENTED[char] ?? char);
}

/** The vowels an accent-insensitive pattern accepts for each unaccented one (either case: the pattern has the i flag). */
const WITH_ACCENTS: Readonly<Record<string, string>> = { a: '[aá]', e: '[eé]', i: '[ií]', o: '[oó]', u: '[uúü]' };

/** Regular-expression source for one character of an accent-folded key: a vowel with or without its accent. */
export function accentCharacterPattern(char: string): string {
  return WITH_ACCENTS[char] ?? characterPattern(char);
}

/** Regular-expression source for one character of a term, accepting its typographic variants. */
export function characterPattern(char: string): string {
  if (char === "'") return "['\\u2018\\u2019\\u02BC\\u2032]";
  if (char === '-') return '[-\\u2010\\u2011]';
  if (char === ' ') return '\\s+';
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
