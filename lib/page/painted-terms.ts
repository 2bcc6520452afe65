/**
 * Occurrences painted with the CSS Custom Highlight API: one `Highlight`
 * registered in `CSS.highlights` under PAINTED_HIGHLIGHT_NAME, holding a
 * StaticRange per occurrence. Nothing is added to the page's DOM, so its
 * layout, its framework's text nodes, copy and find-in-page are untouched.
 *
 * StaticRange, not Range: the browser updates every live Range on every DOM
 * change of the page, which with tens of thousands of them would tax the
 * page's own work. A static range can go stale when the page rewrites its
 * text; the page watcher then has the block read again, and reading a text
 * node forgets what was painted in it before (see `forget`).
 *
 * For hover, each text node keeps its pieces of painted occurrences sorted
 * by offset, so the term under a caret position is one binary search away.
 */
import { PAINTED_HIGHLIGHT_NAME } from '../core/constants';
import type { Language } from '../core/languages';
import type { TermRef } from './term-ref';

/** One occurrence to paint: its pieces, one per text node it covers, in order. */
export interface PaintSpan {
  entryId: string;
  abbreviation: string | undefined;
  /** The language the term was read in; English when not set. */
  language?: Language | undefined;
  pieces: readonly { node: Text; start: number; end: number }[];
}

export interface Painter {
  /**
   * Paints occurrences (each must be in text nodes forgotten or never painted before). They
   * count at once (hover, the term list); the browser draws them from the next `commit`.
   */
  paint(spans: readonly PaintSpan[]): void;
  /**
   * Hands what was painted since the last commit to the browser. Each change of a styled
   * highlight costs the next frame a pass over all of it (measured: 20-35 ms with 11,000
   * ranges on a 2 MB page), so changes are handed over in a few batches, not every slice.
   */
  commit(): void;
  /** Drops whatever was painted in these text nodes (they are being read again). */
  forget(nodes: Iterable<Text>): void;
  /** The painted occurrence at a caret position (text node and offset), if any. */
  termAt(node: Node, offset: number): TermRef | undefined;
  /** The entries with painted occurrences. */
  entryIds(): string[];
  /** An entry's first painted occurrence in document order (worked out when asked: rarely needed). */
  firstOf(entryId: string): TermRef | undefined;
  /** Every painted occurrence (in no particular order). */
  terms(): TermRef[];
  /** Drops occurrences in text the page removed. */
  sweep(): void;
  /** Removes every painted occurrence and our entry in `CSS.highlights`. */
  clear(): void;
  /** How many occurrences are painted. */
  readonly size: number;
}

interface Piece {
  start: number;
  end: number;
  term: PaintedTerm;
}

class PaintedTerm implements TermRef {
  readonly element = undefined;
  constructor(
    readonly entryId: string,
    readonly abbreviation: string | undefined,
    readonly language: Language,
    readonly painted: StaticRange,
    readonly nodes: readonly Text[],
  ) {}

  range(): Range {
    const range = (this.nodes[0]?.ownerDocument ?? document).createRange();
    try {
      range.setStart(this.painted.startContainer, this.painted.startOffset);
      range.setEnd(this.painted.endContainer, this.painted.endOffset);
    } catch {
      // The page shortened the text since: an empty range where it was (the next read repaints it).
      range.setStart(this.painted.startContainer, 0);
    }
    return range;
  }
}

interface HighlightApi {
  Highlight: typeof Highlight;
  StaticRange: typeof StaticRange;
  registry: HighlightRegistry;
}

/** The Highlight API of `view`, if it has a working one (else highlights fall back to elements). */
export function highlightApiOf(view: (Window & typeof globalThis) | null): HighlightApi | undefined {
  try {
    const registry = view?.CSS?.highlights;
    if (!view || !registry || typeof view.Highlight !== 'function' || typeof view.StaticRange !== 'function') {
      return undefined;
    }
    // A page that replaced or broke these gets the element path rather than an error.
    if (!(new view.Highlight() instanceof view.Highlight) || typeof registry.set !== 'function') return undefined;
    return { Highlight: view.Highlight, StaticRange: view.StaticRange, registry };
  } catch {
    return undefined;
  }
}

