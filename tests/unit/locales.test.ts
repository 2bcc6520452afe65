import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../lib/core/catalogues';
import { TERM_ROLE_DESCRIPTION } from '../../lib/core/constants';
import { LANGUAGES } from '../../lib/core/languages';

const root = resolve(import.meta.dirname, '../..');
const english = CATALOGUES.en;
const placeholdersIn = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase());

/** Messages that read the same in Spanish (a word both languages share, or only a placeholder). */
const SAME_IN_SPANISH = new Set(['optionsGeneral', 'optionsSeconds']);

describe('_locales', () => {
  it('holds exactly the languages the product speaks', () => {
    expect(readdirSync(resolve(root, 'public/_locales')).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every English key and no other', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('%s: keys the browser accepts, a message in each, and its placeholders defined', (language) => {
    for (const [key, entry] of Object.entries(CATALOGUES[language])) {
      expect(key, key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      const defined = Object.keys(entry.placeholders ?? {});
      expect(new Set(placeholdersIn(entry.message)), key).toEqual(new Set(defined));
      for (const placeholder of Object.values(entry.placeholders ?? {}))
        expect(placeholder.content, key).toMatch(/^\$[1-9]$/);
    }
  });

  it('gives every language the same placeholders for a message, filled the same way', () => {
    for (const language of LANGUAGES) {
      for (const [key, entry] of Object.entries(CATALOGUES[language])) {
        const reference = english[key as keyof typeof english];
        const contents = (placeholders: typeof entry.placeholders) =>
          Object.fromEntries(Object.entries(placeholders ?? {}).map(([name, { content }]) => [name, content]));
        expect(contents(entry.placeholders), `${language} ${key}`).toEqual(contents(reference.placeholders));
      }
    }
  });

  it('is translated: no Spanish message is left in English', () => {
    const untranslated = Object.entries(CATALOGUES.es)
      .filter(
        ([key, entry]) => !SAME_IN_SPANISH.has(key) && entry.message === english[key as keyof typeof english].message,
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('has every message the manifest names', () => {
    const config = readFileSync(resolve(root, 'wxt.config.ts'), 'utf8');
    const named = [...config.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const key of named) expect(Object.keys(english), key).toContain(key);
  });

  it('names a highlighted term for screen readers as the content script does in English', () => {
    expect(english.card_termRole.message).toBe(TERM_ROLE_DESCRIPTION);
  });
});
