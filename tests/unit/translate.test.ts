import { describe, expect, it } from 'vitest';
import { type Catalogue, createTranslator, formatMessage } from '../../lib/core/translate';

describe('formatMessage (as browser.i18n.getMessage formats)', () => {
  it.each([
    [{ message: 'Plain text' }, [], 'Plain text'],
    [{ message: 'Call $1 now' }, ['112'], 'Call 112 now'],
    [{ message: 'Call $NUMBER$ now', placeholders: { number: { content: '$1' } } }, ['144'], 'Call 144 now'],
    [
      {
        message: '$SITE$ is covered by $COVERING$',
        placeholders: { site: { content: '$1' }, covering: { content: '$2' } },
      },
      ['www.a.org', 'a.org'],
      'www.a.org is covered by a.org',
    ],
    [{ message: 'Costs $$5' }, [], 'Costs $5'],
    [{ message: 'Missing $2' }, ['one'], 'Missing '],
    [{ message: 'Unknown $NAME$ stays' }, [], 'Unknown $NAME$ stays'],
  ])('%j with %j -> %j', (entry, substitutions, expected) => {
    expect(formatMessage(entry, substitutions)).toBe(expected);
  });
});

const catalogue: Catalogue = {
  greeting: { message: 'Hello $NAME$', placeholders: { name: { content: '$1' } } },
  terms_one: { message: '$1 term' },
  terms_other: { message: '$1 terms' },
};

describe('createTranslator', () => {
  const en = createTranslator('en', catalogue);

  it('formats messages, and answers the key for one it lacks', () => {
    expect(en.t('greeting', 'Ana')).toBe('Hello Ana');
    expect(en.t('nothing-here')).toBe('nothing-here');
  });

  it.each([
    [0, '0 terms'],
    [1, '1 term'],
    [2, '2 terms'],
    [1500, '1,500 terms'],
  ])('plural for %i -> %s', (count, expected) => {
    expect(en.plural('terms', count)).toBe(expected);
  });

  it('formats numbers and plurals in its language', () => {
    const es = createTranslator('es', {
      terms_one: { message: '$1 término' },
      terms_other: { message: '$1 términos' },
    });
    expect(es.plural('terms', 1)).toBe('1 término');
    expect(es.plural('terms', 12500)).toBe('12.500 términos');
    // Spanish has a "many" form for millions; a catalogue without it falls back to "other".
    expect(es.plural('terms', 1_000_000)).toBe('1.000.000 términos');
  });

  it.each([
    ['en', '2026-11-21', 'November 21, 2026'],
    ['es', '2026-11-21', '21 de noviembre de 2026'],
    ['es', 'not a date', 'not a date'],
  ])('dates in %s: %s -> %s', (language, date, expected) => {
    expect(createTranslator(language, {}).date(date)).toBe(expected);
  });
});
