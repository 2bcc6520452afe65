/**
 * Watches the page for content that appears later (the parser filling in a
 * long page, single-page apps, infinite scroll). Mutation callbacks only queue
 * the blocks that changed; the work happens once per animation frame. Our own
 * writes are not observed, so highlights never trigger highlighting.
 */
import { TEXT_BREAK_TAGS } from '../core/constants';
import { isInSkippedRegion, type ReadRoot } from '../page/text-runs';

export interface PageWatcher {
  /** Runs `write` (our own DOM changes) so that the watcher does not see them. */
  whileIgnoring(write: () => void): void;
  /** Watches one more root (the open shadow root of a web component). */
  observe(root: ShadowRoot): void;
  stop(): void;
}

export function watchPage(
  root: Element,
  schedule: (callback: () => void) => void,
  onChanged: (roots: ReadRoot[], noticedAt: number) => void,
  /** Puts right what the page's changes did to text we split; returns nodes whose blocks to read again. */
  repair: (records: readonly MutationRecord[]) => Node[] = () => [],
): PageWatcher {
  const pending = new Set<ReadRoot>();
  const roots: Node[] = [root];
  /** When the oldest pending change was noticed. */
  let noticedAt = Number.POSITIVE_INFINITY;
  let frameRequested = false;
  let stopped = false;

  const queue = (records: MutationRecord[]) => {
    if (pending.size === 0) noticedAt = performance.now();
    for (const node of repair(records))
      addRoot(node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
    for (const record of records) {
      if (record.type === 'characterData') {
        if (hasWords(record.target)) addRoot(record.target.parentElement);
        continue;
      }
      for (const node of record.addedNodes) {
        // White space between blocks (the parser adds it between every pair) changes no term,
        // and would otherwise have a whole container read again for each.
        if (node.nodeType === Node.TEXT_NODE) {
          if (hasWords(node)) addRoot(record.target as Element);
        } else if (node.nodeType === Node.ELEMENT_NODE && !isInSkippedRegion(node)) {
          addRoot(isBlock(node as Element) ? (node as Element) : (record.target as Element));
        }
      }
    }
    if (pending.size > 0 && !frameRequested) {
      frameRequested = true;
      schedule(flush);
    }
  };

  /** Queues the block around a changed element; changes inside editors, code or our UI are not ours to read. */
  const addRoot = (changed: Element | null) => {
    if (!changed || isInSkippedRegion(changed)) return;
    const block = nearestBlock(changed, root);
    if (block?.isConnected) pending.add(block);
  };

  const flush = () => {
    frameRequested = false;
    if (stopped || pending.size === 0) return;
    const changed = [...pending];
    pending.clear();
    // Only the changed blocks, however many: a pass over the whole page instead (the usual fallback
    // above a threshold) re-reads everything already read, and while a long page is being parsed
    // that happens frame after frame. Blocks read since their change are skipped by the highlighter.
    onChanged(outermost(changed), noticedAt);
  };

  const observer = new MutationObserver(queue);
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(root, options);
  /** True while our own writes run (see whileIgnoring). */
  let ignoring = false;
  const observeAll = () => {
    for (const observed of roots) observer.observe(observed, options);
  };

  return {
    // Not observing while we write is cheaper than recording thousands of our own mutations and dropping them.
    whileIgnoring(write) {
      queue(observer.takeRecords());
      observer.disconnect();
      ignoring = true;
      try {
        write();
      } finally {
        ignoring = false;
        if (!stopped) observeAll();
      }
    },
    observe(shadowRoot) {
      roots.push(shadowRoot);
      // Never start observing in the middle of our own writes: splitting a text node is a change
      // to it, and seen as the page's, the repair would undo the wrap.
      if (!stopped && !ignoring) observer.observe(shadowRoot, options);
    },
    stop() {
      stopped = true;
      pending.clear();
      observer.disconnect();
    },
  };
}

function hasWords(text: Node): boolean {
  return /\S/.test(text.nodeValue ?? '');
}

/** Elements that break lines but hold no text: adding one changes the runs of the block around it. */
const EMPTY_BREAKS = new Set(['BR', 'HR', 'IMG']);

/**
 * A block added to the page is read on its own, even while still empty (the
 * parser adds its text next), rather than reading its whole container again.
 */
function isBlock(element: Element): boolean {
  return TEXT_BREAK_TAGS.has(element.nodeName) && !EMPTY_BREAKS.has(element.nodeName);
}

/**
 * The closest block around `element` (text never joins across blocks): up to
 * `root`, or to the shadow root the element lives in.
 */
function nearestBlock(element: Element, root: Element): ReadRoot | null {
  for (let node: Node | null = element; node; node = node.parentNode) {
    if (node === root || TEXT_BREAK_TAGS.has(node.nodeName)) return node as Element;
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return node as ShadowRoot;
  }
  return null;
}

/** Drops every root that lies inside another one in the list. */
function outermost(roots: ReadRoot[]): ReadRoot[] {
  const set = new Set<Node>(roots);
  return roots.filter((root) => {
    for (let parent = root.parentNode; parent; parent = parent.parentNode) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}
