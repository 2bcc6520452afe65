import { describe, expect, it } from 'vitest';
import { TabTerms } from '../../lib/background/tab-terms';

describe('TabTerms', () => {
  it('counts distinct terms across the frames of a tab', () => {
    const terms = new TabTerms();
    expect(terms.set(1, 0, ['fasciculation', 'dysphagia'])).toBe(2);
    expect(terms.set(1, 7, ['dysphagia', 'myoclonus'])).toBe(3);
    expect(terms.set(2, 0, ['stroke'])).toBe(1);
    expect(terms.set(1, 7, [])).toBe(2);
  });

  it('forgets a tab that navigated', () => {
    const terms = new TabTerms();
    terms.set(1, 0, ['fasciculation']);
    terms.clear(1);
    expect(terms.count(1)).toBe(0);
  });
});
