/**
 * Highlighting a page as work that can be cut into slices: read runs of text
 * lazily, find terms with the pure matcher, decide on abbreviations and
 * everyday words with what the page has said so far, and let mark.js wrap the
 * chosen ranges. Hits skipped for lack of context are remembered with the
 * block they were in, and those blocks are read again if later text shows the
 * page is about health.
 *
 * With a painter (the browser has the CSS Custom Highlight API), only the tab
 * stops (the first occurrence of each term outside links and labels) become
 * elements; every other occurrence is a painted range, which adds nothing to
 * the DOM. Without one, every occurrence is an element, as in 1.x.
 *
 * Each run is read in its language (`languages`): English with the index the
 * content script carries, another language with its index once the
 * background has sent it; blocks met before that are read again when it
 * arrives (`languageReady`).
 */
import {
  CONTINUATION_ATTRIBUTE,
  HIGHLIGHT_TAG,
  INTERACTIVE_ANCESTORS,
  TERM_ID_ATTRIBUTE,
  TERM_LANGUAGE_ATTRIBUTE,
  TERM_ROLE_DESCRIPTION,
} from '../core/constants';
import { createHighlightFilter, type HighlightPolicy } from '../core/highlight-policy';
import type { Language } from '../core/languages';
import { createContextRetry } from '../core/matcher/context-retry';
import { addToTally, type Candidate, createTally, findCandidates, selectHighlights } from '../core/matcher/find-terms';
import type { TermIndex } from '../core/matcher/term-index';
import { unwrapAll, type WrapRange, wrapRun } from './mark-adapter';
import type { Painter, PaintSpan } from './painted-terms';
import { type ReadRoot, runIsUnchanged, type TextRun, TICK, textRuns, WAITING } from './text-runs';

/** Wrap what has been found once this many ranges are waiting, so no single write is long. */
const FLUSH_AT_RANGES = 64;

/** Runs read between two looks at the clock: asking after every run costs more than reading a paragraph. */
export const RUNS_PER_YIELD_CHECK = 8;

export interface Highlighter {
  /**
   * Queues parts of the page to read (blocks or the body). `changedAt`, when
   * the change was noticed: a block read in full after that is not read again.
   * `follow`: read a page that is still loading as the parser adds to it.
   */
  enqueue(roots: readonly ReadRoot[], changedAt?: number, follow?: () => boolean): void;
  /**
   * Reads and wraps until `shouldYield()` says stop or nothing is left.
   * Returns how many characters of text it read, whether work is left, and
   * whether it stopped to wait for the parser.
   */
  work(shouldYield: () => boolean): { chars: number; done: boolean; waiting: boolean };
  /** Removes every highlight, drops queued work and forgets what the page said. */
  removeAll(root: ParentNode): void;
  /** True while parts of the page are queued or being read. */
  readonly pending: boolean;
  /** A language's index has arrived: the blocks that waited for it are queued to be read again. */
  languageReady(language: Language): void;
}

/** The languages runs are read in (without it, every run is English). */
export interface HighlighterLanguages {
  /** The language to read a run in. */
  of(run: TextRun): Language;
  /** That language's term index; undefined while it loads (the run's block waits for `languageReady`). */
  index(language: Language): TermIndex | undefined;
  /** How screen readers name a highlighted term in that language. */
  termRole(language: Language): string;
}

export interface HighlighterOptions {
  now?: () => number;
  policy?: HighlightPolicy;
  /** Hears of each open shadow root found while reading (its text is read only if it is enqueued). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Hears of each custom element found without a shadow root (it may attach one later). */
  onCustomElement?: (element: Element) => void;
  /** Paints occurrences that need no element; without it, every occurrence is wrapped. */
  painter?: Painter | undefined;
  languages?: HighlighterLanguages | undefined;
}

