/**
 * The only module that talks to mark.js. mark.js splits text nodes and wraps
 * the pieces; removal is ours, because mark.js `unmark()` calls `normalize()`
 * on every parent, which merges text nodes the page (or its framework) owns.
 */
import Mark from 'mark.js';
import { ABBREVIATION_ATTRIBUTE, HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE } from '../constants';
import { EXCLUDED_SELECTOR } from './text-runs';

export interface WrapRange {
  /** Offset within the owner's concatenated text (see `TextRun.ownerOffset`). */
  start: number;
  length: number;
  entryId: string;
  /** Set when the text is an abbreviation ("ALS"). */
  abbreviation: string | undefined;
}

/** Same exclusions as the text walk, so both see the same text and offsets agree. */
const MARK_EXCLUDE = [EXCLUDED_SELECTOR, `${EXCLUDED_SELECTOR} *`];

/** Text nodes that wrapping split off; they are ours, and removal merges them back. */
const splitRemainders = new WeakSet<Node>();

/** Wraps every range in `owner`; `onWrap` sees each highlight element (a term split across markup gives several). */
export function wrapRanges(
  owner: Element,
  ranges: WrapRange[],
  onWrap: (element: HTMLElement, range: WrapRange) => void,
): void {
  // Owners are HTML blocks or the body (SVG and MathML are excluded); the typings only name HTMLElement.
  new Mark(owner as HTMLElement).markRanges(ranges, {
    element: HIGHLIGHT_TAG,
    exclude: MARK_EXCLUDE,
    each: (element, markRange) => {
      const range = markRange as WrapRange;
      if (element.nextSibling) splitRemainders.add(element.nextSibling);
      element.setAttribute(TERM_ID_ATTRIBUTE, range.entryId);
      if (range.abbreviation) element.setAttribute(ABBREVIATION_ATTRIBUTE, range.abbreviation);
      onWrap(element as HTMLElement, range);
    },
  });
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
