import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import seedTerms from '../../scripts/data/seed-terms.json';
import { findPhrase, seedCoverage, textBlocks } from '../../scripts/lib/seed-coverage';

const index = buildTermIndex(entries, contextWords);
const readArticle = (name: string) => readFileSync(resolve(import.meta.dirname, '../../demo/pages', name), 'utf8');

describe('the medical words of the demo articles', () => {
  const coverage = seedCoverage(index, seedTerms, readArticle);

  it('are listed from all four articles, each found in its article', () => {
    expect(Object.keys(seedTerms.articles)).toHaveLength(4);
    for (const [article, phrases] of Object.entries(seedTerms.articles)) {
      const text = textBlocks(readArticle(article)).join('\n');
      for (const phrase of phrases) expect(findPhrase(text, phrase), `${article}: ${phrase}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('are highlighted as worded, at least 95% of them', () => {
    expect(coverage.covered / coverage.total, JSON.stringify(coverage.misses)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('findPhrase', () => {
  it.each([
    ['Minerals and ALS', 'ALS', 13],
    ['minerals and als', 'ALS', -1],
    ['A pinched nerve', 'Pinched Nerve', 2],
    ['pinched nerves', 'pinched nerve', -1],
  ])('%j, %j -> %i', (text, phrase, at) => {
    expect(findPhrase(text, phrase)).toBe(at);
  });
});

describe('textBlocks', () => {
  it('keeps blocks apart and decodes entities', () => {
    expect(textBlocks('<h1>A &amp; B</h1><ul><li>one</li><li>two</li></ul><p>x <em>y</em></p>')).toEqual([
      'A & B',
      'one',
      'two',
      'x y',
    ]);
  });
});
