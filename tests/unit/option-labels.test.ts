import { describe, expect, it } from 'vitest';
import { entries } from '../../knowledge';
import { CATEGORIES } from '../../knowledge/schema';
import { CATEGORY_LABELS } from '../../lib/core/option-labels';

describe('category labels on the options page', () => {
  it.each(CATEGORIES)('%s: both examples are entries of that kind', (category) => {
    for (const example of CATEGORY_LABELS[category].examples) {
      expect(entries.find((entry) => entry.term === example)?.category).toBe(category);
    }
  });
});
