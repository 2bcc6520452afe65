/**
 * When the hover card opens and closes. One set of delegated listeners on the
 * document serves every highlight (no per-highlight listeners), and all of
 * them go away with `signal`.
 *
 * Mouse: opens after resting on a term, closes a little after leaving term
 * and card, so the pointer can travel onto the card (WCAG 1.4.13 hoverable,
 * persistent; Escape dismisses without moving the pointer). Element terms
 * are found by pointerover/out; painted terms (ranges, which get no events)
 * by the caret position under the pointer, looked up once per animation frame.
 * Touch: a tap on a term opens its card at once; a tap elsewhere closes it.
 * Keyboard: focus on a term opens its card; Enter or Space moves into the
 * card; Escape closes it and gives focus back to the term; Alt+Shift+Down /
 * Alt+Shift+Up move to the next / previous term.
 */
import { HIGHLIGHT_TAG, NEXT_TERM_KEYS } from '../core/constants';
import { elementOf, type TermRef, termRefOf } from '../page/term-ref';

export interface ShowOptions {
  /** The card's close button and Escape inside the card call this. */
  requestClose: () => void;
  /** Where the pointer is, so a term wrapped over two lines gets the card next to the right line. */
  pointer?: { x: number; y: number } | undefined;
}

export interface CardView {
  /** The highlight the card is open for, if it is open. */
  readonly shownFor: TermRef | undefined;
  show(term: TermRef, options: ShowOptions): void;
  hide(): void;
  /** Moves keyboard focus into the open card. */
  focusCard(): void;
  /** True for the card's host element and anything inside it. */
  contains(node: Node | null): boolean;
}

export interface CardControllerOptions {
  document: Document;
  view: CardView;
  signal: AbortSignal;
  /** Read each time the pointer comes to rest on a term (the person can change it while the page is open). */
  openDelayMs: () => number;
  closeDelayMs: number;
  /** The painted (range) term at a caret position; without it, only element terms open the card. */
  paintedTermAt?: ((node: Node, offset: number) => TermRef | undefined) | undefined;
  /** Hears how long each look-up of the painted term under the pointer took (for `npm run bench`). */
  onPointerLookup?: ((ms: number) => void) | undefined;
  /** Open shadow roots of web components with highlights, so the pointer finds painted text inside them. */
  shadowRoots?: (() => ShadowRoot[]) | undefined;
}

/** What the rest of the content script can ask of the card. */
export interface CardControl {
  /** Scrolls a term into view, moves focus to it if it is a tab stop, and opens its card. */
  reveal(term: TermRef): void;
}

/** The term tab stops, one per term, in document order. */
const TAB_STOPS = `${HIGHLIGHT_TAG}[tabindex="0"]`;

export function controlCard(options: CardControllerOptions): CardControl {
  const { document, view, signal, openDelayMs, closeDelayMs, paintedTermAt, onPointerLookup, shadowRoots } = options;
  /** The painted term under a point; undefined where nothing is painted (the browser has no Highlight API). */
  const termAtPoint =
    paintedTermAt &&
    ((x: number, y: number) => paintedTermAtPoint(document, x, y, paintedTermAt, shadowRoots?.() ?? []));
  const window = document.defaultView;
  if (!window) return { reveal: () => undefined };
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  /** Set while focus goes back to a term after closing, so that focus does not reopen the card. */
  let returningFocus = false;

  const cancelOpen = () => {
    window.clearTimeout(openTimer);
    openTimer = undefined;
  };
  const cancelClose = () => {
    window.clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const open = (term: TermRef, pointer?: { x: number; y: number }) => {
    cancelOpen();
    cancelClose();
    if (view.shownFor === term) return;
    setExpanded(view.shownFor, false);
    view.show(term, { requestClose: () => close(true), pointer });
    setExpanded(term, true);
  };
  const close = (returnFocus: boolean) => {
    cancelOpen();
    cancelClose();
    const term = view.shownFor;
    if (!term) return;
    const focusWasOnCard = view.contains(document.activeElement);
    view.hide();
    setExpanded(term, false);
    if (returnFocus && focusWasOnCard && term.element) {
      returningFocus = true;
      term.element.focus({ preventScroll: true });
      returningFocus = false;
    }
  };
  const scheduleClose = () => {
    cancelClose();
    closeTimer = window.setTimeout(() => close(false), closeDelayMs);
  };

  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, handler, { capture: true, passive: true, signal });

  /** The pointer came to a term: open its card after the person's delay. */
  const restOn = (term: TermRef, pointer: { x: number; y: number }) => {
    cancelClose();
    if (term === view.shownFor) return;
    cancelOpen();
    openTimer = window.setTimeout(() => open(term, pointer), openDelayMs());
  };

  listen('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (view.contains(event.target as Node)) return cancelClose();
    const term = termAt(innermostTarget(event));
    if (term) restOn(term, { x: event.clientX, y: event.clientY });
  });

  // Painted terms: the last pointer position is looked up once per frame, however often it moves.
  let lastMove: PointerEvent | undefined;
  let hoveredPaint: TermRef | undefined;
  const lookUpPointer = () => {
    const event = lastMove;
    lastMove = undefined;
    if (!event || !termAtPoint || signal.aborted) return;
    const started = performance.now();
    const target = innermostTarget(event);
    // The card and element terms have their own events.
    const ownEvents = view.contains(target as Node) || termAt(target) !== undefined;
    const term = ownEvents ? undefined : termAtPoint(event.clientX, event.clientY);
    const left = hoveredPaint;
    hoveredPaint = term;
    if (term && term !== left) restOn(term, { x: event.clientX, y: event.clientY });
    else if (!term && left && !ownEvents) {
      cancelOpen();
      if (view.shownFor === left) scheduleClose();
    }
    onPointerLookup?.(performance.now() - started);
  };
  if (termAtPoint) {
    listen('pointermove', (event) => {
      if (event.pointerType === 'touch') return;
      if (!lastMove) window.requestAnimationFrame(lookUpPointer);
      lastMove = event;
    });
  }

  listen('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const from = event.target as Node;
    const leavingTerm = termAt(innermostTarget(event));
    if (!leavingTerm && !view.contains(from)) return;
    const to = event.relatedTarget as Node | null;
    if (view.contains(to) || (to && termAt(to) === (leavingTerm ?? view.shownFor))) return;
    // Leaving the card for the painted term it belongs to: the next look-up sees the pointer there.
    if (!leavingTerm && view.shownFor && !view.shownFor.element) hoveredPaint = undefined;
    cancelOpen();
    if (view.shownFor) scheduleClose();
  });

  // Touch has no hover: a tap opens at once (the tap still reaches the page, so links work),
  // and a tap anywhere else closes.
  listen('pointerdown', (event) => {
    if (event.pointerType === 'mouse' || view.contains(event.target as Node)) return;
    const term = termAt(innermostTarget(event)) ?? termAtPoint?.(event.clientX, event.clientY);
    if (term) open(term, { x: event.clientX, y: event.clientY });
    else close(false);
  });

  listen('focusin', (event) => {
    const term = termAt(innermostTarget(event));
    if (term && !returningFocus) open(term);
  });

  listen('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (!view.shownFor || view.contains(to) || (to && termAt(to) === view.shownFor)) return;
    if (view.contains(event.target as Node) || termAt(innermostTarget(event)) === view.shownFor) close(false);
  });

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && view.shownFor) {
        close(true);
        return;
      }
      const term = termAt(innermostTarget(event));
      if (term?.element?.matches(':focus') && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        open(term);
        view.focusCard();
        return;
      }
      const direction = shortcutDirection(event);
      if (direction && !isEditable(event.target)) {
        const next = adjacentTerm(document, document.activeElement, direction);
        if (next) {
          event.preventDefault();
          next.focus(); // focusing scrolls the term into view
        }
      }
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    setExpanded(view.shownFor, false);
    view.hide();
  });

  return {
    reveal(term) {
      if (signal.aborted) return;
      elementOf(term)?.scrollIntoView({ block: 'center', inline: 'nearest' });
      // Focus opens the card (focusin); a term that is not a tab stop (inside a link, painted) opens it directly.
      if (term.element && term.element.tabIndex >= 0) term.element.focus({ preventScroll: true });
      open(term);
    },
  };
}

