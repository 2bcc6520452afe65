/**
 * Highlighting on one page, switched on and off as settings change: the
 * first pass (the blocks in view first, then the rest), the watcher for later
 * content, the page style, and complete removal (no highlight, style,
 * listener, observer or queued work left behind).
 *
 * Work runs in slices of at most SLICE_MS so the page never waits on us for a
 * long task: the first slice at once, the rest as background tasks, with the
 * browser free to render and handle input in between.
 */
import { CONTINUATION_ATTRIBUTE, HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE, TEXT_BREAK_TAGS } from '../core/constants';
import type { HighlightPolicy } from '../core/highlight-policy';
import type { Language } from '../core/languages';
import type { TermIndex } from '../core/matcher/term-index';
import type { HighlightStyle } from '../core/settings';
import { createHighlighter, highlightedTermIds } from '../page/highlighter';
import { repairAfterPageChanges, unwrapAll } from '../page/mark-adapter';
import { createPainter, highlightApiOf, type Painter } from '../page/painted-terms';
import { createRunLanguage } from '../page/run-language';
import { type TermRef, termRefOf } from '../page/term-ref';
import { isInSkippedRegion, type ReadRoot } from '../page/text-runs';
import type { Occurrence } from '../platform/messages';
import {
  addHighlightStyleTo,
  removeHighlightStyle,
  removeHighlightStyleFrom,
  setHighlightStyle,
  stylePaintedHighlights,
} from './highlight-style';
import type { LanguagePacks } from './language-packs';
import { type PageWatcher, watchPage } from './page-watcher';

/**
 * At most this much of any WORK_WINDOW_MS is spent highlighting: a page that
 * changes itself without end (a ticker, a live feed, a hostile page) keeps
 * most of its main thread whatever it does.
 */
export const WORK_WINDOW_MS = 1000;
export const MAX_WORK_PER_WINDOW_MS = 400;

/**
 * Longest stretch of reading and wrapping before the page gets the main thread
 * back: well under the 50 ms of a long task, and long enough that the browser's
 * layout after each slice (which grows with the page) is not paid too often.
 */
const SLICE_MS = 24;

/**
 * How often painted occurrences are handed to the browser while highlighting
 * goes on (and always after the first slice, which holds what is in view, and
 * the last): each hand-over costs the next frame a pass over every highlight.
 */
const PAINT_COMMIT_MS = 300;

/** After the page has loaded, when to look for shadow roots that web components attached late. */
export const LATE_SHADOW_ROOTS_MS = 1500;
/** Custom elements looked at between two looks at the clock while searching for late shadow roots. */
const SHADOW_SCAN_CLOCK_EVERY = 512;

export interface HighlightSession {
  readonly active: boolean;
  start(): void;
  stop(): void;
  /** Highlights the page again from scratch (what to highlight changed). */
  refresh(): void;
  /** Applies a change of highlight style (how highlights look), without touching them. */
  updateHighlightStyle(): void;
  /** Distinct entry ids highlighted now, in document order. */
  termIds(): string[];
  /** The first highlight of an entry (its tab stop if it has one, else its first occurrence). */
  firstHighlightOf(entryId: string): TermRef | undefined;
  /** The painted occurrence at a caret position, if any (elements are found by their own events). */
  paintedTermAt(node: Node, offset: number): TermRef | undefined;
  /** True when occurrences are painted as ranges; false where the browser has no Highlight API. */
  readonly paints: boolean;
  /** The open shadow roots of web components being highlighted. */
  shadowRoots(): ShadowRoot[];
  /** True while highlighting has work queued (false: finished, or gave up on what it could not read). */
  busy(): boolean;
  /** Each slice of work so far: characters read and milliseconds spent (the last 200). */
  passes(): { at: number; chars: number; ms: number }[];
  /** Every highlighted occurrence (under `within`, if given) in document order: text, entry id, painted or not. */
  occurrences(within?: Node | null): Occurrence[];
  /** The longest slice since the session was created. */
  longestSliceMs(): number;
  /** How many occurrences are painted as ranges now. */
  painted(): number;
  /** A language's index has arrived: what waited for it is read now. */
  languageReady(language: Language): void;
}

