/**
 * Highlighting a page: read runs of text, find terms with the pure matcher,
 * decide on abbreviations with what the whole page says, then let mark.js
 * wrap the chosen ranges.
 */
import {
  CONTINUATION_ATTRIBUTE,
  HIGHLIGHT_TAG,
  INTERACTIVE_ANCESTORS,
  TERM_ID_ATTRIBUTE,
  TERM_ROLE_DESCRIPTION,
} from '../constants';
import {
  addToTally,
  type Candidate,
  type ContextualHit,
  createTally,
  findCandidates,
  isContextual,
  isHighlightAllowed,
  type PageTally,
  selectHighlights,
} from '../matcher/find-terms';
import type { TermIndex } from '../matcher/term-index';
import { unwrapAll, type WrapRange, wrapRanges } from './mark-adapter';
import { collectTextRuns, type TextRun } from './text-runs';

export interface Highlighter {
  /**
   * Highlights the terms under each root. Roots must not contain one another.
   * Returns true when what was read makes abbreviations or everyday words
   * skipped earlier acceptable now (the page turned out to be about health):
   * rescan the page.
   */
  highlight(roots: readonly Element[]): boolean;
  /** Removes every highlight and forgets what the page said. */
  removeAll(root: ParentNode): void;
}

export function createHighlighter(index: TermIndex): Highlighter {
  let tally = createTally();
  let skipped = new Map<string, ContextualHit>();
  let tabStops = new Set<string>();

  /** The range whose first piece was wrapped last: later pieces of the same range are continuations. */
  let lastRange: WrapRange | undefined;
  const onWrap = (element: HTMLElement, range: WrapRange) => {
    if (range === lastRange) {
      element.setAttribute(CONTINUATION_ATTRIBUTE, '');
      return;
    }
    lastRange = range;
    // One tab stop per term, not per occurrence: the first one that is not inside a link or label.
    if (!tabStops.has(range.entryId) && !element.parentElement?.closest(INTERACTIVE_ANCESTORS)) {
      tabStops.add(range.entryId);
      makeTabStop(element);
    }
  };

  return {
    highlight(roots) {
      const found = roots.map((root) =>
        collectTextRuns(root)
          .map((run) => ({ run, candidates: findCandidates(index, run.text) }))
          .filter(({ candidates }) => candidates.length > 0),
      );
      let tallyChanged = false;
      for (const { candidates } of found.flat()) tallyChanged = addToTally(tally, candidates) || tallyChanged;
      const hadSkipped = [...skipped.values()];

      for (const runs of found) {
        for (const { owner, ranges } of rangesByOwner(runs, tally, skipped)) {
          wrapRanges(owner, ranges, onWrap);
        }
      }
      return tallyChanged && hadSkipped.some((hit) => isHighlightAllowed(hit, tally));
    },

    removeAll(root) {
      unwrapAll(root);
      tally = createTally();
      skipped = new Map();
      tabStops = new Set();
    },
  };
}

/** Ranges to wrap, grouped by owner, owners in pre-order (see `TextRun.ownerRank`). */
function rangesByOwner(
  runs: readonly { run: TextRun; candidates: Candidate[] }[],
  tally: PageTally,
  skipped: Map<string, ContextualHit>,
): { owner: Element; ranges: WrapRange[] }[] {
  const groups = new Map<Element, { owner: Element; rank: number; ranges: WrapRange[] }>();
  for (const { run, candidates } of runs) {
    for (const { hit } of candidates) {
      if (isContextual(hit) && !isHighlightAllowed(hit, tally)) {
        skipped.set(hit.kind === 'abbreviation' ? hit.abbreviation : hit.entryId, hit);
      }
    }
    for (const { start, end, hit } of selectHighlights(candidates, tally)) {
      let group = groups.get(run.owner);
      if (!group) {
        group = { owner: run.owner, rank: run.ownerRank, ranges: [] };
        groups.set(run.owner, group);
      }
      group.ranges.push({
        start: run.ownerOffset + start,
        length: end - start,
        entryId: hit.entryId,
        abbreviation: hit.kind === 'abbreviation' ? hit.abbreviation : undefined,
      });
    }
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank);
}

/**
 * A term's tab stop is a button that opens its card (a non-modal dialog).
 * Screen readers call it a "highlighted term"; Enter moves into the card.
 */
function makeTabStop(element: HTMLElement): void {
  element.tabIndex = 0;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('aria-expanded', 'false');
  element.setAttribute('aria-roledescription', TERM_ROLE_DESCRIPTION);
}

/** Distinct entry ids highlighted under `root`, in document order. */
export function highlightedTermIds(root: ParentNode): string[] {
  const ids = new Set<string>();
  for (const element of root.querySelectorAll(`${HIGHLIGHT_TAG}[${TERM_ID_ATTRIBUTE}]`)) {
    ids.add(element.getAttribute(TERM_ID_ATTRIBUTE) ?? '');
  }
  ids.delete('');
  return [...ids];
}
