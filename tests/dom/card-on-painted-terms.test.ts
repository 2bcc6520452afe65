import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { type CardControl, controlCard } from '../../lib/content/card-controller';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { createHighlighter } from '../../lib/page/highlighter';
import { createPainter, highlightApiOf, type Painter } from '../../lib/page/painted-terms';
import { fakeView, pointer } from './fake-card-view';
import { type FakeHighlightApi, installHighlightApi } from './fake-highlight-api';
import { highlightAll, loadFixture } from './fixture';

const OPEN = 250;
const CLOSE = 300;
/** The stand-in layout: every character 10 px wide, every line of text 0-20 px high. */
const CHAR_WIDTH = 10;

let api: FakeHighlightApi;
let painter: Painter;
let view: ReturnType<typeof fakeView>;
let abort: AbortController;
let lookups: number[];
let control: CardControl;
/** The painted paragraph: "dysphagia again and myoclonus" (dysphagia painted, myoclonus its tab stop). */
let paragraph: HTMLElement;
let text: Text;
const withoutLayout = Range.prototype.getClientRects;

/** jsdom has no layout: the caret and the text's boxes follow CHAR_WIDTH on one line of `text`. */
function stubLayout() {
  (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = (x: number) => ({
    offsetNode: text,
    // The closest caret position, also far past the end of the line, as browsers answer.
    offset: Math.min(text.data.length, Math.max(0, Math.round(x / CHAR_WIDTH))),
  });
  Range.prototype.getClientRects = function (this: Range) {
    if (this.startContainer !== text) return [] as unknown as DOMRectList;
    const box = { left: this.startOffset * CHAR_WIDTH, right: this.endOffset * CHAR_WIDTH, top: 0, bottom: 20 };
    return [box] as unknown as DOMRectList;
  };
}

/** The pointer over the middle of character `offset` of the painted paragraph's text. */
const over = (offset: number) => ({ x: offset * CHAR_WIDTH + CHAR_WIDTH / 2, y: 10 });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  api = installHighlightApi();
  loadFixture('card-controller.html', 'terms-and-a-paragraph-away');
  painter = createPainter(highlightApiOf(window) as NonNullable<ReturnType<typeof highlightApiOf>>);
  highlightAll(createHighlighter(buildTermIndex(entries, contextWords), { painter }), [document.body]);
  paragraph = document.body.lastElementChild as HTMLElement;
  text = paragraph.firstChild as Text;
  expect(text.data.startsWith('dysphagia again')).toBe(true);
  stubLayout();
  view = fakeView();
  abort = new AbortController();
  lookups = [];
  control = controlCard({
    document,
    view,
    signal: abort.signal,
    openDelayMs: () => OPEN,
    closeDelayMs: CLOSE,
    paintedTermAt: painter.termAt,
    onPointerLookup: (ms) => lookups.push(ms),
  });
});

afterEach(() => {
  abort.abort();
  api.uninstall();
  vi.useRealTimers();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  Range.prototype.getClientRects = withoutLayout;
});

describe('the card on a painted term (a range, no element)', () => {
  it('opens after the pointer rests on it, looking it up once per frame however often it moves', () => {
    for (const offset of [1, 2, 3, 4]) pointer('pointermove', paragraph, null, 'mouse', over(offset));
    vi.advanceTimersToNextFrame();
    expect(lookups).toHaveLength(1);
    vi.advanceTimersByTime(OPEN - 1);
    expect(view.shownFor).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(view.shownFor?.entryId).toBe('dysphagia');
    expect(view.shownFor?.element).toBeUndefined();
    expect(view.shownFor?.range().toString()).toBe('dysphagia');
  });

  it('does not open for a pointer past the end of the line, where the caret snaps to the text', () => {
    // Positive control first: on the painted word itself, the card opens.
    pointer('pointermove', paragraph, null, 'mouse', over(0));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(OPEN);
    expect(view.shownFor?.entryId).toBe('dysphagia');
    view.hide();

    text.data = 'dysphagia';
    painter.forget([text]);
    painter.paint([{ entryId: 'dysphagia', abbreviation: undefined, pieces: [{ node: text, start: 0, end: 9 }] }]);
    // 30 characters to the right of the word: the closest caret is at its end, but the pointer is not on it.
    pointer('pointermove', paragraph, null, 'mouse', over(40));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(OPEN * 2);
    expect(lookups).toHaveLength(2);
    expect(view.shownFor).toBeUndefined();
  });

  it('closes a little after the pointer leaves the term, and stays open when it comes back', () => {
    pointer('pointermove', paragraph, null, 'mouse', over(2));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(OPEN);
    const shown = view.shownFor;
    expect(shown?.entryId).toBe('dysphagia');

    pointer('pointermove', paragraph, null, 'mouse', over(12)); // "again"
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(CLOSE - 1);
    pointer('pointermove', paragraph, null, 'mouse', over(3));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(CLOSE * 2);
    expect(view.shownFor).toBe(shown);

    pointer('pointermove', paragraph, null, 'mouse', over(12));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(CLOSE);
    expect(view.shownFor).toBeUndefined();
  });

  it('stays open while the pointer is on the card', () => {
    pointer('pointermove', paragraph, null, 'mouse', over(2));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(OPEN);
    pointer('pointerover', view.host);
    pointer('pointermove', view.host, null, 'mouse', over(40));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(CLOSE * 3);
    expect(view.shownFor?.entryId).toBe('dysphagia');
    pointer('pointerout', view.host, paragraph);
    vi.advanceTimersByTime(CLOSE);
    expect(view.shownFor).toBeUndefined();
  });

  it('opens at once on a tap and closes on a tap elsewhere', () => {
    pointer('pointerdown', paragraph, null, 'touch', over(5));
    expect(view.shownFor?.entryId).toBe('dysphagia');
    pointer('pointerdown', paragraph, null, 'touch', over(12));
    expect(view.shownFor).toBeUndefined();
  });

  it('opens from the popup’s term list: scrolls to the painted text and opens its card, moving no focus', () => {
    const scrolled: Element[] = [];
    const withoutScrolling = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const term = painter.termAt(text, 0);
      expect(term?.element).toBeUndefined();
      control.reveal(term as NonNullable<typeof term>);
      expect(scrolled).toEqual([paragraph]);
      expect(view.shownFor).toBe(term);
      expect(document.activeElement).toBe(document.body);
    } finally {
      Element.prototype.scrollIntoView = withoutScrolling;
    }
  });
});