export interface SessionOptions {
  index: TermIndex;
  /** Runs a callback in the next animation frame (WXT's ctx, so it stops with the script). */
  requestFrame: (callback: () => void) => void;
  /**
   * Runs a callback as a new task after the page's own pending work, or after
   * `delayMs` (stops with the script).
   */
  runLater: (callback: () => void, delayMs?: number) => void;
  /** Called after highlights were added or removed. */
  onHighlightsChanged: () => void;
  now?: () => number;
  /** What to highlight (kinds of terms, how often): read each time highlighting starts. */
  policy?: () => HighlightPolicy;
  /** How highlights look: the person's highlight style. */
  highlightStyle?: () => HighlightStyle;
  /** Other languages' indexes; without them, every run is read in English. */
  languagePacks?: LanguagePacks;
}

export function createHighlightSession(document: Document, options: SessionOptions): HighlightSession {
  const now = options.now ?? (() => performance.now());
  /** Open shadow roots of web components found on the page: read, watched and styled like the page. */
  const shadowRoots = new Set<ShadowRoot>();
  const onShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root) || !active) return;
    shadowRoots.add(root);
    addHighlightStyleTo(root);
    watcher?.observe(root);
    highlighter.enqueue([root]);
  };
  /**
   * Custom elements read before they had a shadow root, until the late look: the ones that
   * may attach one later. Looking only at these, not at every element, keeps that look cheap
   * on huge pages (a pass over 100,000 elements stalled the page for 100-250 ms).
   */
  let awaitingShadow: Element[] | undefined;
  /** Counts starts, so work queued by an earlier start can tell it is stale. */
  let generation = 0;
  const onCustomElement = (element: Element) => {
    if (active) awaitingShadow?.push(element);
  };
  const highlightApi = highlightApiOf(document.defaultView);
  const painter: Painter | undefined = highlightApi && createPainter(highlightApi);
  /** Set when the page changed since the last slice: painted ranges in text it removed are dropped. */
  let pageChanged = false;
  const packs = options.languagePacks;
  const newHighlighter = () =>
    createHighlighter(options.index, {
      now,
      onShadowRoot,
      onCustomElement,
      policy: options.policy?.(),
      painter,
      languages: packs && { of: createRunLanguage(), index: packs.index, termRole: packs.termRole },
    });
  let highlighter = newHighlighter();
  const highlightStyle = () => options.highlightStyle?.() ?? 'underline';
  let active = false;
  let watcher: PageWatcher | undefined;
  let sliceScheduled = false;
  const passes: { at: number; chars: number; ms: number }[] = [];
  let longestSlice = 0;
  /** When painted occurrences were last handed to the browser (never: the first slice hands them over). */
  let lastCommit = Number.NEGATIVE_INFINITY;
  const loading = () => document.readyState === 'loading';
  /** Work done in the last WORK_WINDOW_MS, oldest first. */
  const recentWork: { at: number; ms: number }[] = [];
  const workInWindow = (at: number) => {
    while (recentWork.length > 0 && (recentWork[0]?.at ?? 0) < at - WORK_WINDOW_MS) recentWork.shift();
    return recentWork.reduce((sum, slice) => sum + slice.ms, 0);
  };

  /** New or changed blocks: queued at once, read in the next slice. */
  const changed = (roots: ReadRoot[], noticedAt: number) => {
    pageChanged = true;
    highlighter.enqueue(roots, noticedAt);
    if (active && !sliceScheduled) slice();
  };

  const slice = () => {
    sliceScheduled = false;
    if (!active) return;
    // Once the page has been parsed, later changes are watched for (while loading, one walk
    // follows the parser instead, which costs nothing per added node).
    if (!watcher && !loading()) {
      watcher = watchPage(document.documentElement, options.requestFrame, changed, repairAfterPageChanges);
      for (const root of shadowRoots) watcher.observe(root);
      // Web components often attach their shadow root after the walk passed them: look once more.
      const thisStart = generation;
      // Only for this start: highlighting may have been switched off and on since.
      options.runLater(() => thisStart === generation && findLateShadowRoots(), LATE_SHADOW_ROOTS_MS);
    }
    const started = now();
    if (pageChanged && painter) painter.sweep();
    pageChanged = false;
    let result = { chars: 0, done: true, waiting: false };
    const work = () => {
      result = highlighter.work(() => now() - started >= SLICE_MS);
    };
    if (watcher) watcher.whileIgnoring(work);
    else work();
    const ms = now() - started;
    if (painter && (result.done || started - lastCommit >= PAINT_COMMIT_MS)) {
      if (painter.size > 0) stylePaintedHighlights(document);
      painter.commit();
      lastCommit = started;
    }
    passes.push({ at: started, chars: result.chars, ms });
    longestSlice = Math.max(longestSlice, ms);
    if (passes.length > 200) passes.shift();
    recentWork.push({ at: started, ms });
    options.onHighlightsChanged();
    if (result.done) return;
    sliceScheduled = true;
    // Waiting for the parser: look again next frame. Over the work budget: rest until the window
    // moves on. Otherwise carry on as a background task, which a loading page runs after its own
    // parsing (running every frame instead delays DOMContentLoaded).
    if (result.waiting) options.requestFrame(slice);
    else if (workInWindow(now()) >= MAX_WORK_PER_WINDOW_MS) options.runLater(slice, WORK_WINDOW_MS / 4);
    else options.runLater(slice);
  };

  /** One look at the custom elements read so far, in slices like the rest. */
  const findLateShadowRoots = (elements = awaitingShadow ?? []) => {
    awaitingShadow = undefined;
    if (!active) return;
    const started = now();
    while (elements.length > 0) {
      const element = elements.pop() as Element;
      if (element.shadowRoot && element.isConnected && !isInSkippedRegion(element)) onShadowRoot(element.shadowRoot);
      if (elements.length % SHADOW_SCAN_CLOCK_EVERY === 0 && now() - started >= SLICE_MS) {
        options.runLater(() => findLateShadowRoots(elements));
        return;
      }
    }
    if (!sliceScheduled) slice();
  };

  return {
    get active() {
      return active;
    },
    start() {
      if (active) return;
      active = true;
      generation++;
      lastCommit = Number.NEGATIVE_INFINITY;
      awaitingShadow = [];
      highlighter = newHighlighter();
      setHighlightStyle(document, highlightStyle());
      if (loading()) highlighter.enqueue([document.documentElement], Number.POSITIVE_INFINITY, loading);
      else highlighter.enqueue([...blocksInView(document), document.body ?? document.documentElement]);
      if (!sliceScheduled) slice();
    },
    stop() {
      const wasActive = active;
      active = false;
      watcher?.stop();
      watcher = undefined;
      highlighter.removeAll(document.documentElement);
      for (const root of shadowRoots) {
        unwrapAll(root);
        removeHighlightStyleFrom(root);
      }
      shadowRoots.clear();
      awaitingShadow = undefined;
      removeHighlightStyle(document);
      if (wasActive) options.onHighlightsChanged();
    },
    refresh() {
      if (!active) return;
      this.stop();
      this.start();
    },
    updateHighlightStyle() {
      if (active) setHighlightStyle(document, highlightStyle());
    },
    termIds() {
      if (!active) return [];
      const ids = new Set([document.documentElement, ...shadowRoots].flatMap((root) => highlightedTermIds(root)));
      if (!painter || painter.size === 0) return [...ids];
      // Terms only painted (every occurrence inside links): placed among the others by where they first occur.
      const onlyPainted = painter
        .entryIds()
        .filter((id) => !ids.has(id))
        .map((id) => painter.firstOf(id))
        .filter((term) => term !== undefined);
      if (onlyPainted.length === 0) return [...ids];
      const firsts = [...ids].map((id) => this.firstHighlightOf(id)).filter((term) => term !== undefined);
      return [...firsts, ...onlyPainted].sort(inDocumentOrder).map((term) => term.entryId);
    },
    firstHighlightOf(entryId) {
      // Compared, not put into a selector: the id comes from a message.
      const selector = `${HIGHLIGHT_TAG}[${TERM_ID_ATTRIBUTE}]:not([${CONTINUATION_ATTRIBUTE}])`;
      for (const root of [document, ...shadowRoots]) {
        for (const element of root.querySelectorAll<HTMLElement>(selector)) {
          if (element.getAttribute(TERM_ID_ATTRIBUTE) === entryId) return termRefOf(element);
        }
      }
      return painter?.firstOf(entryId);
    },
    paintedTermAt: (node, offset) => (active ? painter?.termAt(node, offset) : undefined),
    paints: painter !== undefined,
    shadowRoots: () => [...shadowRoots],
    busy: () => active && (sliceScheduled || highlighter.pending),
    passes: () => [...passes],
    occurrences(within) {
      if (!active || within === null) return [];
      const found: { term: TermRef; text: string }[] = [];
      for (const root of [document, ...shadowRoots]) {
        for (const element of root.querySelectorAll<HTMLElement>(`${HIGHLIGHT_TAG}[${TERM_ID_ATTRIBUTE}]`)) {
          const last = found[found.length - 1];
          // The later pieces of a term split across markup belong to the piece before them.
          if (last && element.hasAttribute(CONTINUATION_ATTRIBUTE)) last.text += element.textContent ?? '';
          else found.push({ term: termRefOf(element), text: element.textContent ?? '' });
        }
      }
      for (const term of painter?.terms() ?? []) found.push({ term, text: term.range().toString() });
      return found
        .filter(({ term }) => !within || within.contains(term.range().startContainer))
        .sort((a, b) => inDocumentOrder(a.term, b.term))
        .map(({ term, text }) => [text, term.entryId, !term.element, term.language]);
    },
    longestSliceMs: () => longestSlice,
    painted: () => painter?.size ?? 0,
    languageReady(language) {
      if (!active) return;
      highlighter.languageReady(language);
      if (!sliceScheduled) slice();
    },
  };
}

