/**
 * The hover card as a feature that can be switched on and off with the
 * site: off removes its listeners and its host element from the page.
 */
import type { ContentScriptContext } from '#imports';
import { CARD_CLOSE_DELAY_MS } from '../core/constants';
import type { TermRef } from '../page/term-ref';
import { type CardControl, type CardControllerOptions, controlCard } from './card-controller';
import { type CardContent, createCardView, type DisposableCardView } from './card-view';

export interface CardFeature {
  start(): void;
  stop(): void;
  /** Scrolls to a term and opens its card (the popup's list of terms); nothing while stopped. */
  reveal(term: TermRef): void;
}

/** What the card shows, plus the controller's options that come from the rest of the content script. */
export interface CardFeatureOptions
  extends CardContent,
    Pick<CardControllerOptions, 'openDelayMs' | 'paintedTermAt' | 'onPointerLookup' | 'shadowRoots'> {}

export function createCardFeature(ctx: ContentScriptContext, options: CardFeatureOptions): CardFeature {
  let running: { abort: AbortController; view: DisposableCardView; control: CardControl } | undefined;
  const feature: CardFeature = {
    start() {
      if (running) return;
      const abort = new AbortController();
      const view = createCardView(ctx, options);
      const control = controlCard({
        document,
        view,
        signal: abort.signal,
        openDelayMs: options.openDelayMs,
        closeDelayMs: CARD_CLOSE_DELAY_MS,
        paintedTermAt: options.paintedTermAt,
        onPointerLookup: options.onPointerLookup,
        shadowRoots: options.shadowRoots,
      });
      running = { abort, view, control };
    },
    reveal(term) {
      running?.control.reveal(term);
    },
    stop() {
      running?.abort.abort();
      running?.view.dispose();
      running = undefined;
    },
  };
  ctx.onInvalidated(feature.stop);
  return feature;
}
