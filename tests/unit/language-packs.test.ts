import { describe, expect, it } from 'vitest';
import esContextWords from '../../knowledge/es/context-words.json';
import esTerms from '../../knowledge/es/terms.json';
import type { Entry } from '../../knowledge/schema';
import { createLanguagePacks } from '../../lib/content/language-packs';
import { TERM_ROLE_DESCRIPTION } from '../../lib/core/constants';
import type { Language } from '../../lib/core/languages';
import { termIndexData } from '../../lib/core/matcher/term-index';
import { withoutAccents } from '../../lib/core/text-keys';
import type { LanguagePack } from '../../lib/platform/messages';

const pack: LanguagePack = {
  language: 'es',
  index: termIndexData((esTerms as { entries: Entry[] }).entries, esContextWords, { foldAccents: true }),
  termRole: 'término resaltado',
};

describe('language packs', () => {
  it('asks the background once per language, and has the index and its words once it has arrived', async () => {
    const asked: Language[] = [];
    const ready: Language[] = [];
    const packs = createLanguagePacks(
      (language) => {
        asked.push(language);
        return Promise.resolve(pack);
      },
      (language) => ready.push(language),
    );
    expect(packs.index('es')).toBeUndefined();
    expect(packs.index('es')).toBeUndefined();
    expect(packs.termRole('es')).toBe(TERM_ROLE_DESCRIPTION);
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual(['es']);
    expect(ready).toEqual(['es']);
    expect(packs.index('es')?.resolve('fasciculacion')).toEqual({ kind: 'term', entryId: 'fasciculation' });
    expect(packs.termRole('es')).toBe('término resaltado');
  });

  it('asks for a page’s own language ahead of its blocks, never for English (the content script carries it)', () => {
    const asked: Language[] = [];
    const packs = createLanguagePacks(
      (language) => {
        asked.push(language);
        return new Promise(() => undefined);
      },
      () => undefined,
    );
    packs.prefetch('en');
    expect(asked).toEqual([]);
    packs.prefetch('es');
    packs.prefetch('es');
    expect(asked).toEqual(['es']);
  });

  it('keeps waiting quietly when the background has no index to send', async () => {
    const ready: Language[] = [];
    const packs = createLanguagePacks(
      () => Promise.resolve(undefined),
      (language) => ready.push(language),
    );
    expect(packs.index('es')).toBeUndefined();
    await Promise.resolve();
    expect(ready).toEqual([]);
    expect(packs.index('es')).toBeUndefined();
  });
});

describe('withoutAccents', () => {
  it.each([
    ['fasciculación', 'fasciculacion'],
    ['ELECTROMIOGRAFÍA', 'ELECTROMIOGRAFIA'],
    ['pingüino', 'pinguino'],
    ['año', 'año'],
    ['Fasciculation', 'Fasciculation'],
  ])('%s -> %s, letter for letter', (text, expected) => {
    expect(withoutAccents(text)).toBe(expected);
    expect(withoutAccents(text)).toHaveLength(text.length);
  });
});
