/**
 * Reading level of the knowledge text. English: the Flesch-Kincaid grade,
 * 0.39 x words per sentence + 11.8 x syllables per word - 15.59, syllables
 * from `syllable`. Spanish: the Szigriszt-Pazos perspicuity read on the
 * INFLESZ scale, 206.835 - 62.3 x syllables per word - words per sentence
 * (65-80 "bastante fácil", fairly easy), syllables from Spanish spelling rules.
 * Words and sentences come from Intl.Segmenter. Used by the knowledge tests
 * and the catalogue, never at run time.
 */
import { syllable } from 'syllable';
import { spanishSyllables } from './spanish-syllables.ts';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const words = new Intl.Segmenter('en', { granularity: 'word' });

export interface ReadingStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade level. */
  grade: number;
}

export function readingStats(text: string): ReadingStats {
  const sentenceCount = [...sentences.segment(text)].filter(({ segment }) => /[\p{L}\p{N}]/u.test(segment)).length;
  const wordList = [...words.segment(text)].filter(({ isWordLike }) => isWordLike).map(({ segment }) => segment);
  const syllableCount = wordList.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const grade =
    wordList.length === 0
      ? 0
      : 0.39 * (wordList.length / Math.max(1, sentenceCount)) + 11.8 * (syllableCount / wordList.length) - 15.59;
  return { sentences: sentenceCount, words: wordList.length, syllables: syllableCount, grade };
}

const spanishSentences = new Intl.Segmenter('es', { granularity: 'sentence' });
const spanishWords = new Intl.Segmenter('es', { granularity: 'word' });

export interface SpanishReadingStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Szigriszt-Pazos perspicuity (INFLESZ scale): higher is easier; 65 and above is "fairly easy". */
  inflesz: number;
}

/** The INFLESZ score from which Spanish text counts as fairly easy ("bastante fácil"). */
export const INFLESZ_FAIRLY_EASY = 65;

export function spanishReadingStats(text: string): SpanishReadingStats {
  const sentenceCount = [...spanishSentences.segment(text)].filter(({ segment }) =>
    /[\p{L}\p{N}]/u.test(segment),
  ).length;
  const wordList = [...spanishWords.segment(text)].filter(({ isWordLike }) => isWordLike).map(({ segment }) => segment);
  const syllableCount = wordList.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const inflesz =
    wordList.length === 0
      ? 100
      : 206.835 - (62.3 * syllableCount) / wordList.length - wordList.length / Math.max(1, sentenceCount);
  return { sentences: sentenceCount, words: wordList.length, syllables: syllableCount, inflesz };
}

/**
 * `text` without any of `forms` (the entry's own names): a long headword such
 * as "fasciculation" says nothing about how plain the words around it are.
 */
export function withoutForms(text: string, forms: readonly string[]): string {
  const escaped = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
  if (escaped.length === 0) return text;
  return text
    .replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), '')
    .replace(/\s+/g, ' ')
    .trim();
}
