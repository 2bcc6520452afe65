/**
 * The content script's side of its conversations with the background: the
 * card's content (asked once per entry and page), the terms for the toolbar
 * badge (at most twice a second, however often highlights change), and
 * opening the checklist.
 * Every call is dropped once the script's context is gone.
 */
import { browser, type ContentScriptContext } from '#imports';
import { MESSAGE } from '../constants';
import { type EntryDetails, isEntryDetails } from '../messages';

/** The badge waits this long after the last change before it updates. */
export const BADGE_DELAY_MS = 500;

export interface BackgroundClient {
  details(entryId: string): Promise<EntryDetails | undefined>;
  /** Reports the page's terms soon (for the badge); `termIds` is called when the report is due. */
  reportTerms(termIds: () => string[]): void;
  openChecklist(): void;
}

export function createBackgroundClient(ctx: ContentScriptContext): BackgroundClient {
  const details = new Map<string, Promise<EntryDetails | undefined>>();
  let reported = '';
  let reportTimer: number | undefined;
  const send = (message: object): Promise<unknown> =>
    ctx.isInvalid ? Promise.resolve(undefined) : browser.runtime.sendMessage(message).catch(() => undefined);

  return {
    details(entryId) {
      let pending = details.get(entryId);
      if (!pending) {
        pending = send({ type: MESSAGE.entryDetails, id: entryId }).then((reply) =>
          isEntryDetails(reply) ? reply : undefined,
        );
        details.set(entryId, pending);
      }
      return pending;
    },

    reportTerms(termIds) {
      if (reportTimer !== undefined) return;
      reportTimer = ctx.setTimeout(() => {
        reportTimer = undefined;
        const ids = termIds();
        const key = ids.join(' ');
        if (key === reported) return;
        reported = key;
        void send({ type: MESSAGE.pageTerms, termIds: ids });
      }, BADGE_DELAY_MS);
    },

    openChecklist() {
      void send({ type: MESSAGE.openChecklist });
    },
  };
}
