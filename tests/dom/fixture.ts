import type { Highlighter } from '../../lib/page/highlighter';

/** Replaces the test document's body with `html`, parsed (never assigned through innerHTML). */
export function loadBody(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  document.body.replaceWith(document.adoptNode(parsed.body));
  return document.body;
}

/** Every text node under `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Runs a highlighter over `roots` to the end, in one go. */
export function highlightAll(highlighter: Highlighter, roots: readonly Element[]): void {
  highlighter.enqueue(roots);
  while (!highlighter.work(() => false).done);
}
