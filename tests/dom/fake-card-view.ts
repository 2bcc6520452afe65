import type { CardView, ShowOptions } from '../../lib/content/card-controller';
import type { TermRef } from '../../lib/page/term-ref';

/** A stand-in for the shadow-root card: an element appended to the body, like the real host. */
export function fakeView(): CardView & { host: HTMLElement; requestClose?: () => void; focusedCard: number } {
  const host = document.createElement('div');
  host.id = 'card-host';
  const button = document.createElement('button');
  host.append(button);
  document.body.append(host);
  const view = {
    host,
    shownFor: undefined as TermRef | undefined,
    requestClose: undefined as (() => void) | undefined,
    focusedCard: 0,
    show(term: TermRef, { requestClose }: ShowOptions) {
      view.shownFor = term;
      view.requestClose = requestClose;
    },
    hide() {
      view.shownFor = undefined;
    },
    focusCard() {
      view.focusedCard++;
      button.focus();
    },
    contains: (node: Node | null) => node !== null && host.contains(node),
  };
  return view;
}

/** jsdom has no PointerEvent: a MouseEvent with the pointer type the controller reads. */
export function pointer(
  type: 'pointerover' | 'pointerout' | 'pointerdown' | 'pointermove',
  target: Element,
  relatedTarget: Element | null = null,
  pointerType: 'mouse' | 'touch' = 'mouse',
  at: { x: number; y: number } = { x: 0, y: 0 },
) {
  const event = new MouseEvent(type, { bubbles: true, relatedTarget, clientX: at.x, clientY: at.y });
  Object.defineProperty(event, 'pointerType', { value: pointerType });
  target.dispatchEvent(event);
}
