/**
 * The hover card's host: a shadow root (page CSS cannot reach in) created on
 * first use, a Preact render of the card, and its position next to the term.
 */

import { render } from 'preact';
import { type ContentScriptContext, createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import { HoverCard } from '../../components/HoverCard';
import cardCss from '../../components/hover-card.css?inline';
import type { ChecklistItem, Entry } from '../../knowledge/schema';
import { placeCard } from '../card-position';
import { ABBREVIATION_ATTRIBUTE, CARD_HOST_TAG, TERM_ID_ATTRIBUTE } from '../constants';
import type { CardView } from './card-controller';

const TITLE_ID = 'term-card-title';

export interface DisposableCardView extends CardView {
  /** Removes the card's host element from the page. */
  dispose(): void;
}

/** What the card can show: every entry, the checklist items they link to, and the local emergency number. */
export interface CardContent {
  entries: ReadonlyMap<string, Entry>;
  checklistItems: ReadonlyMap<string, ChecklistItem>;
  emergencyNumber: string;
}

export function createCardView(ctx: ContentScriptContext, content: CardContent): DisposableCardView {
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let shownFor: HTMLElement | undefined;
  /** Listeners that keep the open card next to its term while the page scrolls or resizes. */
  let following: AbortController | undefined;

  const follow = (term: HTMLElement) => {
    following?.abort();
    following = new AbortController();
    let frame = 0;
    const reposition = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => position(container?.querySelector<HTMLElement>('.card') ?? null, term));
    };
    const options = { capture: true, passive: true, signal: following.signal };
    window.addEventListener('scroll', reposition, options);
    window.addEventListener('resize', reposition, options);
    following.signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  };

  const ensureUi = () => {
    ui ??= createShadowRootUi(ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      anchor: 'body',
      css: cardCss,
      // Keys typed in the card must not reach the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => undefined,
    }).then((created) => {
      created.mount();
      host = created.shadowHost;
      container = created.uiContainer;
      return created;
    });
    return ui;
  };

  return {
    get shownFor() {
      return shownFor;
    },

    show(term, requestClose) {
      const entry = content.entries.get(term.getAttribute(TERM_ID_ATTRIBUTE) ?? '');
      if (!entry) return;
      shownFor = term;
      void ensureUi().then(() => {
        if (shownFor !== term || !container) return;
        render(
          <HoverCard
            entry={entry}
            abbreviation={term.getAttribute(ABBREVIATION_ATTRIBUTE) ?? undefined}
            titleId={TITLE_ID}
            emergencySigns={entry.warningSigns.flatMap((id) => {
              const item = content.checklistItems.get(id);
              return item?.tier === 'emergency' ? [item] : [];
            })}
            emergencyNumber={content.emergencyNumber}
            onClose={requestClose}
          />,
          container,
        );
        position(container.querySelector<HTMLElement>('.card'), term);
        follow(term);
      });
    },

    hide() {
      shownFor = undefined;
      following?.abort();
      following = undefined;
      if (container) render(null, container);
    },

    contains(node) {
      return host !== undefined && node !== null && (node === host || host.contains(node));
    },

    dispose() {
      this.hide();
      void ui?.then((created) => created.remove());
      ui = undefined;
      host = undefined;
      container = undefined;
    },
  };
}

function position(card: HTMLElement | null, term: HTMLElement): void {
  if (!card) return;
  const rects = term.getClientRects();
  const rect = rects[0] ?? term.getBoundingClientRect();
  const { left, top } = placeCard(
    rect,
    { width: card.offsetWidth, height: card.offsetHeight },
    { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
  );
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}
