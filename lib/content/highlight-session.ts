/**
 * Highlighting on one page, switched on and off as settings change: the
 * first pass, the watcher for later content, the page style, and complete
 * removal (no highlight, style, listener or observer left behind).
 */
import { createHighlighter, highlightedTermIds } from '../dom/highlighter';
import type { TermIndex } from '../matcher/term-index';
import { addHighlightStyle, removeHighlightStyle } from './highlight-style';
import { type PageWatcher, watchPage } from './page-watcher';

export interface HighlightSession {
  readonly active: boolean;
  start(): void;
  stop(): void;
  /** Distinct entry ids highlighted now, in document order. */
  termIds(): string[];
}

export interface SessionOptions {
  index: TermIndex;
  /** Runs a callback in the next animation frame (WXT's ctx, so it stops with the script). */
  requestFrame: (callback: () => void) => void;
  /** Called after highlights were added or removed. */
  onHighlightsChanged: () => void;
}

export function createHighlightSession(document: Document, options: SessionOptions): HighlightSession {
  const highlighter = createHighlighter(options.index);
  let watcher: PageWatcher | undefined;

  const highlight = (roots: Element[]) => {
    if (!watcher) return;
    watcher.whileIgnoring(() => {
      // Later content can make the page "about health": then abbreviations skipped before qualify.
      if (highlighter.highlight(roots)) highlighter.highlight([document.body]);
    });
    options.onHighlightsChanged();
  };

  return {
    get active() {
      return watcher !== undefined;
    },
    start() {
      if (watcher || !document.body) return;
      addHighlightStyle(document);
      watcher = watchPage(document.body, options.requestFrame, highlight);
      highlight([document.body]);
    },
    stop() {
      if (!watcher) return;
      const stopping = watcher;
      watcher = undefined;
      stopping.stop();
      highlighter.removeAll(document.body);
      removeHighlightStyle(document);
      options.onHighlightsChanged();
    },
    termIds: () => (watcher && document.body ? highlightedTermIds(document.body) : []),
  };
}
