/**
 * Which language a run of text is in, for the languages the product knows.
 * The page says (`lang` on the page or a block), but pages often say nothing
 * or the wrong thing (an English template around Spanish articles), and a
 * page may quote another language. So the words decide when they clearly can.
 *
 * Pages must not pay much for this: a run expected in English is read word by
 * word only when it shows a Spanish letter or mark (á é í ó ú ñ ü ¿ ¡), one
 * expected in Spanish only when it shows a frequent English word. One
 * regular-expression test per run otherwise. (The
 * browser's own `i18n.detectLanguage` is asynchronous and answers per call:
 * too slow for every block of a long page, and untestable without a browser.)
 */
import type { Language } from './languages';

// Both cases spelled out: a case-insensitive test of non-ASCII letters costs more per character.
const SPANISH_SIGNS = /[áéíóúñüÁÉÍÓÚÑÜ¿¡]/;
/** The most frequent English words, none of them Spanish: a run expected in Spanish without one is Spanish. */
const ENGLISH_SIGNS = /\b(?:the|and|of|is|are|with|that|this)\b/i;

/** Short, frequent words of each language that the other does not use (so not "a", "no", "me", "de"...). */
const FUNCTION_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  es: new Set(
    (
      'el la los las del que y en es un una por para con se su sus al lo como más pero este esta estos estas ese esa ' +
      'eso hay muy sin sobre también hasta donde desde porque cuando qué cómo está están son fue ser tiene puede ' +
      'pueden le les ya usted ustedes otro otra otros otras mucho muchos poco todo todos nada algo cada entre durante'
    ).split(' '),
  ),
  en: new Set(
    (
      'the of and to is in that it for was on are with as be at by this have from or an they you not but which can ' +
      'if your my has do does their what when will there been were would should could about more than these those ' +
      'its our we he she his her who how after before into'
    ).split(' '),
  ),
};

/** Words read at most: enough to decide, bounded for very long runs. */
const MAX_CHARS = 600;
/** Function words needed, and the lead over the other language, to call a run's language from its words. */
const MIN_WORDS = 2;

/** The language the words of `text` show, if they clearly show one. */
export function languageOfWords(text: string): Language | undefined {
  const counts: Record<Language, number> = { en: 0, es: 0 };
  for (const word of text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (FUNCTION_WORDS.es.has(word)) counts.es++;
    else if (FUNCTION_WORDS.en.has(word)) counts.en++;
  }
  if (counts.es >= MIN_WORDS && counts.es >= 2 * counts.en) return 'es';
  if (counts.en >= MIN_WORDS && counts.en >= 2 * counts.es) return 'en';
  return undefined;
}

/**
 * The language to read a run in. `declared`: the block's `lang` (`other` for
 * a language the product does not know, undefined when nothing is declared);
 * `fallback`: what an undeclared page has shown so far. The run's words
 * decide when they clearly can; otherwise the declared language, else the
 * fallback. Languages the product does not know read as English, as they
 * always have. A run expected in English is read word by word only if it
 * shows a Spanish sign, one expected in Spanish only if it shows a frequent
 * English word, so either kind of page pays about one test per run.
 */
export function runLanguage(text: string, declared: Language | 'other' | undefined, fallback: Language): Language {
  const expected = declared === undefined ? fallback : declared === 'es' ? 'es' : 'en';
  if (expected === 'en' && !SPANISH_SIGNS.test(text)) return 'en';
  if (expected === 'es' && !ENGLISH_SIGNS.test(text)) return 'es';
  return languageOfWords(text) ?? expected;
}
