/**
 * What the page itself shows as highlighted, read in the page's own world
 * (no extension API): highlight elements (`data-health-term`, the pieces of
 * one term joined) and the ranges painted in `CSS.highlights` under names
 * starting with `health-term`. The public contract, as another tool would
 * read it.
 */

/** In the page: the text of every highlighted occurrence under `within` (or the page), in document order. */
export function shownHighlights(within: string | null): string[] {
  const root = within ? document.querySelector(within) : document.documentElement;
  if (!root) return [];
  const found: { range: Range; text: string }[] = [];
  for (const element of root.querySelectorAll('[data-health-term]')) {
    const last = found[found.length - 1];
    if (last && element.hasAttribute('data-mtg-continued')) {
      last.text += element.textContent ?? '';
      continue;
    }
    const range = document.createRange();
    range.selectNode(element);
    found.push({ range, text: element.textContent ?? '' });
  }
  const registry = (globalThis.CSS as { highlights?: Map<string, Set<AbstractRange>> } | undefined)?.highlights;
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith('health-term')) continue;
    for (const painted of highlight) {
      if (!root.contains(painted.startContainer)) continue;
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      found.push({ range, text: range.toString() });
    }
  }
  found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return found.map(({ text }) => text);
}

/** In the page: the names in `CSS.highlights` that are ours, with how many ranges each holds. */
export function ourHighlightNames(): [string, number][] {
  const registry = (globalThis.CSS as { highlights?: Map<string, Set<AbstractRange>> } | undefined)?.highlights;
  return [...(registry ?? [])]
    .filter(([name]) => name.startsWith('health-term'))
    .map(([name, highlight]) => [name, highlight.size]);
}

/**
 * In the page: scrolls the `nth` painted occurrence whose text is `text`
 * (under `within`, or anywhere) into view and returns the middle of its first
 * line box, where a pointer rests on it. Null when there is none.
 */
export function paintedPoint({
  text,
  within,
  nth = 0,
}: {
  text: string;
  within?: string | null;
  nth?: number;
}): { x: number; y: number } | null {
  const root = within ? document.querySelector(within) : document.documentElement;
  const registry = (globalThis.CSS as { highlights?: Map<string, Set<AbstractRange>> } | undefined)?.highlights;
  if (!root || !registry) return null;
  const ranges: Range[] = [];
  for (const [name, highlight] of registry) {
    if (!name.startsWith('health-term')) continue;
    for (const painted of highlight) {
      // Without `within`, anywhere: also inside web components' shadow roots.
      if (within && !root.contains(painted.startContainer)) continue;
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      if (range.toString() === text) ranges.push(range);
    }
  }
  ranges.sort((a, b) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    } catch {
      return 0; // in different trees (a shadow root): either order will do
    }
  });
  const range = ranges[nth];
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
}

/** In the page: how many elements matching `selector` hold at least one highlighted occurrence. */
export function elementsWithHighlights(selector: string): number {
  const registry = (globalThis.CSS as { highlights?: Map<string, Set<AbstractRange>> } | undefined)?.highlights;
  const painted: Node[] = [];
  for (const [name, highlight] of registry ?? []) {
    if (name.startsWith('health-term')) for (const range of highlight) painted.push(range.startContainer);
  }
  let count = 0;
  for (const element of document.querySelectorAll(selector)) {
    if (element.querySelector('[data-health-term]') || painted.some((node) => element.contains(node))) count++;
  }
  return count;
}
