/**
 * The hover card as a feature that can be switched on and off with the
 * site: off removes its listeners and its host element from the page.
 */
import type { ContentScriptContext } from '#imports';
import { CARD_CLOSE_DELAY_MS, CARD_OPEN_DELAY_MS } from '../constants';
import { controlCard } from './card-controller';
import { type CardContent, createCardView, type DisposableCardView } from './card-view';

export interface CardFeature {
  start(): void;
  stop(): void;
}

export function createCardFeature(ctx: ContentScriptContext, content: CardContent): CardFeature {
  let running: { abort: AbortController; view: DisposableCardView } | undefined;
  const feature: CardFeature = {
    start() {
      if (running) return;
      running = { abort: new AbortController(), view: createCardView(ctx, content) };
      controlCard({
        document,
        view: running.view,
        signal: running.abort.signal,
        openDelayMs: CARD_OPEN_DELAY_MS,
        closeDelayMs: CARD_CLOSE_DELAY_MS,
      });
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
