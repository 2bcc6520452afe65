/**
 * Vite plugin: `virtual:term-index` is the term index computed from
 * knowledge/en/terms.json and knowledge/en/context-words.json at build time (the pattern source and lookup tables),
 * so the content script neither ships the whole knowledge base nor builds the
 * index on every page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ContextWords, Knowledge } from '../../knowledge/schema';
import { termIndexData } from '../../lib/core/matcher/term-index';

const ID = 'virtual:term-index';
const RESOLVED_ID = `\0${ID}`;

export function termIndexPlugin(root: string): Plugin {
  const termsFile = resolve(root, 'knowledge/en/terms.json');
  const contextWordsFile = resolve(root, 'knowledge/en/context-words.json');
  return {
    name: 'term-index',
    resolveId: (id) => (id === ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(termsFile);
      this.addWatchFile(contextWordsFile);
      const { entries } = JSON.parse(readFileSync(termsFile, 'utf8')) as Knowledge;
      const contextWords = JSON.parse(readFileSync(contextWordsFile, 'utf8')) as ContextWords;
      return `export default ${JSON.stringify(termIndexData(entries, contextWords))};`;
    },
  };
}
