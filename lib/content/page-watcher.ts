/**
 * Watches the page for content that appears later (single-page apps,
 * infinite scroll). Mutation callbacks only queue the blocks that changed;
 * the work happens once per animation frame. Our own writes are taken off
 * the queue before they are seen, so highlights never trigger highlighting.
 */
import { CARD_HOST_TAG, HIGHLIGHT_TAG, TEXT_BREAK_TAGS } from '../constants';
import { isExcluded } from '../dom/text-runs';

/** Above this many changed blocks in one frame, one pass over the whole page is cheaper. */
export const FULL_RESCAN_THRESHOLD = 1000;

export interface PageWatcher {
  /** Runs `write` (our own DOM changes) so that the watcher does not see them. */
  whileIgnoring(write: () => void): void;
  stop(): void;
}

export function watchPage(
  root: Element,
  schedule: (callback: () => void) => void,
  onChanged: (roots: Element[]) => void,
): PageWatcher {
  const pending = new Set<Element>();
  let frameRequested = false;
  let stopped = false;

  const queue = (records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        addRoot(record.target.parentElement);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) addRoot(record.target as Element);
        else if (node.nodeType !== Node.ELEMENT_NODE || isOurs(node as Element)) continue;
        else addRoot(isBlock(node as Element) ? (node as Element) : (record.target as Element));
      }
    }
    if (pending.size > 0 && !frameRequested) {
      frameRequested = true;
      schedule(flush);
    }
  };

  /** Queues the block around a changed element; changes inside editors, code or our UI are not ours to read. */
  const addRoot = (changed: Element | null) => {
    if (!changed || isOurs(changed) || isExcluded(changed)) return;
    const block = nearestBlock(changed, root);
    if (block?.isConnected) pending.add(block);
  };

  const flush = () => {
    frameRequested = false;
    if (stopped || pending.size === 0) return;
    const changed = [...pending];
    pending.clear();
    onChanged(changed.length > FULL_RESCAN_THRESHOLD ? [root] : outermost(changed));
  };

  const observer = new MutationObserver(queue);
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  return {
    whileIgnoring(write) {
      queue(observer.takeRecords());
      write();
      observer.takeRecords();
    },
    stop() {
      stopped = true;
      pending.clear();
      observer.disconnect();
    },
  };
}

function isBlock(element: Element): boolean {
  return TEXT_BREAK_TAGS.has(element.nodeName) && element.firstChild !== null;
}

function isOurs(element: Element): boolean {
  return element.closest(`${HIGHLIGHT_TAG}, ${CARD_HOST_TAG}`) !== null;
}

/** The closest block around `element` (text never joins across blocks), or `root`. */
function nearestBlock(element: Element, root: Element): Element | null {
  let node: Element | null = element;
  while (node && node !== root && !TEXT_BREAK_TAGS.has(node.nodeName)) node = node.parentElement;
  return node && root.contains(node) ? node : null;
}

/** Drops every element that lies inside another one in the list. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (set.has(parent)) return false;
    }
    return true;
  });
}
