/**
 * Where the hover card goes: below the term if it fits, else above, else on
 * the side with more room; always inside the viewport with a margin.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const VIEWPORT_MARGIN = 8;
export const TERM_GAP = 6;

export function placeCard(
  term: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = term.top + term.height + TERM_GAP;
  const above = term.top - TERM_GAP - card.height;
  const roomBelow = viewport.height - VIEWPORT_MARGIN - below;
  const roomAbove = term.top - TERM_GAP - VIEWPORT_MARGIN;
  const fitsBelow = roomBelow >= card.height;
  const fitsAbove = roomAbove >= card.height;
  const top = fitsBelow || (!fitsAbove && roomBelow >= roomAbove) ? below : above;
  return {
    left: clamp(term.left, VIEWPORT_MARGIN, viewport.width - VIEWPORT_MARGIN - card.width),
    top: clamp(top, VIEWPORT_MARGIN, viewport.height - VIEWPORT_MARGIN - card.height),
  };
}

/** Clamps to [min, max]; when the range is empty (card larger than the room), the minimum wins. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
