import { describe, expect, it } from 'vitest';
import type { Category } from '../../knowledge/schema';
import { createHighlightFilter, type HighlightPolicy } from '../../lib/core/highlight-policy';
import type { Density } from '../../lib/core/settings';

const CATEGORY: Record<string, Category> = {
  fasciculation: 'symptom',
  dysphagia: 'symptom',
  'isaacs-syndrome': 'condition',
  electromyography: 'test',
};
const ALL: Category[] = ['symptom', 'condition', 'test', 'medicine', 'nutrient', 'body'];
const policy = (density: Density, categories: Category[] = ALL): HighlightPolicy => ({
  categories: new Set(categories),
  density,
});

// Two sections of a page, and text outside any section.
const intro = {};
const causes = {};

/** Occurrences in page order: [entry id, section]. */
const PAGE: [string, object | undefined][] = [
  ['fasciculation', intro],
  ['fasciculation', intro],
  ['isaacs-syndrome', intro],
  ['fasciculation', causes],
  ['electromyography', causes],
  ['isaacs-syndrome', causes],
  ['fasciculation', undefined],
  ['dysphagia', undefined],
];

describe('createHighlightFilter', () => {
  it.each<[string, HighlightPolicy | undefined, boolean[]]>([
    ['no policy: everything', undefined, [true, true, true, true, true, true, true, true]],
    ['every occurrence', policy('every'), [true, true, true, true, true, true, true, true]],
    // Text outside any section counts as the page's: its "already shown" is apart from each section's.
    ['first in each section', policy('first-per-section'), [true, false, true, true, true, true, true, true]],
    ['first on the page', policy('first-per-page'), [true, false, true, false, true, false, false, true]],
    [
      'only conditions and tests',
      policy('every', ['condition', 'test']),
      [false, false, true, false, true, true, false, false],
    ],
    [
      'symptoms once per page',
      policy('first-per-page', ['symptom']),
      [true, false, false, false, false, false, false, true],
    ],
  ])('%s', (_, chosen, expected) => {
    const filter = createHighlightFilter(chosen, (id) => CATEGORY[id]);
    expect(PAGE.map(([id, section]) => filter.wants(id, section))).toEqual(expected);
  });

  it('shows terms again once the page is highlighted afresh', () => {
    const filter = createHighlightFilter(policy('first-per-page'), (id) => CATEGORY[id]);
    expect([filter.wants('fasciculation', intro), filter.wants('fasciculation', causes)]).toEqual([true, false]);
    filter.forget();
    expect(filter.wants('fasciculation', causes)).toBe(true);
  });

  it('keeps a term of a kind it does not know (no category) whatever the kinds chosen', () => {
    const filter = createHighlightFilter(policy('every', ['test']), () => undefined);
    expect(filter.wants('something-new', undefined)).toBe(true);
  });
});
