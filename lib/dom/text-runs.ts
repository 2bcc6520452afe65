/**
 * Reads a part of the page as "runs": the text of one line of prose (a
 * paragraph, a list item, a cell), joined across inline markup, so
 * `<em>Isaacs</em> syndrome` reads as "Isaacs syndrome". Runs end at blocks,
 * line breaks, skipped regions and our own highlights, so words of two list
 * items never join and highlighted text is never read twice.
 *
 * Each run keeps its text nodes, so its matches can be wrapped without
 * searching the page again. Runs are produced lazily (a generator), so the
 * work can be cut into slices.
 */
import {
  HIGHLIGHT_TAG,
  OPT_OUT_ATTRIBUTE,
  OPT_OUT_VALUE,
  SKIPPED_SELECTORS,
  SKIPPED_TAGS,
  TEXT_BREAK_TAGS,
} from '../constants';

export const SKIPPED_SELECTOR = `:is(${SKIPPED_SELECTORS.join(', ')})`;

const HIGHLIGHT_NODE_NAME = HIGHLIGHT_TAG.toUpperCase();

export interface TextRun {
  /** The text nodes of the run, in order; `text` is their text joined. */
  readonly nodes: readonly Text[];
  readonly text: string;
  /** The closest block around the run (or the root the walk started from). */
  readonly block: Node;
}

/**
 * True for elements whose text is never read: the same test as
 * `element.matches(SKIPPED_SELECTOR)`, but by tag name first, which is what
 * makes walking a large page cheap.
 */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.nodeName)) return true;
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  return (
    (editable !== null && editable !== 'false') ||
    element.getAttribute('role') === 'textbox' ||
    element.getAttribute(OPT_OUT_ATTRIBUTE) === OPT_OUT_VALUE
  );
}

/**
 * True if text in `node` (or the node itself) is never read: it is in a
 * skipped region or one of our highlights. A walk up the ancestors with the
 * tag-name test, so it stays cheap when called for every change on a page.
 */
export function isInSkippedRegion(node: Node): boolean {
  for (
    let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    element;
    element = element.parentElement
  ) {
    if (element.nodeName === HIGHLIGHT_NODE_NAME || isSkippedElement(element)) return true;
  }
  return false;
}

/**
 * The runs under `root`, in document order. `onBlock` hears of the root and
 * of each block the walk enters, when it enters it: from then on, whatever
 * the block holds will be read by this walk.
 */
export function* textRuns(root: Element, onBlock?: (block: Node) => void): Generator<TextRun, void, undefined> {
  if (isInSkippedRegion(root)) return;
  onBlock?.(root);
  let nodes: Text[] = [];
  let parts: string[] = [];
  let block: Node = root;
  /** Set when a block, line break, skipped region or highlight lies between this text and the last. */
  let broken = true;
  const blockOfParent = new Map<Node, Node>();

  /** The closest block around a text node's parent (text never joins across blocks). */
  const blockOf = (parent: Node): Node => {
    let found = blockOfParent.get(parent);
    if (!found) {
      let node: Node | null = parent;
      while (node && node !== root && !TEXT_BREAK_TAGS.has(node.nodeName)) node = node.parentNode;
      found = node ?? root;
      blockOfParent.set(parent, found);
    }
    return found;
  };

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE || !isSkippedElement(node as Element)) return NodeFilter.FILTER_ACCEPT;
      broken = true;
      return NodeFilter.FILTER_REJECT;
    },
  });

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (TEXT_BREAK_TAGS.has(node.nodeName)) {
        broken = true;
        onBlock?.(node);
      } else if (node.nodeName === HIGHLIGHT_NODE_NAME) {
        broken = true;
      }
      continue;
    }
    const parent = node.parentNode;
    // Text already highlighted is never read again.
    if (!parent || parent.nodeName === HIGHLIGHT_NODE_NAME) continue;
    const nodeBlock = blockOf(parent);
    if (broken || nodeBlock !== block) {
      if (nodes.length > 0) yield { nodes, text: parts.join(''), block };
      nodes = [];
      parts = [];
      block = nodeBlock;
      broken = false;
    }
    nodes.push(node as Text);
    parts.push((node as Text).data);
  }
  if (nodes.length > 0) yield { nodes, text: parts.join(''), block };
}