export function createHighlighter(index: TermIndex, options: HighlighterOptions = {}): Highlighter {
  const now = options.now ?? (() => performance.now());
  let tally = createTally();
  let tabStops = new Set<string>();
  // Which highlights the person wants (kinds of terms, how often): a pure decision, applied here.
  const filter = createHighlightFilter(options.policy, (entryId) => index.categoryOf(entryId));

  let queue: { root: ReadRoot; changedAt: number; follow?: (() => boolean) | undefined }[] = [];
  let reading: ReturnType<typeof textRuns> | undefined;
  /** When a walk last entered each block (from then on it read all the block held). */
  let enteredAt = new WeakMap<Node, number>();
  const entered = (block: Node) => enteredAt.set(block, now());
  let found: { run: TextRun; candidates: Candidate[]; language: Language }[] = [];
  const languages = options.languages;
  /** Blocks read before their language's index arrived. */
  let waitingFor = new Map<Language, Set<ReadRoot>>();
  let foundRanges = 0;
  /** Words that wait for the page to show it is about health, with the blocks they were seen in. */
  const retry = createContextRetry<ReadRoot>();

  const painter = options.painter;
  /** The ranges (of the run being written) chosen as tab stops. */
  let claimed = new Set<WrapRange>();
  const onWrap = (element: HTMLElement, range: WrapRange, first: boolean) => {
    if (range.language && range.language !== 'en') element.setAttribute(TERM_LANGUAGE_ATTRIBUTE, range.language);
    if (!first) element.setAttribute(CONTINUATION_ATTRIBUTE, '');
    else if (claimed.has(range)) {
      makeTabStop(element, range.language && languages ? languages.termRole(range.language) : TERM_ROLE_DESCRIPTION);
    }
  };

  /** One tab stop per term, not per occurrence: the first one that is not inside a link or label. */
  const claimTabStop = (run: TextRun, range: WrapRange) => {
    if (tabStops.has(range.entryId)) return false;
    const node = nodeAt(run, range.start);
    if (node?.parentElement?.closest(INTERACTIVE_ANCESTORS)) return false;
    tabStops.add(range.entryId);
    return true;
  };

  /** Writes one run's chosen ranges: tab stops as elements, the rest painted (or all elements without a painter). */
  const write = (run: TextRun, ranges: WrapRange[]) => {
    claimed = new Set(ranges.filter((range) => claimTabStop(run, range)));
    if (!painter) {
      wrapRun(run, ranges, onWrap);
      return;
    }
    const painted = ranges.filter((range) => !claimed.has(range));
    if (claimed.size === 0) {
      painter.paint(spansInRun(run, painted));
      return;
    }
    // Wrapping splits text nodes: live ranges follow the split, and are read back as spans after it.
    const live = spansInRun(run, painted).map((span) => ({ span, live: liveRangeOf(span) }));
    wrapRun(run, [...claimed], onWrap);
    painter.paint(live.map(({ span, live }) => spanOfRange(live, span)));
  };

  /** Wraps everything found so far, deciding context-dependent hits with what the page has said until now. */
  const flush = () => {
    for (const { run, candidates, language } of found) {
      for (const candidate of candidates) retry.noteIfUnsupported(candidate, tally, run.block as ReadRoot);
      const ranges = selectHighlights(candidates, tally)
        .filter(({ hit }) => filter.wants(hit.entryId, run.section))
        .map(({ start, end, hit }): WrapRange => {
          const range: WrapRange = {
            start,
            end,
            entryId: hit.entryId,
            abbreviation: hit.kind === 'abbreviation' ? hit.abbreviation : undefined,
          };
          // Only other languages are marked: an English page stays exactly as in 1.x.
          if (language !== 'en') range.language = language;
          return range;
        });
      if (ranges.length > 0 && runIsUnchanged(run)) write(run, ranges);
    }
    found = [];
    foundRanges = 0;
    // Blocks whose passed-over words the page now supports are read again.
    for (const root of retry.placesToReread(tally)) queue.push({ root, changedAt: Number.POSITIVE_INFINITY });
  };

  return {
    get pending() {
      return reading !== undefined || queue.length > 0;
    },

    enqueue(roots, changedAt = Number.POSITIVE_INFINITY, follow = undefined) {
      for (const root of roots) queue.push({ root, changedAt, follow });
    },

    languageReady(language) {
      const blocks = waitingFor.get(language);
      waitingFor.delete(language);
      for (const root of blocks ?? []) queue.push({ root, changedAt: Number.POSITIVE_INFINITY });
    },

    work(shouldYield) {
      let chars = 0;
      let runsRead = 0;
      let waiting = false;
      for (;;) {
        if (!reading) {
          const queued = queue.shift();
          if (!queued) break;
          const readFrom = enteredAt.get(queued.root);
          // Entered by a walk after the change was noticed (a walk over the whole body often gets there first).
          const alreadyRead = readFrom !== undefined && readFrom > queued.changedAt;
          if (queued.root.isConnected && !alreadyRead) {
            reading = textRuns(queued.root, {
              onBlock: entered,
              follow: queued.follow,
              onShadowRoot: options.onShadowRoot,
              onCustomElement: options.onCustomElement,
            });
          }
          continue;
        }
        const next = reading.next();
        if (next.done) {
          reading = undefined;
          continue;
        }
        if (next.value === WAITING) {
          waiting = true;
          break;
        }
        if (next.value === TICK) {
          if (shouldYield()) break;
          continue;
        }
        const run = next.value;
        chars += run.text.length;
        // Read again: what was painted here before is found again (or is gone from the text).
        painter?.forget(run.nodes);
        const language = languages ? languages.of(run) : 'en';
        const runIndex = language === 'en' ? index : languages?.index(language);
        if (!runIndex) {
          const waiting = waitingFor.get(language) ?? new Set();
          waiting.add(run.block);
          waitingFor.set(language, waiting);
          continue;
        }
        const candidates = findCandidates(runIndex, run.text);
        if (candidates.length > 0) {
          addToTally(tally, candidates);
          found.push({ run, candidates, language });
          foundRanges += candidates.length;
          if (foundRanges >= FLUSH_AT_RANGES) flush();
        }
        if (++runsRead % RUNS_PER_YIELD_CHECK === 0 && shouldYield()) break;
      }
      flush();
      return { chars, done: !reading && queue.length === 0, waiting };
    },

    removeAll(root) {
      unwrapAll(root);
      painter?.clear();
      tally = createTally();
      tabStops = new Set();
      filter.forget();
      queue = [];
      reading = undefined;
      found = [];
      foundRanges = 0;
      retry.forget();
      enteredAt = new WeakMap();
      waitingFor = new Map();
    },
  };
}

