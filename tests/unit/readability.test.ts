import { describe, expect, it } from 'vitest';
import { INFLESZ_FAIRLY_EASY, readingStats, spanishReadingStats, withoutForms } from '../../scripts/lib/readability';
import { spanishSyllables } from '../../scripts/lib/spanish-syllables';

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

describe('spanishSyllables', () => {
  it.each([
    ['fasciculación', 5], // fas-ci-cu-la-ción
    ['músculo', 3],
    ['electromiografía', 7], // e-lec-tro-mio-gra-fí-a: a stressed í splits
    ['neurólogo', 4], // neu-ró-lo-go: eu is a diphthong
    ['ciudad', 2], // ciu-dad
    ['poeta', 3], // po-e-ta: two strong vowels split
    ['aéreo', 4],
    ['país', 2],
    ['día', 2],
    ['leer', 2],
    ['chiita', 3],
    ['guía', 2], // the u of gui is silent
    ['que', 1],
    ['guerra', 2],
    ['pingüino', 3], // ü is heard: güi
    ['averigüéis', 4],
    ['hoy', 1], // y at the end is a vowel
    ['y', 1],
    ['muy', 1],
    ['buey', 1], // a triphthong
    ['reyes', 2], // y before a vowel is a consonant
    ['prohíbe', 3], // h does not separate: pro-hí-be
    ['ahumado', 3], // ahu-ma-do
    ['esclerosis', 4],
    ['amiotrófica', 5],
    ['ELA', 2],
    ['EMG', 1],
  ])('%s: %i', (word, expected) => {
    expect(spanishSyllables(word)).toBe(expected);
  });
});

describe('spanishReadingStats', () => {
  it('scores a short plain sentence as fairly easy and a dense one as hard', () => {
    const plain = spanishReadingStats('El músculo se mueve solo. Casi nunca es grave.');
    // 9 words, 2 sentences; syllables: el 1, mús-cu-lo 3, se 1, mue-ve 2, so-lo 2, ca-si 2, nun-ca 2, es 1, gra-ve 2 = 16
    expect(plain).toMatchObject({ sentences: 2, words: 9, syllables: 16 });
    expect(plain.inflesz).toBeCloseTo(206.835 - (62.3 * 16) / 9 - 9 / 2, 6);
    expect(plain.inflesz).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
    const dense = spanishReadingStats(
      'La electromiografía cuantitativa evalúa la fisiología neuromuscular mediante electrodos intramusculares.',
    );
    expect(dense.inflesz).toBeLessThan(INFLESZ_FAIRLY_EASY);
  });

  it('reads inverted punctuation as part of the sentence', () => {
    expect(spanishReadingStats('¿Es grave? ¡No siempre!')).toMatchObject({ sentences: 2, words: 4 });
  });
});
