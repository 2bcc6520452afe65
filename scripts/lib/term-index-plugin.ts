/**
 * Vite plugin: `virtual:term-index` is the English term index computed from
 * knowledge/en/terms.json and knowledge/en/context-words.json at build time
 * (the pattern source and lookup tables), so the content script neither ships
 * the whole knowledge base nor builds the index on every page.
 * `virtual:term-index/<language>` is another language's index, built the same
 * way from knowledge/<language>/, accent-insensitive; the background sends it
 * to pages in that language.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ContextWords, Knowledge } from '../../knowledge/schema';
import { termIndexData } from '../../lib/core/matcher/term-index';

const ID = 'virtual:term-index';
const LANGUAGE = /^[a-z]{2}$/;

export function termIndexPlugin(root: string): Plugin {
  return {
    name: 'term-index',
    resolveId: (id) => {
      if (id === ID) return `\0${ID}/en`;
      const language = id.startsWith(`${ID}/`) ? id.slice(ID.length + 1) : '';
      return LANGUAGE.test(language) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${ID}/`)) return undefined;
      const language = id.slice(ID.length + 2);
      const termsFile = resolve(root, `knowledge/${language}/terms.json`);
      const contextWordsFile = resolve(root, `knowledge/${language}/context-words.json`);
      this.addWatchFile(termsFile);
      this.addWatchFile(contextWordsFile);
      const { entries } = JSON.parse(readFileSync(termsFile, 'utf8')) as Knowledge;
      const contextWords = JSON.parse(readFileSync(contextWordsFile, 'utf8')) as ContextWords;
      const data = termIndexData(entries, contextWords, { foldAccents: language !== 'en' });
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