/** The text node holding the character at `offset` of the run's text. */
function nodeAt(run: TextRun, offset: number): Text | undefined {
  let end = 0;
  for (const node of run.nodes) {
    end += node.data.length;
    if (offset < end) return node;
  }
  return undefined;
}

/**
 * Ranges (ascending, not overlapping) of the run's text as pieces of its text
 * nodes, in one pass over the nodes.
 */
function spansInRun(run: TextRun, ranges: readonly WrapRange[]): PaintSpan[] {
  const spans: PaintSpan[] = [];
  const { nodes } = run;
  let first = 0;
  let firstStart = 0;
  for (const range of ranges) {
    // Nodes that end before this range starts hold none of it, nor of any later range.
    while (first < nodes.length && firstStart + (nodes[first] as Text).data.length <= range.start) {
      firstStart += (nodes[first] as Text).data.length;
      first++;
    }
    const pieces: { node: Text; start: number; end: number }[] = [];
    for (let i = first, nodeStart = firstStart; i < nodes.length && nodeStart < range.end; i++) {
      const node = nodes[i] as Text;
      const start = Math.max(0, range.start - nodeStart);
      const end = Math.min(node.data.length, range.end - nodeStart);
      if (end > start) pieces.push({ node, start, end });
      nodeStart += node.data.length;
    }
    spans.push({ entryId: range.entryId, abbreviation: range.abbreviation, language: range.language, pieces });
  }
  return spans;
}

function liveRangeOf({ pieces }: PaintSpan): Range {
  const live = document.createRange();
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first && last) {
    live.setStart(first.node, first.start);
    live.setEnd(last.node, last.end);
  }
  return live;
}

/** A live range (over text nodes only) as pieces of the text nodes it covers now; the rest as in `span`. */
function spanOfRange(live: Range, span: PaintSpan): PaintSpan {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const start = live.startContainer;
  const end = live.endContainer;
  if (start === end && start.nodeType === Node.TEXT_NODE) {
    pieces.push({ node: start as Text, start: live.startOffset, end: live.endOffset });
  } else {
    const walker = document.createTreeWalker(live.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    walker.currentNode = start;
    for (let node: Node | null = start; node; node = walker.nextNode()) {
      if (node.nodeType !== Node.TEXT_NODE || !live.intersectsNode(node)) continue;
      const text = node as Text;
      pieces.push({
        node: text,
        start: text === start ? live.startOffset : 0,
        end: text === end ? live.endOffset : text.data.length,
      });
      if (text === end) break;
    }
  }
  live.detach();
  return { ...span, pieces: pieces.filter((p) => p.end > p.start) };
}

/**
 * A term's tab stop is a button that opens its card (a non-modal dialog).
 * Screen readers call it a "highlighted term"; Enter moves into the card.
 */
function makeTabStop(element: HTMLElement, roleDescription: string): void {
  element.tabIndex = 0;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('aria-expanded', 'false');
  element.setAttribute('aria-roledescription', roleDescription);
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
