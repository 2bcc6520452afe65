/**
 * How many of the medical words in the demo articles are highlighted as the
 * articles word them (scripts/data/seed-terms.json): the pure matcher is run
 * over each demo page's blocks with one page tally, as the extension does once
 * a page has been read. Used by `npm run knowledge:report` and a unit test.
 */

import { addToTally, createTally, findCandidates, selectHighlights } from '../../lib/core/matcher/find-terms';
import type { TermIndex } from '../../lib/core/matcher/term-index';

export interface SeedTerms {
  about: string;
  /** Demo page file name -> the words a lay reader would want explained, as worded there. */
  articles: Record<string, string[]>;
}

export interface SeedCoverage {
  total: number;
  covered: number;
  misses: { article: string; phrase: string }[];
}

const BLOCK_TAGS = /<\/?(?:p|h[1-6]|li|ul|ol|nav|article|section|header|footer|div|title|br)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of each block of a simple HTML page (the demo pages), entities decoded. */
export function textBlocks(html: string): string[] {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
    .replace(BLOCK_TAGS, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#39|amp|lt|gt|quot|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Where `phrase` first occurs in `text` as whole words: any case, but an
 * abbreviation ("ALS") only in capitals, as the matcher reads it.
 */
export function findPhrase(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const flags = /^[\p{Lu}\p{N}]+$/u.test(phrase) ? 'u' : 'iu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags).exec(text)?.index ?? -1;
}

/** Whether every letter and digit of the first occurrence of `phrase` in `blocks` is highlighted. */
function isCovered(blocks: readonly string[], highlights: readonly [number, number][][], phrase: string): boolean {
  for (const [i, block] of blocks.entries()) {
    const at = findPhrase(block, phrase);
    if (at === -1) continue;
    const ranges = highlights[i] ?? [];
    for (let position = at; position < at + phrase.length; position++) {
      if (!/[\p{L}\p{N}]/u.test(block.charAt(position))) continue;
      if (!ranges.some(([start, end]) => start <= position && position < end)) return false;
    }
    return true;
  }
  return false;
}

export function seedCoverage(index: TermIndex, seeds: SeedTerms, readArticle: (name: string) => string): SeedCoverage {
  const misses: SeedCoverage['misses'] = [];
  let total = 0;
  for (const [article, phrases] of Object.entries(seeds.articles)) {
    const blocks = textBlocks(readArticle(article));
    const candidates = blocks.map((block) => findCandidates(index, block));
    const tally = createTally();
    for (const found of candidates) addToTally(tally, found);
    const highlights = candidates.map((found) =>
      selectHighlights(found, tally).map(({ start, end }): [number, number] => [start, end]),
    );
    for (const phrase of phrases) {
      total++;
      if (!isCovered(blocks, highlights, phrase)) misses.push({ article, phrase });
    }
  }
  return { total, covered: total - misses.length, misses };
}
