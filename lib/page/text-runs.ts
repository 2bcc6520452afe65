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
  EDITOR_ATTRIBUTE,
  EDITOR_CLASSES,
  HIGHLIGHT_TAG,
  LEGACY_OPT_OUT_ATTRIBUTE,
  LEGACY_OPT_OUT_VALUE,
  OPT_OUT_ATTRIBUTE,
  SKIPPED_SELECTORS,
  SKIPPED_TAGS,
  TEXT_BREAK_TAGS,
} from '../core/constants';

export const SKIPPED_SELECTOR = `:is(${SKIPPED_SELECTORS.join(', ')})`;

const HIGHLIGHT_NODE_NAME = HIGHLIGHT_TAG.toUpperCase();

/** Where a walk can start: an element, or the open shadow root of a web component. */
export type ReadRoot = Element | ShadowRoot;

export interface WalkOptions {
  /**
   * Hears of the root and of each block the walk enters, when it enters it:
   * from then on, whatever the block holds will be read by this walk.
   */
  onBlock?: ((block: Node) => void) | undefined;
  /** While true (the page is being parsed), the walk waits at the end instead of finishing (see WAITING). */
  follow?: (() => boolean) | undefined;
  /** Hears of each open shadow root the walk passes (web components); their text is read by walks of their own. */
  onShadowRoot?: ((root: ShadowRoot) => void) | undefined;
  /** Hears of each custom element without a shadow root yet (it may attach one later). */
  onCustomElement?: ((element: Element) => void) | undefined;
}

export interface TextRun {
  /** The text nodes of the run, in order; `text` is their text joined. */
  readonly nodes: readonly Text[];
  readonly text: string;
  /** The closest block around the run (or the root the walk started from). */
  readonly block: ReadRoot;
  /** The section the run is in: the last heading or sectioning element the walk entered, if any. */
  readonly section: Node | undefined;
}

/** False when the page changed or removed the run's text since it was read (its offsets are stale). */
export function runIsUnchanged(run: TextRun): boolean {
  let text = '';
  for (const node of run.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === run.text;
}

const SECTION_STARTS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE']);

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
    element.hasAttribute(OPT_OUT_ATTRIBUTE) ||
    element.getAttribute(LEGACY_OPT_OUT_ATTRIBUTE) === LEGACY_OPT_OUT_VALUE ||
    element.hasAttribute(EDITOR_ATTRIBUTE) ||
    EDITOR_CLASSES.some((name) => element.classList.contains(name))
  );
}

/**
 * True if text in `node` (or the node itself) is never read: it is in a
 * skipped region or one of our highlights, also across shadow-root
 * boundaries. A walk up the ancestors with the tag-name test, so it stays
 * cheap when called for every change on a page.
 */
export function isInSkippedRegion(node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current.nodeType !== Node.ELEMENT_NODE) continue;
    const element = current as Element;
    if (element.nodeName === HIGHLIGHT_NODE_NAME || isSkippedElement(element)) return true;
  }
  return false;
}

/** Yielded by a walk that has read everything there is and is waiting for the parser to add more. */
export const WAITING = 'waiting';

/** Yielded every NODES_PER_TICK nodes, so a page of many nodes and little text is still cut into slices. */
export const TICK = 'tick';
export const NODES_PER_TICK = 512;

/**
 * Longer runs (one text node of megabytes, say) are not read: wrapping inside
 * them would copy megabytes for every term. Real prose never comes near it.
 */
export const MAX_RUN_CHARS = 100_000;

/** Paths from a text node's parent up to its block at most this long are not remembered (see `blockOf`). */
const SHALLOW_PATH = 4;

/**
 * The runs under `root`, in document order. With `follow`, the walk does not
 * end when it reaches the last node while `follow()` is true (the page is
 * still being parsed): it yields WAITING and, resumed later, carries on into
 * whatever the parser has added since. One pass over a loading page, with no
 * mutation records to process.
 */
