import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { adjacentTerm, type CardControl, controlCard } from '../../lib/content/card-controller';
import { HIGHLIGHT_TAG } from '../../lib/core/constants';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { createHighlighter } from '../../lib/page/highlighter';
import { termRefOf } from '../../lib/page/term-ref';
import { fakeView, pointer } from './fake-card-view';
import { highlightAll, loadFixture } from './fixture';

const OPEN = 250;
const CLOSE = 300;

function key(target: Element, init: KeyboardEventInit) {
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

let abort: AbortController;
let view: ReturnType<typeof fakeView>;
let terms: HTMLElement[];
let control: CardControl;
/** The person's card delay, as the settings have it now. */
let openDelay = OPEN;

beforeEach(() => {
  vi.useFakeTimers();
  loadFixture('card-controller.html', 'terms-and-a-paragraph-away');
  highlightAll(createHighlighter(buildTermIndex(entries, contextWords)), [document.body]);
  terms = [...document.querySelectorAll<HTMLElement>(HIGHLIGHT_TAG)];
  view = fakeView();
  abort = new AbortController();
  openDelay = OPEN;
  control = controlCard({ document, view, signal: abort.signal, openDelayMs: () => openDelay, closeDelayMs: CLOSE });
});

afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

const [first, second] = [0, 1];
const away = () => document.getElementById('away') as HTMLElement;

describe('hover', () => {
  it('opens after the pointer rests on a term, not before', () => {
    pointer('pointerover', terms[first] as HTMLElement);
    vi.advanceTimersByTime(OPEN - 1);
    expect(view.shownFor).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(view.shownFor?.element).toBe(terms[first]);
  });

  it('does not open for a pointer that only passes over', () => {
    pointer('pointerover', terms[first] as HTMLElement);
    vi.advanceTimersByTime(100);
    pointer('pointerout', terms[first] as HTMLElement, away());
    vi.advanceTimersByTime(OPEN * 2);
    expect(view.shownFor).toBeUndefined();
  });

  it('stays open while the pointer moves onto the card, and closes after it leaves', () => {
    pointer('pointerover', terms[first] as HTMLElement);
    vi.advanceTimersByTime(OPEN);
    pointer('pointerout', terms[first] as HTMLElement, view.host);
    pointer('pointerover', view.host);
    vi.advanceTimersByTime(CLOSE * 3);
    expect(view.shownFor?.element).toBe(terms[first]);

    pointer('pointerout', view.host, away());
    vi.advanceTimersByTime(CLOSE - 1);
    expect(view.shownFor?.element).toBe(terms[first]);
    vi.advanceTimersByTime(1);
    expect(view.shownFor).toBeUndefined();
  });

  it('waits as long as the delay set now, read each time', () => {
    openDelay = 1000;
    pointer('pointerover', terms[first] as HTMLElement);
    vi.advanceTimersByTime(OPEN);
    expect(view.shownFor).toBeUndefined();
    vi.advanceTimersByTime(1000 - OPEN);
    expect(view.shownFor?.element).toBe(terms[first]);
  });

  it('moves to another term after the open delay', () => {
    pointer('pointerover', terms[first] as HTMLElement);
    vi.advanceTimersByTime(OPEN);
    pointer('pointerout', terms[first] as HTMLElement, terms[second] as HTMLElement);
    pointer('pointerover', terms[second] as HTMLElement);
    vi.advanceTimersByTime(OPEN);
    expect(view.shownFor?.element).toBe(terms[second]);
  });
});

describe('keyboard', () => {
  it('opens at once on focus and closes on Escape, returning focus from the card to the term', () => {
    (terms[first] as HTMLElement).focus();
    expect(view.shownFor?.element).toBe(terms[first]);
    (view.host.querySelector('button') as HTMLElement).focus();
    expect(view.shownFor?.element).toBe(terms[first]);
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(view.shownFor).toBeUndefined();
    expect(document.activeElement).toBe(terms[first]);
  });

  it('closes when focus leaves both term and card', () => {
    (terms[first] as HTMLElement).focus();
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    expect(view.shownFor).toBeUndefined();
  });

  it('closes through the card’s own close request', () => {
    (terms[first] as HTMLElement).focus();
    view.requestClose?.();
    expect(view.shownFor).toBeUndefined();
  });
});

describe('switching off', () => {
  it('hides the card and stops listening', () => {
    (terms[first] as HTMLElement).focus();
    abort.abort();
    expect(view.shownFor).toBeUndefined();
    pointer('pointerover', terms[second] as HTMLElement);
    vi.advanceTimersByTime(OPEN * 2);
    expect(view.shownFor).toBeUndefined();
  });
});

describe('touch', () => {
  it('opens at once on a tap, ignores the hover events a tap makes, and closes on a tap elsewhere', () => {
    pointer('pointerover', terms[first] as HTMLElement, null, 'touch');
    pointer('pointerdown', terms[first] as HTMLElement, null, 'touch');
    expect(view.shownFor?.element).toBe(terms[first]);
    pointer('pointerout', terms[first] as HTMLElement, away(), 'touch');
    vi.advanceTimersByTime(CLOSE * 3);
    expect(view.shownFor?.element).toBe(terms[first]);
    pointer('pointerdown', view.host.querySelector('button') as HTMLElement, null, 'touch');
    expect(view.shownFor?.element).toBe(terms[first]);
    pointer('pointerdown', away(), null, 'touch');
    expect(view.shownFor).toBeUndefined();
  });
});

describe('keyboard reaching the card and other terms', () => {
  const tabStops = () => [...document.querySelectorAll<HTMLElement>('[tabindex="0"]')];

  it('tells screen readers whether the card of a term is open', () => {
    const stop = tabStops()[0] as HTMLElement;
    expect(stop.getAttribute('role')).toBe('button');
    expect(stop.getAttribute('aria-haspopup')).toBe('dialog');
    expect(stop.getAttribute('aria-roledescription')).toBe('highlighted term');
    stop.focus();
    expect(stop.getAttribute('aria-expanded')).toBe('true');
    key(stop, { key: 'Escape' });
    expect(stop.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves into the card with Enter or Space', () => {
    const stop = tabStops()[0] as HTMLElement;
    stop.focus();
    key(stop, { key: 'Enter' });
    expect(view.focusedCard).toBe(1);
    expect(view.contains(document.activeElement)).toBe(true);
    key(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(document.activeElement).toBe(stop);
    key(stop, { key: ' ' });
    expect(view.focusedCard).toBe(2);
  });

  it('moves to the next and previous term with Alt+Shift+Down and Alt+Shift+Up', () => {
    const [dysphagia, dysarthria, myoclonus] = tabStops();
    expect(tabStops().map((stop) => stop.textContent)).toEqual(['dysphagia', 'dysarthria', 'myoclonus']);
    (dysphagia as HTMLElement).focus();
    key(document.activeElement as HTMLElement, { key: 'ArrowDown', altKey: true, shiftKey: true });
    expect(document.activeElement).toBe(dysarthria);
    key(document.activeElement as HTMLElement, { key: 'ArrowDown', altKey: true, shiftKey: true });
    expect(document.activeElement).toBe(myoclonus);
    key(document.activeElement as HTMLElement, { key: 'ArrowUp', altKey: true, shiftKey: true });
    expect(document.activeElement).toBe(dysarthria);
    expect(view.shownFor?.element).toBe(dysarthria);
  });

  it('leaves the shortcut alone in a text field', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    key(field, { key: 'ArrowDown', altKey: true, shiftKey: true });
    expect(document.activeElement).toBe(field);
  });

  it('starts from the first term when nothing is focused', () => {
    expect(adjacentTerm(document, document.body, 1)?.textContent).toBe('dysphagia');
  });
});

describe('revealing a term (from the popup)', () => {
  it('scrolls it into view, focuses it and opens its card', () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const term = terms[second] as HTMLElement;
    control.reveal(termRefOf(term));
    expect(scrolled).toEqual([term]);
    expect(document.activeElement).toBe(term);
    expect(view.shownFor?.element).toBe(term);
    expect(term.getAttribute('aria-expanded')).toBe('true');
  });

  it('opens the card of a term that is not a tab stop, without moving focus', () => {
    Element.prototype.scrollIntoView = () => undefined;
    const later = terms.find((term) => term.tabIndex < 0) as HTMLElement;
    expect(later).toBeDefined();
    control.reveal(termRefOf(later));
    expect(view.shownFor?.element).toBe(later);
    expect(document.activeElement).toBe(document.body);
  });

  it('does nothing once switched off', () => {
    Element.prototype.scrollIntoView = () => undefined;
    abort.abort();
    control.reveal(termRefOf(terms[first] as HTMLElement));
    expect(view.shownFor).toBeUndefined();
  });
});
