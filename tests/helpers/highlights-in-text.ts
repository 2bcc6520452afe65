/** The matcher's whole pipeline on one text with a fresh page tally: what the tests compare against. */
import {
  addToTally,
  createTally,
  findCandidates,
  type Highlight,
  selectHighlights,
} from '../../lib/core/matcher/find-terms';
import type { TermIndex } from '../../lib/core/matcher/term-index';

export function highlightsInText(index: TermIndex, text: string): Highlight[] {
  const candidates = findCandidates(index, text);
  const tally = createTally();
  addToTally(tally, candidates);
  return selectHighlights(candidates, tally);
}
