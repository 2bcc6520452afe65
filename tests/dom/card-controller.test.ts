import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entries } from '../../knowledge';
import { HIGHLIGHT_TAG } from '../../lib/constants';
import { type CardView, controlCard } from '../../lib/content/card-controller';
import { createHighlighter } from '../../lib/dom/highlighter';
import { buildTermIndex } from '../../lib/matcher/term-index';
import { loadBody } from './fixture';

const OPEN = 250;
const CLOSE = 300;

/** A stand-in for the shadow-root card: an element appended to the body, like the real host. */
function fakeView(): CardView & { host: HTMLElement; requestClose?: () => void } {
  const host = document.createElement('div');
  host.id = 'card-host';
  const button = document.createElement('button');
  host.append(button);
  document.body.append(host);
  const view = {
    host,
    shownFor: undefined as HTMLElement | undefined,
    requestClose: undefined as (() => void) | undefined,
    show(term: HTMLElement, requestClose: () => void) {
      view.shownFor = term;
      view.requestClose = requestClose;
    },
    hide() {
      view.shownFor = undefined;
    },
    contains: (node: Node | null) => node !== null && host.contains(node),
  };
  return view;
}

function pointer(type: 'pointerover' | 'pointerout', target: Element, relatedTarget: Element | null = null) {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, relatedTarget }));
}

let abort: AbortController;
let view: ReturnType<typeof fakeView>;
let terms: HTMLElement[];

beforeEach(() => {
  vi.useFakeTimers();
  loadBody('<p id="p">dysphagia and dysarthria</p><p id="away">elsewhere</p>');
  createHighlighter(buildTermIndex(entries)).highlight([document.body]);
  terms = [...document.querySelectorAll<HTMLElement>(HIGHLIGHT_TAG)];
  view = fakeView();
  abort = new AbortController();
  controlCard({ document, view, signal: abort.signal, openDelayMs: OPEN, closeDelayMs: CLOSE });
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
    expect(view.shownFor).toBe(terms[first]);
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
    expect(view.shownFor).toBe(terms[first]);

    pointer('pointerout', view.host, away());
    vi.advanceTimersByTime(CLOSE - 1);
    expect(view.shownFor).toBe(terms[first]);
    vi.advanceTimersByTime(1);
    expect(view.shownFor).toBeUndefined();
  });

  it('moves to another term after the open delay', () => {
    pointer('pointerover', terms[first] as HTMLElement);
    vi.advanceTimersByTime(OPEN);
    pointer('pointerout', terms[first] as HTMLElement, terms[second] as HTMLElement);
    pointer('pointerover', terms[second] as HTMLElement);
    vi.advanceTimersByTime(OPEN);
    expect(view.shownFor).toBe(terms[second]);
  });
});

describe('keyboard', () => {
  it('opens at once on focus and closes on Escape, returning focus from the card to the term', () => {
    (terms[first] as HTMLElement).focus();
    expect(view.shownFor).toBe(terms[first]);
    (view.host.querySelector('button') as HTMLElement).focus();
    expect(view.shownFor).toBe(terms[first]);
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
