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

interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** Sentences, words and syllables of `text`, segmented by the language's rules and counted by its syllable rule. */
function textCounter(language: string, syllablesOf: (word: string) => number): (text: string) => TextCounts {
  const sentences = new Intl.Segmenter(language, { granularity: 'sentence' });
  const words = new Intl.Segmenter(language, { granularity: 'word' });
  return (text) => {
    const wordList = [...words.segment(text)].filter(({ isWordLike }) => isWordLike).map(({ segment }) => segment);
    return {
      sentences: [...sentences.segment(text)].filter(({ segment }) => /[\p{L}\p{N}]/u.test(segment)).length,
      words: wordList.length,
      syllables: wordList.reduce((sum, word) => sum + syllablesOf(word), 0),
    };
  };
}

const englishCounts = textCounter('en', (word) => Math.max(1, syllable(word)));
const spanishCounts = textCounter('es', spanishSyllables);

export interface ReadingStats extends TextCounts {
  /** Flesch-Kincaid grade level. */
  grade: number;
}

export function readingStats(text: string): ReadingStats {
  const counts = englishCounts(text);
  const grade =
    counts.words === 0
      ? 0
      : 0.39 * (counts.words / Math.max(1, counts.sentences)) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return { ...counts, grade };
}

export interface SpanishReadingStats extends TextCounts {
  /** Szigriszt-Pazos perspicuity (INFLESZ scale): higher is easier; 65 and above is "fairly easy". */
  inflesz: number;
}

/** The INFLESZ score from which Spanish text counts as fairly easy ("bastante fácil"). */
export const INFLESZ_FAIRLY_EASY = 65;

export function spanishReadingStats(text: string): SpanishReadingStats {
  const counts = spanishCounts(text);
  const inflesz =
    counts.words === 0
      ? 100
      : 206.835 - (62.3 * counts.syllables) / counts.words - counts.words / Math.max(1, counts.sentences);
  return { ...counts, inflesz };
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
