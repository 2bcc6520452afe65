/**
 * The only module that talks to mark.js, and the keeper of what wrapping did
 * to the page's own text nodes.
 *
 * Wrapping is mark.js's own code (`wrapRangeInMappedTextNode`: split the text
 * nodes a range covers, wrap each piece), fed the text nodes of one run that
 * our walk already holds. mark.js's public API would first search its whole
 * context again for text nodes, testing every one against the exclusion
 * selectors: on a 2 MB page that search, not the wrapping, was almost all of
 * the cost. The class is imported from mark.js's source, pinned to 8.11.1.
 *
 * Splitting a text node the page created leaves the page's reference on the
 * first piece only. So for every such node we remember the pieces now holding
 * the rest of its text (highlights and split-off text nodes), to put things
 * right when the page later writes to the node or removes it.
 *
 * Removal is ours, because mark.js `unmark()` calls `normalize()` on every
 * parent, which merges text nodes the page (or its framework) owns.
 */
import MarkJs from 'mark.js/src/lib/mark.js';
import { ABBREVIATION_ATTRIBUTE, HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE } from '../core/constants';
import type { Language } from '../core/languages';
import { runIsUnchanged, type TextRun } from './text-runs';

/** A match to wrap, as offsets into its run's text. */
export interface WrapRange {
  start: number;
  end: number;
  entryId: string;
  /** Set when the text is an abbreviation ("ALS"). */
  abbreviation: string | undefined;
  /** The language the term was read in; English when not set. */
  language?: Language;
}

let marker: MarkJs | undefined;

/** For each page text node we split: the pieces (highlights, split-off text) holding the rest of its text. */
const piecesOf = new WeakMap<Text, Node[]>();
/** For each piece we made: the page text node it came from. */
const originOf = new WeakMap<Node, Text>();
/** The text we left in each page text node when we split it: a node still holding it was not rewritten. */
const leftIn = new WeakMap<Text, string>();

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
  if (!runIsUnchanged(run)) return 0;
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
        remember(element);
        element.setAttribute(TERM_ID_ATTRIBUTE, range.entryId);
        if (range.abbreviation) element.setAttribute(ABBREVIATION_ATTRIBUTE, range.abbreviation);
        onWrap(element, range, first);
        first = false;
      },
    );
  }
  return ranges.length;
}

/** Records a new highlight and the text split off after it as pieces of the page's text node before it. */
function remember(element: HTMLElement): void {
  const split = element.previousSibling as Text;
  const origin = originOf.get(split) ?? split;
  if (split === origin) leftIn.set(origin, origin.data);
  const pieces = piecesOf.get(origin) ?? [];
  pieces.push(element);
  originOf.set(element, origin);
  if (element.nextSibling) {
    pieces.push(element.nextSibling);
    originOf.set(element.nextSibling, origin);
  }
  piecesOf.set(origin, pieces);
}

/**
 * Puts the page right after it wrote to or removed text it owns, as
 * single-page apps do with the text nodes they created:
 * - it set the text of a node we split: the pieces hold its old rest, so they go;
 * - it removed such a node: its pieces go with it;
 * - it wrote into a piece of ours (it walked the DOM to find it): the pieces
 *   are merged back into its node, keeping what it wrote.
 * Returns the blocks to read again. Called with the page's mutation records,
 * before the browser renders, so no stale text is ever shown.
 */
export function repairAfterPageChanges(records: readonly MutationRecord[]): Node[] {
  const touched: Node[] = [];
  for (const record of records) {
    if (record.type === 'characterData') {
      const node = record.target as Text;
      const origin = piecesOf.has(node) ? node : originOf.get(node);
      // Our own split (should one ever be observed) leaves exactly the text we left: not the page's doing.
      if (!origin || (origin === node && origin.data === leftIn.get(origin))) continue;
      if (origin === node) dropPieces(origin);
      else mergePieces(origin);
      if (origin.parentNode) touched.push(origin.parentNode);
    } else {
      for (const removed of record.removedNodes) {
        if (removed.nodeType === Node.TEXT_NODE && piecesOf.has(removed as Text)) dropPieces(removed as Text);
      }
    }
  }
  return touched;
}

function dropPieces(origin: Text): void {
  leftIn.delete(origin);
  for (const piece of piecesOf.get(origin) ?? []) {
    if (piece.parentNode) piece.parentNode.removeChild(piece);
    originOf.delete(piece);
  }
  piecesOf.delete(origin);
}

function mergePieces(origin: Text): void {
  leftIn.delete(origin);
  for (const piece of piecesOf.get(origin) ?? []) {
    if (piece.parentNode) {
      if (origin.parentNode === piece.parentNode) origin.appendData(piece.textContent ?? '');
      piece.parentNode.removeChild(piece);
    }
    originOf.delete(piece);
  }
  piecesOf.delete(origin);
}

/**
 * Removes every highlight under `root` and gives each split text node its
 * text back, so nodes the page holds references to are whole again.
 */
export function unwrapAll(root: ParentNode): void {
  for (const element of root.querySelectorAll(HIGHLIGHT_TAG)) unwrap(element);
}

function unwrap(element: Element): void {
  const origin = originOf.get(element);
  const text = element.textContent ?? '';
  let previous = element.previousSibling;
  if (previous?.nodeType === Node.TEXT_NODE) {
    (previous as Text).appendData(text);
    element.remove();
  } else {
    previous = element.ownerDocument.createTextNode(text);
    element.replaceWith(previous);
  }
  originOf.delete(element);
  const next = previous.nextSibling;
  if (next && next.nodeType === Node.TEXT_NODE && originOf.has(next)) {
    (previous as Text).appendData((next as Text).data);
    next.remove();
    originOf.delete(next);
  }
  if (origin) piecesOf.delete(origin);
}
