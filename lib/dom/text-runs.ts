/**
 * Reads a part of the page as "runs": the text of one line of prose (a
 * paragraph, a list item, a cell), joined across inline markup, so
 * `<em>Isaacs</em> syndrome` reads as "Isaacs syndrome". Runs end at blocks,
 * line breaks and excluded regions, so words of two list items never join.
 *
 * Each run also records where it sits inside its owner element's text as
 * mark.js sees it (all eligible text nodes of the owner, concatenated), which
 * is how matches found here are handed to mark.js for wrapping.
 */
import { EXCLUDED_SELECTORS, TEXT_BREAK_TAGS } from '../constants';

export const EXCLUDED_SELECTOR = `:is(${EXCLUDED_SELECTORS.join(', ')})`;

export interface TextRun {
  /** The element whose text (as mark.js concatenates it) contains this run. */
  readonly owner: Element;
  /** Offset of the run's first character within the owner's concatenated text. */
  readonly ownerOffset: number;
  /** Pre-order position of the owner: wrap owners in this order so earlier wraps never shift later offsets. */
  readonly ownerRank: number;
  readonly text: string;
}

/** True if text in `element` (or the element itself) is never highlighted. */
export function isExcluded(element: Element): boolean {
  return element.closest(EXCLUDED_SELECTOR) !== null;
}

/**
 * The runs under `root` in document order. `root` is the owner of text not
 * inside a nested block, so callers pass a block (or the body) as root.
 * Owners come before the runs of their nested blocks (pre-order), which is
 * the order in which they can be wrapped without shifting each other's offsets.
 */
export function collectTextRuns(root: Element): TextRun[] {
  const runs: TextRun[] = [];
  if (isExcluded(root)) return runs;
  const document = root.ownerDocument;
  /** Where each owner's text starts in the concatenated text, and its pre-order rank. */
  const owners = new Map<Element, { start: number; rank: number }>([[root, { start: 0, rank: 0 }]]);
  const ownerOfParent = new Map<Node, Element>();
  let offset = 0;
  let current: { owner: Element; ownerOffset: number; ownerRank: number; parts: string[] } | undefined;
  /** Set when a block, line break or excluded region lies between this text and the last. */
  let broken = true;

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE || !(node as Element).matches(EXCLUDED_SELECTOR)) {
        return NodeFilter.FILTER_ACCEPT;
      }
      broken = true;
      return NodeFilter.FILTER_REJECT;
    },
  });

  const flush = () => {
    if (current) {
      const { owner, ownerOffset, ownerRank, parts } = current;
      runs.push({ owner, ownerOffset, ownerRank, text: parts.join('') });
    }
    current = undefined;
  };

  const ownerOf = (parent: Node): Element => {
    let owner = ownerOfParent.get(parent);
    if (!owner) {
      let node: Node | null = parent;
      while (node && node !== root && !(node instanceof Element && TEXT_BREAK_TAGS.has(node.nodeName))) {
        node = node.parentNode;
      }
      owner = (node as Element | null) ?? root;
      ownerOfParent.set(parent, owner);
    }
    return owner;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (TEXT_BREAK_TAGS.has(node.nodeName)) {
        broken = true;
        owners.set(node as Element, { start: offset, rank: owners.size });
      }
      continue;
    }
    const text = (node as Text).data;
    const parent = node.parentNode;
    if (!parent) continue;
    const owner = ownerOf(parent);
    if (broken || !current || current.owner !== owner) {
      flush();
      const { start, rank } = owners.get(owner) ?? { start: 0, rank: 0 };
      current = { owner, ownerOffset: offset - start, ownerRank: rank, parts: [] };
      broken = false;
    }
    current.parts.push(text);
    offset += text.length;
  }
  flush();
  return runs;
}