/**
 * Where the event really happened: inside a web component's open shadow root
 * the document only sees the component itself as the target.
 */
function innermostTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}

/** The element term at an event target. */
function termAt(target: EventTarget | null): TermRef | undefined {
  const node = target as Node | null;
  if (!node || node.nodeType !== Node.ELEMENT_NODE) return undefined;
  const element = (node as Element).closest<HTMLElement>(HIGHLIGHT_TAG);
  return element ? termRefOf(element) : undefined;
}

/**
 * The painted term under a point. The caret position is the text position
 * closest to the point, also when the point is past the end of a line or
 * between paragraphs, so the term counts only if its text's boxes hold the point.
 */
function paintedTermAtPoint(
  document: Document,
  x: number,
  y: number,
  paintedTermAt: (node: Node, offset: number) => TermRef | undefined,
  shadowRoots: ShadowRoot[],
): TermRef | undefined {
  const caret = caretAt(document, x, y, shadowRoots);
  const term = caret && paintedTermAt(caret.node, caret.offset);
  if (!term) return undefined;
  for (const box of term.range().getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return term;
  }
  return undefined;
}

/**
 * The caret position at a point: the standard API, or the one Chromium had
 * before it. Given the open shadow roots, it answers inside them rather than
 * at their host (browsers without that option ignore it).
 */
function caretAt(
  document: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const withOptions = document.caretPositionFromPoint as (
      x: number,
      y: number,
      options?: { shadowRoots: ShadowRoot[] },
    ) => CaretPosition | null;
    const position = withOptions.call(document, x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

/** Tab stops announce whether their card is open. */
function setExpanded(term: TermRef | undefined, expanded: boolean): void {
  if (term?.element?.hasAttribute('aria-expanded')) term.element.setAttribute('aria-expanded', String(expanded));
}

function shortcutDirection(event: KeyboardEvent): 1 | -1 | undefined {
  if (event.altKey !== NEXT_TERM_KEYS.altKey || event.shiftKey !== NEXT_TERM_KEYS.shiftKey) return undefined;
  if (event.ctrlKey || event.metaKey) return undefined;
  if (event.key === NEXT_TERM_KEYS.next) return 1;
  if (event.key === NEXT_TERM_KEYS.previous) return -1;
  return undefined;
}

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || element.nodeType !== Node.ELEMENT_NODE) return false;
  return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.nodeName);
}

/**
 * The term tab stop after (or before) `from` in document order. With nothing
 * focused, the first term at or below the top of the viewport.
 */
export function adjacentTerm(document: Document, from: Element | null, direction: 1 | -1): HTMLElement | undefined {
  const stops = [...document.querySelectorAll<HTMLElement>(TAB_STOPS)];
  if (stops.length === 0) return undefined;
  if (!from || from === document.body || from === document.documentElement) {
    const visible = stops.find((stop) => stop.getBoundingClientRect().bottom >= 0) ?? stops[0];
    return direction === 1 ? visible : stops[Math.max(0, stops.indexOf(visible as HTMLElement) - 1)];
  }
  const following = (stop: HTMLElement) =>
    (from.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return direction === 1
    ? stops.find((stop) => following(stop))
    : stops.findLast((stop) => !following(stop) && stop !== from);
}
