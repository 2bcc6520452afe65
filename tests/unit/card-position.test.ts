import { describe, expect, it } from 'vitest';
import { placeCard, TERM_GAP, VIEWPORT_MARGIN } from '../../lib/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const term = (left: number, top: number) => ({ left, top, width: 80, height: 20 });

describe('placeCard', () => {
  it.each([
    ['below a term with room below', term(100, 100), { left: 100, top: 100 + 20 + TERM_GAP }],
    ['above a term near the bottom', term(100, 700), { left: 100, top: 700 - TERM_GAP - 200 }],
    ['inside the right edge', term(950, 100), { left: 1000 - VIEWPORT_MARGIN - 300, top: 126 }],
    ['inside the left edge', term(-50, 100), { left: VIEWPORT_MARGIN, top: 126 }],
    ['bottom-right corner', term(950, 780), { left: 692, top: 780 - TERM_GAP - 200 }],
  ])('%s', (_, given, expected) => {
    expect(placeCard(given, card, viewport)).toEqual(expected);
  });

  it('stays inside a viewport too small for it, on the roomier side', () => {
    const place = placeCard(term(10, 60), card, { width: 250, height: 150 });
    expect(place).toEqual({ left: VIEWPORT_MARGIN, top: VIEWPORT_MARGIN });
  });
});
