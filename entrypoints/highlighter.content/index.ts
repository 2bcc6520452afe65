/**
 * The content script: highlights health terms on http(s) pages and explains
 * them in a hover card.
 *
 * Parts: the term index (built once per page from the bundled knowledge), the
 * highlight session (first pass, watcher for later content, removal), the
 * card feature (delegated listeners, shadow-root card), the settings watch
 * that switches both with the site, and the popup's page-state request.
 */
import { browser, defineContentScript } from '#imports';
import { checklist, entries } from '../../knowledge';
import { MESSAGE } from '../../lib/constants';
import { createCardFeature } from '../../lib/content/card-feature';
import { createHighlightSession } from '../../lib/content/highlight-session';
import { emergencyNumberFor } from '../../lib/emergency-number';
import { buildTermIndex } from '../../lib/matcher/term-index';
import { isPageStateRequest, type PageState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { loadSettings, watchSettings } from '../../lib/settings-store';
import { isSiteEnabled } from '../../lib/site-rules';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',

  async main(ctx) {
    const index = buildTermIndex(entries);
    const hostname = location.hostname;

    let reportedCount = -1;
    const reportTermCount = () => {
      const count = session.termIds().length;
      if (count === reportedCount || ctx.isInvalid) return;
      reportedCount = count;
      browser.runtime.sendMessage({ type: MESSAGE.termCount, count }).catch(() => undefined);
    };

    const session = createHighlightSession(document, {
      index,
      requestFrame: (callback) => ctx.requestAnimationFrame(callback),
      onHighlightsChanged: reportTermCount,
    });
    const card = createCardFeature(ctx, {
      entries: index.entries,
      checklistItems: new Map(checklist.items.map((item) => [item.id, item])),
      emergencyNumber: emergencyNumberFor(navigator.languages),
      openChecklist: () => {
        if (!ctx.isInvalid) browser.runtime.sendMessage({ type: MESSAGE.openChecklist }).catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => session.stop());

    const apply = (settings: Settings) => {
      if (ctx.isInvalid) return;
      if (isSiteEnabled(settings, hostname)) {
        session.start();
        card.start();
      } else {
        card.stop();
        session.stop();
      }
    };

    ctx.onInvalidated(watchSettings(apply));
    const settled = loadSettings().then(apply);

    // Answered once the first decision (highlight or not) is made, so the popup never sees a half state.
    const onMessage = (message: unknown): Promise<PageState> | undefined => {
      if (!isPageStateRequest(message)) return undefined;
      return settled.then(() => ({ hostname, active: session.active, termIds: session.termIds() }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await settled;
  },
});
