/**
 * The only module that talks to mark.js.
 *
 * Wrapping is mark.js's own code (`wrapRangeInMappedTextNode`: split the text
 * nodes a range covers, wrap each piece), fed the text nodes of one run that
 * our walk already holds. mark.js's public API would first search its whole
 * context again for text nodes, testing every one against the exclusion
 * selectors: on a 2 MB page that search, not the wrapping, was almost all of
 * the cost. The class is imported from mark.js's source, pinned to 8.11.1.
 *
 * Removal is ours, because mark.js `unmark()` calls `normalize()` on every
 * parent, which merges text nodes the page (or its framework) owns.
 */
import MarkJs from 'mark.js/src/lib/mark.js';
import { ABBREVIATION_ATTRIBUTE, HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE } from '../constants';
import type { TextRun } from './text-runs';

/** A match to wrap, as offsets into its run's text. */
export interface WrapRange {
  start: number;
  end: number;
  entryId: string;
  /** Set when the text is an abbreviation ("ALS"). */
  abbreviation: string | undefined;
}

let marker: MarkJs | undefined;

/** Text nodes that wrapping split off; they are ours, and removal merges them back. */
const splitRemainders = new WeakSet<Node>();

/**
 * Wraps `ranges` (ascending, not overlapping) of `run`; `onWrap` sees each
 * highlight element, with `first` false for the later pieces of a term split
 * across markup. A run whose text the page changed since it was read is left
 * alone (the page watcher reads it again). Returns the number of ranges wrapped.
 */
export function wrapRun(
  run: TextRun,
  ranges: readonly WrapRange[],
  onWrap: (element: HTMLElement, range: WrapRange, first: boolean) => void,
): number {
  if (!isUnchanged(run)) return 0;
  if (!marker) {
    marker = new MarkJs(document.body);
    marker.opt = { element: HIGHLIGHT_TAG };
  }
  const nodes: { node: Text; start: number; end: number }[] = [];
  let position = 0;
  for (const node of run.nodes) {
    nodes.push({ node, start: position, end: position + node.data.length });
    position += node.data.length;
  }
  const dict = { value: run.text, nodes };
  const originalLength = dict.value.length;
  for (const range of ranges) {
    // mark.js drops what it wrapped from the front of `dict.value`; later offsets move back by as much.
    const shift = originalLength - dict.value.length;
    let first = true;
    marker.wrapRangeInMappedTextNode(
      dict,
      range.start - shift,
      range.end - shift,
      () => true,
      (element) => {
        if (element.nextSibling) splitRemainders.add(element.nextSibling);
        element.setAttribute(TERM_ID_ATTRIBUTE, range.entryId);
        if (range.abbreviation) element.setAttribute(ABBREVIATION_ATTRIBUTE, range.abbreviation);
        onWrap(element, range, first);
        first = false;
      },
    );
  }
  return ranges.length;
}

function isUnchanged(run: TextRun): boolean {
  let text = '';
  for (const node of run.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === run.text;
}

/**
 * Removes every highlight under `root` and gives each split text node its
 * text back, so nodes the page holds references to are whole again.
 */
export function unwrapAll(root: ParentNode): void {
  for (const element of root.querySelectorAll(HIGHLIGHT_TAG)) unwrap(element);
}

function unwrap(element: Element): void {
  const text = element.textContent ?? '';
  let previous = element.previousSibling;
  if (previous?.nodeType === Node.TEXT_NODE) {
    (previous as Text).appendData(text);
    element.remove();
  } else {
    previous = element.ownerDocument.createTextNode(text);
    element.replaceWith(previous);
  }
  const next = previous.nextSibling;
  if (next && splitRemainders.has(next)) {
    (previous as Text).appendData((next as Text).data);
    next.remove();
  }
}
