/**
 * The content script's side of its conversations with the background: the
 * card's content (asked once per entry, region setting and page), the page's state for the
 * toolbar (at most twice a second, however often highlights change), and
 * opening the checklist.
 * Every call is dropped once the script's context is gone.
 */
import type { ContentScriptContext } from '#imports';
import { MESSAGE } from '../core/constants';
import type { Language } from '../core/languages';
import {
  type EntryDetails,
  isEntryDetails,
  isLanguagePack,
  type LanguagePack,
  type PageState,
  sendToBackground,
  type ToBackground,
} from '../platform/messages';
import { after } from './run-later';

/** The badge waits this long after the last change before it updates. */
const BADGE_DELAY_MS = 500;

export interface BackgroundClient {
  /**
   * An entry's card content in a language (the term's, or the browser's: `interface`), with the
   * emergency number for the person's region setting.
   */
  details(entryId: string, region: string, language: Language | 'interface'): Promise<EntryDetails | undefined>;
  /** Another language's term index, asked once per page (undefined if the background has none). */
  languagePack(language: Language): Promise<LanguagePack | undefined>;
  /**
   * Reports soon the page's state: whether highlighting is on and which terms
   * the page shows (the toolbar's icon and badge, an open popup); `state` is
   * called when the report is due.
   */
  reportPage(state: () => PageState): void;
  openChecklist(): void;
}

export function createBackgroundClient(ctx: ContentScriptContext): BackgroundClient {
  const details = new Map<string, Promise<EntryDetails | undefined>>();
  let reported = '';
  let reportedActive: boolean | undefined;
  /** Cancels the pending report, if one is waiting. */
  let cancelReport: (() => void) | undefined;
  const send = (message: ToBackground): Promise<unknown> =>
    ctx.isInvalid ? Promise.resolve(undefined) : sendToBackground(message);

  return {
    details(entryId, region, language) {
      const key = `${language} ${region} ${entryId}`;
      let pending = details.get(key);
      if (!pending) {
        pending = send({ type: MESSAGE.entryDetails, id: entryId, region, language }).then((reply) =>
          isEntryDetails(reply) ? reply : undefined,
        );
        details.set(key, pending);
      }
      return pending;
    },

    languagePack(language) {
      return send({ type: MESSAGE.languagePack, language }).then((reply) =>
        isLanguagePack(reply) ? reply : undefined,
      );
    },

    reportPage(state) {
      const sendReport = () => {
        const current = state();
        // `busy` is part of it, so the report after the last slice says highlighting is done.
        const key = `${current.active} ${current.busy} ${current.termIds.join(' ')}`;
        if (key === reported) return;
        reported = key;
        reportedActive = current.active;
        void send({ type: MESSAGE.pageTerms, ...current });
      };
      // Switching on or off shows on the toolbar at once; term counts wait for highlighting to settle.
      if (state().active !== reportedActive) {
        cancelReport?.();
        cancelReport = undefined;
        sendReport();
        return;
      }
      if (cancelReport) return;
      cancelReport = after(
        () => {
          cancelReport = undefined;
          sendReport();
        },
        BADGE_DELAY_MS,
        ctx.signal,
      );
    },

    openChecklist() {
      void send({ type: MESSAGE.openChecklist });
    },
  };
}
