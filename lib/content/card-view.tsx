/**
 * The hover card's host: a shadow root (page CSS cannot reach in) created on
 * first use, a Preact render of the card in the top layer (a manual popover,
 * so no page z-index or overlay can cover it), placed by Floating UI next to
 * its term and kept there while open.
 */

import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  type ReferenceElement,
  shift,
  size,
} from '@floating-ui/dom';
import { render } from 'preact';
import { type ContentScriptContext, createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import { HoverCard } from '../../components/HoverCard';
import cardCss from '../../components/hover-card.css?inline';
import { numbersToCall } from '../core/call-numbers';
import type { CardKey } from '../core/catalogues';
import { backgroundBehind, isDark } from '../core/color';
import { CARD_HOST_TAG } from '../core/constants';
import type { Language } from '../core/languages';
import type { Theme } from '../core/settings';
import { createTranslator, type Translator } from '../core/translate';
import { elementOf, type TermRef } from '../page/term-ref';
import type { EntryDetails } from '../platform/messages';
import type { CardView, ShowOptions } from './card-controller';

const TITLE_ID = 'term-card-title';
/** Space kept between the card and the edges of the viewport. */
const VIEWPORT_PADDING = 8;

/** What the card can show and do. */
export interface CardContent {
  /**
   * What a term's card shows: its entry, emergency red flags, the number to call and the card's
   * words, in the language the card speaks (from the background; cached).
   */
  details(term: TermRef): Promise<EntryDetails | undefined>;
  /** Opens the red-flag checklist (the toolbar popup, or the popup page in a tab). */
  openChecklist: () => void;
  /** The person's theme setting, read each time a card opens. */
  theme: () => Theme;
}

export interface DisposableCardView extends CardView {
  /** Removes the card's host element from the page. */
  dispose(): void;
}

export function createCardView(ctx: ContentScriptContext, content: CardContent): DisposableCardView {
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let shownFor: TermRef | undefined;
  /** Stops Floating UI's autoUpdate; only runs while the card is open. */
  let stopFollowing: (() => void) | undefined;
  /** The card's words per language: a language's words are the same in every answer, its formatters costly to make. */
  const translators = new Map<Language, Translator<CardKey>>();
  const translatorFor = ({ language, messages }: EntryDetails) => {
    let translator = translators.get(language);
    if (!translator) {
      translator = createTranslator(language, messages);
      translators.set(language, translator);
    }
    return translator;
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

  const card = () => container?.querySelector<HTMLElement>('.card') ?? null;

  const view: DisposableCardView = {
    get shownFor() {
      return shownFor;
    },

    show(term, { requestClose, pointer }: ShowOptions) {
      shownFor = term;
      void Promise.all([ensureUi(), content.details(term)]).then(([, details]) => {
        if (shownFor !== term || !container || !host || !details) return;
        stopFollowing?.();
        host.dataset.theme = themeFor(elementOf(term), content.theme());
        const messages = translatorFor(details);
        render(
          <HoverCard
            entry={details.entry}
            abbreviation={term.abbreviation}
            titleId={TITLE_ID}
            emergencySigns={details.emergencySigns}
            emergencyNumber={numbersToCall(details.emergency, (first, second) =>
              messages.t('numbersOr', first, second),
            )}
            onOpenChecklist={content.openChecklist}
            onClose={requestClose}
            messages={messages}
          />,
          container,
        );
        const floating = card();
        if (!floating) return;
        // The top layer sits above every page z-index and overlay.
        if (typeof floating.showPopover === 'function') {
          floating.popover = 'manual';
          floating.showPopover();
        }
        const reference = referenceFor(term);
        stopFollowing = autoUpdate(reference, floating, () => void place(reference, floating, pointer));
      });
    },

    hide() {
      shownFor = undefined;
      stopFollowing?.();
      stopFollowing = undefined;
      if (container) render(null, container);
    },

    focusCard() {
      void ensureUi().then(() => card()?.focus());
    },

    contains(node) {
      return host !== undefined && node !== null && (node === host || host.contains(node));
    },

    dispose() {
      view.hide();
      void ui?.then((created) => created.remove());
      ui = undefined;
      host = undefined;
      container = undefined;
    },
  };
  return view;
}

/** What the card is placed next to: the term's element, or its painted text (a virtual element). */
function referenceFor(term: TermRef): ReferenceElement {
  if (term.element) return term.element;
  const range = term.range();
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Where Floating UI listens for scrolling and resizing.
    contextElement: elementOf(term) ?? undefined,
  };
}

async function place(reference: ReferenceElement, card: HTMLElement, pointer: ShowOptions['pointer']): Promise<void> {
  const { x, y, middlewareData } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      // A term wrapped over two lines: the card goes next to the line under the pointer.
      inline(pointer),
      flip({ padding: VIEWPORT_PADDING }),
      shift({ padding: VIEWPORT_PADDING }),
      size({
        padding: VIEWPORT_PADDING,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
        },
      }),
      hide(),
    ],
  });
  Object.assign(card.style, {
    left: `${x}px`,
    top: `${y}px`,
    visibility: middlewareData.hide?.referenceHidden ? 'hidden' : 'visible',
  });
}

/**
 * The theme the person chose; with "auto", dark when the reader prefers dark
 * or when the page behind the term is dark.
 */
function themeFor(term: Element | null, theme: Theme): 'dark' | 'light' {
  if (theme !== 'auto') return theme;
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const darkBehind = term !== null && isDark(backgroundBehind(term, (element) => getComputedStyle(element)));
  return prefersDark || darkBehind ? 'dark' : 'light';
}