function inDocumentOrder(a: TermRef, b: TermRef): number {
  try {
    return a.range().compareBoundaryPoints(Range.START_TO_START, b.range());
  } catch {
    // In different trees (a web component's shadow root): the page's own order is unknown.
    return 0;
  }
}

/**
 * On a page opened further down (a restored scroll position, an #anchor), the
 * blocks under a grid of points across the viewport, outermost first, so what
 * the reader sees is highlighted before the rest of a long page.
 */
function blocksInView(document: Document): Element[] {
  const view = document.defaultView;
  // At the top of the page, document order is view order, and asking for
  // elements at points would force a layout the page has not done yet.
  if (!view || view.scrollY === 0 || typeof document.elementFromPoint !== 'function') return [];
  const blocks = new Set<Element>();
  for (const fy of [0.05, 0.25, 0.5, 0.75, 0.95]) {
    for (const fx of [0.2, 0.5, 0.8]) {
      let element = document.elementFromPoint(view.innerWidth * fx, view.innerHeight * fy);
      // The closest block with content (not a line break or an image).
      while (element && !(TEXT_BREAK_TAGS.has(element.nodeName) && element.firstChild)) element = element.parentElement;
      if (element && element !== document.body && element !== document.documentElement) blocks.add(element);
    }
  }
  return [...blocks].filter((block) => ![...blocks].some((other) => other !== block && other.contains(block)));
}
