import { describe, expect, it } from 'vitest';
import { interfaceLanguage, isLanguage, supportedLanguage } from '../../lib/core/languages';
import { languageOfWords, runLanguage } from '../../lib/core/text-language';

describe('supportedLanguage and interfaceLanguage', () => {
  it.each([
    ['es', 'es'],
    ['es-419', 'es'],
    ['es_MX', 'es'],
    ['EN-us', 'en'],
    ['fr', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %j', (tag, expected) => {
    expect(supportedLanguage(tag)).toBe(expected);
    expect(interfaceLanguage(tag)).toBe(expected ?? 'en');
  });
});

describe('isLanguage', () => {
  it.each([
    ['en', true],
    ['es', true],
    ['es-419', false],
    ['ES', false],
    ['fr', false],
    [undefined, false],
    [7, false],
  ])('%j -> %j', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });
});

describe('languageOfWords', () => {
  it.each([
    ['Las fasciculaciones son contracciones pequeñas de un músculo.', 'es'],
    ['Mi neurólogo dice que es SFB, pero la EMG es la semana que viene.', 'es'],
    ['¿Es grave? No, casi nunca es grave y suele pasar solo.', 'es'],
    ['Muscle twitches are common and usually harmless.', 'en'],
    ['My neuro thinks it is BFS, and the EMG is next week.', 'en'],
    // Too few words to tell.
    ['Fasciculación', undefined],
    ['Isaacs syndrome', undefined],
    // A Spanish name inside English prose is still English.
    ['José López, a patient in Málaga, says the twitches come and go with stress.', 'en'],
  ])('%j -> %j', (text, expected) => {
    expect(languageOfWords(text)).toBe(expected);
  });
});

describe('runLanguage', () => {
  it.each([
    // English pages: one test, no word count, when there is no Spanish sign.
    ['Twitching is common.', 'en', 'en', 'en'],
    ['Fasciculations are common.', undefined, 'en', 'en'],
    // Declared Spanish, and the words agree or cannot tell.
    ['La ELA es rara.', 'es', 'en', 'es'],
    ['Fasciculaciones', 'es', 'en', 'es'],
    // Declared wrongly: an English template around a Spanish article.
    ['Las fasciculaciones casi nunca son graves y pasan solas en días.', 'en', 'en', 'es'],
    // ...but a run with no Spanish letter or mark is not read word by word there (the cost English pages would pay).
    ['Las fasciculaciones casi nunca son graves y suelen pasar solas.', 'en', 'en', 'en'],
    // A Spanish page quoting English.
    ['Muscle twitches are common and usually harmless.', 'es', 'en', 'en'],
    // Nothing declared: the words, else what the page has shown so far.
    ['Las fasciculaciones casi nunca son graves ni duran más de unos días.', undefined, 'en', 'es'],
    ['Fasciculaciones', undefined, 'es', 'es'],
    // A language the product does not know reads as English, as it always has.
    ['Les fasciculations sont fréquentes.', 'other', 'en', 'en'],
    ['Les fasciculations sont fréquentes.', 'other', 'es', 'en'],
  ] as const)('%j declared %j (page so far: %j) -> %j', (text, declared, fallback, expected) => {
    expect(runLanguage(text, declared, fallback)).toBe(expected);
  });
});
