/**
 * When the hover card opens and closes. One set of delegated listeners on the
 * document serves every highlight (no per-highlight listeners), and all of
 * them go away with `signal`.
 *
 * Pointer: opens after resting on a term, closes a little after leaving term
 * and card, so the pointer can travel onto the card (WCAG 1.4.13 hoverable).
 * Keyboard: focus opens at once; Escape closes and gives focus back to the term.
 */
import { HIGHLIGHT_TAG } from '../constants';

export interface CardView {
  /** The highlight the card is open for, if it is open. */
  readonly shownFor: HTMLElement | undefined;
  /** Opens the card for `term`; the card calls `requestClose` for its close button and Escape. */
  show(term: HTMLElement, requestClose: () => void): void;
  hide(): void;
  /** True for the card's host element and anything inside it. */
  contains(node: Node | null): boolean;
}

export interface CardControllerOptions {
  document: Document;
  view: CardView;
  signal: AbortSignal;
  openDelayMs: number;
  closeDelayMs: number;
}

export function controlCard({ document, view, signal, openDelayMs, closeDelayMs }: CardControllerOptions): void {
  const window = document.defaultView;
  if (!window) return;
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
  const open = (term: HTMLElement) => {
    cancelOpen();
    cancelClose();
    if (view.shownFor !== term) view.show(term, () => close(true));
  };
  const close = (returnFocus: boolean) => {
    cancelOpen();
    cancelClose();
    const term = view.shownFor;
    if (!term) return;
    const focusWasOnCard = view.contains(document.activeElement);
    view.hide();
    if (returnFocus && focusWasOnCard) {
      returningFocus = true;
      term.focus({ preventScroll: true });
      returningFocus = false;
    }
  };

  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    document.addEventListener(type, handler, { capture: true, passive: true, signal });

  listen('pointerover', (event) => {
    if (view.contains(event.target as Node)) return cancelClose();
    const term = termAt(event.target);
    if (!term) return;
    cancelClose();
    if (term === view.shownFor) return;
    cancelOpen();
    openTimer = window.setTimeout(() => open(term), openDelayMs);
  });

  listen('pointerout', (event) => {
    const from = event.target as Node;
    const leavingTerm = termAt(from);
    if (!leavingTerm && !view.contains(from)) return;
    const to = event.relatedTarget as Node | null;
    if (view.contains(to) || (to && termAt(to) === (leavingTerm ?? view.shownFor))) return;
    cancelOpen();
    if (view.shownFor) {
      cancelClose();
      closeTimer = window.setTimeout(() => close(false), closeDelayMs);
    }
  });

  listen('focusin', (event) => {
    const term = termAt(event.target);
    if (term && !returningFocus) open(term);
  });

  listen('focusout', (event) => {
    const to = event.relatedTarget as Node | null;
    if (!view.shownFor || view.contains(to) || (to && termAt(to) === view.shownFor)) return;
    if (view.contains(event.target as Node) || termAt(event.target) === view.shownFor) close(false);
  });

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && view.shownFor) close(true);
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    view.hide();
  });
}

function termAt(target: EventTarget | null): HTMLElement | null {
  const node = target as Node | null;
  if (!node || node.nodeType !== Node.ELEMENT_NODE) return null;
  return (node as Element).closest<HTMLElement>(HIGHLIGHT_TAG);
}
