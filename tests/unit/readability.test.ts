import { describe, expect, it } from 'vitest';
import { readingStats, withoutForms } from '../../scripts/lib/readability';

describe('readingStats', () => {
  it.each([
    // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59
    ['The cat sat on the mat.', { sentences: 1, words: 6, syllables: 6, grade: 0.39 * 6 + 11.8 - 15.59 }],
    // 2 sentences of 3 words; muscles 2, twitch 1, often 2, they 1, are 1, harmless 2
    [
      'Muscles twitch often. They are harmless.',
      { sentences: 2, words: 6, syllables: 9, grade: 0.39 * 3 + (11.8 * 9) / 6 - 15.59 },
    ],
    ['', { sentences: 0, words: 0, syllables: 0, grade: 0 }],
  ])('%j', (text, expected) => {
    const stats = readingStats(text);
    expect(stats.sentences).toBe(expected.sentences);
    expect(stats.words).toBe(expected.words);
    expect(stats.syllables).toBe(expected.syllables);
    expect(stats.grade).toBeCloseTo(expected.grade, 6);
  });

  it('scores long medical words as harder than plain ones', () => {
    expect(readingStats('Electromyography evaluates neuromuscular physiology.').grade).toBeGreaterThan(
      readingStats('A test that checks how your muscles work.').grade,
    );
  });
});

describe('withoutForms', () => {
  it.each([
    [
      'Fasciculations are common; a fasciculation is small.',
      ['fasciculation', 'fasciculations'],
      'are common; a is small.',
    ],
    ["Isaac’s syndrome and Isaac's syndrome", ["Isaac's syndrome"], 'and'],
    ['ALS is rare. Falsetto stays.', ['ALS'], 'is rare. Falsetto stays.'],
    ['Nothing to remove.', [], 'Nothing to remove.'],
  ])('%j without %j', (text, forms, expected) => {
    expect(withoutForms(text, forms)).toBe(expected);
  });
});