export function* textRuns(
  root: ReadRoot,
  { onBlock, follow, onShadowRoot, onCustomElement }: WalkOptions = {},
): Generator<TextRun | typeof WAITING | typeof TICK, void, undefined> {
  if (isInSkippedRegion(root)) return;
  onBlock?.(root);
  let nodes: Text[] = [];
  let runChars = 0;
  let visited = 0;
  let block: ReadRoot = root;
  /** The current section, and the one the run being collected started in. */
  let section: Node | undefined;
  let runSection: Node | undefined;
  /** Set when a block, line break, skipped region or highlight lies between this text and the last. */
  let broken = true;
  const blockOfParent = new Map<Node, ReadRoot>();
  // Text is read when the run is complete: the parser may still append to the last text node.
  const finished = (): TextRun => ({
    nodes,
    text: nodes.length === 1 ? (nodes[0] as Text).data : nodes.map((node) => node.data).join(''),
    block,
    section: runSection,
  });

  let lastParent: Node | undefined;
  let lastParentBlock: ReadRoot = root;
  /**
   * The closest block around a text node's parent (text never joins across
   * blocks). Every element on the way up is remembered, so even 5,000 levels of
   * nesting cost one step per element, not one per element per level.
   */
  const blockOf = (parent: Node): ReadRoot => {
    // Consecutive text nodes mostly share a parent.
    if (parent === lastParent) return lastParentBlock;
    const path: Node[] = [];
    let node: Node | null = parent;
    let found: ReadRoot | undefined;
    while (node && !found) {
      found = blockOfParent.get(node);
      if (found) break;
      if (node === root || TEXT_BREAK_TAGS.has(node.nodeName)) {
        found = node as ReadRoot;
        break;
      }
      path.push(node);
      node = node.parentNode;
    }
    found ??= root;
    // Only deep paths are worth remembering: on a page of 100,000 inline elements, a map entry
    // for each costs more (memory, then garbage collection) than the one step it saves.
    if (path.length > SHALLOW_PATH) for (const element of path) blockOfParent.set(element, found);
    lastParent = parent;
    lastParentBlock = found;
    return found;
  };

  // No NodeFilter: calling back into JavaScript for every node is what makes a walk slow.
  // Skipped elements are stepped over by hand instead.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** A skipped element whose subtree the next step jumps over. */
  let skipOver: Node | undefined;
  const advance = (): Node | null => {
    if (!skipOver) return walker.nextNode();
    const skipped = skipOver;
    if (walker.nextSibling()) {
      skipOver = undefined;
      return walker.currentNode;
    }
    while (walker.parentNode()) {
      if (walker.nextSibling()) {
        skipOver = undefined;
        return walker.currentNode;
      }
    }
    // Nothing after it yet: stay on it, to jump over it again once the parser has added more.
    walker.currentNode = skipped;
    return null;
  };

  for (let node = advance(); ; node = advance()) {
    if (!node) {
      if (!follow?.()) break;
      yield WAITING;
      continue;
    }
    if (++visited % NODES_PER_TICK === 0) yield TICK;
    if (node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)) {
      broken = true;
      skipOver = node;
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) onShadowRoot?.(shadow);
      else if (onCustomElement && node.nodeName.includes('-')) onCustomElement(node as Element);
      if (SECTION_STARTS.has(node.nodeName)) section = node;
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
      if (nodes.length > 0 && runChars <= MAX_RUN_CHARS) yield finished();
      nodes = [];
      runChars = 0;
      block = nodeBlock;
      runSection = section;
      broken = false;
    }
    // A run too long to read is still walked to its end, but its nodes are not kept.
    if (runChars <= MAX_RUN_CHARS) nodes.push(node as Text);
    runChars += (node as Text).length;
  }
  if (nodes.length > 0 && runChars <= MAX_RUN_CHARS) yield finished();
}