export function createPainter(api: HighlightApi): Painter {
  let highlight: Highlight | undefined;
  /** Painted but not yet handed to the browser. */
  const uncommitted = new Set<StaticRange>();
  const piecesIn = new Map<Text, Piece[]>();
  const termsOf = new Map<string, Set<PaintedTerm>>();
  /** Cached first occurrence per entry, dropped whenever the entry gains or loses one. */
  const firstOfEntry = new Map<string, PaintedTerm>();
  let size = 0;

  const registered = () => {
    if (!highlight) {
      highlight = new api.Highlight();
      api.registry.set(PAINTED_HIGHLIGHT_NAME, highlight);
    }
    return highlight;
  };

  const remove = (term: PaintedTerm) => {
    const ofEntry = termsOf.get(term.entryId);
    if (!ofEntry?.delete(term)) return;
    if (ofEntry.size === 0) termsOf.delete(term.entryId);
    if (!uncommitted.delete(term.painted)) highlight?.delete(term.painted);
    size--;
    firstOfEntry.delete(term.entryId);
    for (const node of term.nodes) {
      const pieces = piecesIn.get(node);
      if (!pieces) continue;
      const kept = pieces.filter((piece) => piece.term !== term);
      if (kept.length > 0) piecesIn.set(node, kept);
      else piecesIn.delete(node);
    }
  };

  return {
    get size() {
      return size;
    },

    paint(spans) {
      for (const { entryId, abbreviation, language, pieces } of spans) {
        const first = pieces[0];
        const last = pieces[pieces.length - 1];
        if (!first || !last) continue;
        const painted = new api.StaticRange({
          startContainer: first.node,
          startOffset: first.start,
          endContainer: last.node,
          endOffset: last.end,
        });
        const term = new PaintedTerm(
          entryId,
          abbreviation,
          language ?? 'en',
          painted,
          pieces.map((piece) => piece.node),
        );
        uncommitted.add(painted);
        size++;
        const terms = termsOf.get(entryId) ?? new Set<PaintedTerm>();
        termsOf.set(entryId, terms);
        terms.add(term);
        firstOfEntry.delete(entryId);
        for (const { node, start, end } of pieces) {
          const inNode = piecesIn.get(node);
          const piece = { start, end, term };
          if (!inNode) piecesIn.set(node, [piece]);
          else {
            inNode.push(piece);
            // Runs are read in order, so this is rare: a block read again out of order.
            if ((inNode[inNode.length - 2]?.start ?? -1) > start) inNode.sort((a, b) => a.start - b.start);
          }
        }
      }
    },

    commit() {
      if (uncommitted.size === 0) return;
      const target = registered();
      for (const painted of uncommitted) target.add(painted);
      uncommitted.clear();
    },

    forget(nodes) {
      if (size === 0) return;
      for (const node of nodes) {
        const pieces = piecesIn.get(node);
        if (pieces) for (const { term } of [...pieces]) remove(term);
      }
    },

    termAt(node, offset) {
      const pieces = node.nodeType === Node.TEXT_NODE ? piecesIn.get(node as Text) : undefined;
      if (!pieces) return undefined;
      // The last piece starting at or before the offset; a caret right after a word's last letter is on it.
      let low = 0;
      let high = pieces.length - 1;
      let found: Piece | undefined;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const piece = pieces[middle] as Piece;
        if (piece.start <= offset) {
          found = piece;
          low = middle + 1;
        } else high = middle - 1;
      }
      return found && offset <= found.end ? found.term : undefined;
    },

    entryIds: () => [...termsOf.keys()],

    firstOf(entryId) {
      let first = firstOfEntry.get(entryId);
      if (!first) {
        for (const term of termsOf.get(entryId) ?? []) if (!first || precedes(term, first)) first = term;
        if (first) firstOfEntry.set(entryId, first);
      }
      return first;
    },

    terms: () => [...termsOf.values()].flatMap((terms) => [...terms]),

    sweep() {
      for (const [node, pieces] of piecesIn) {
        if (!node.isConnected) for (const { term } of [...pieces]) remove(term);
      }
    },

    clear() {
      if (highlight && api.registry.get(PAINTED_HIGHLIGHT_NAME) === highlight) {
        api.registry.delete(PAINTED_HIGHLIGHT_NAME);
      }
      highlight?.clear();
      highlight = undefined;
      uncommitted.clear();
      piecesIn.clear();
      termsOf.clear();
      firstOfEntry.clear();
      size = 0;
    },
  };
}

function precedes(a: PaintedTerm, b: PaintedTerm): boolean {
  const nodeA = a.painted.startContainer;
  const nodeB = b.painted.startContainer;
  if (nodeA === nodeB) return a.painted.startOffset < b.painted.startOffset;
  return (nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
