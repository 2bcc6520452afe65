/**
 * The content script: highlights health terms on http(s) pages and explains
 * them in a hover card.
 *
 * Parts: the term index (computed at build time, restored once per page), the
 * highlight session (blocks as the parser adds them or in view first, the rest
 * in background slices, a watcher for later content, removal), the card
 * feature (delegated listeners, shadow-root card whose content the background
 * serves), the settings watch that applies every change at once, and the
 * popup's requests (page state, show a term).
 */

import termIndexData from 'virtual:term-index';
import { browser, defineContentScript } from '#imports';
import { createBackgroundClient } from '../../lib/content/background-client';
import { createCardFeature } from '../../lib/content/card-feature';
import { createHighlightSession } from '../../lib/content/highlight-session';
import { createLanguagePacks } from '../../lib/content/language-packs';
import { nextFrame, runLater } from '../../lib/content/run-later';
import { supportedLanguage } from '../../lib/core/languages';
import { restoreTermIndex } from '../../lib/core/matcher/term-index';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { pageActionFor } from '../../lib/core/settings-change';
import { ALL_SITES } from '../../lib/core/site-access';
import { type Site, siteOf } from '../../lib/core/site-rules';
import {
  isOccurrencesRequest,
  isPageStateRequest,
  isShowTermRequest,
  isWorkLogRequest,
  type Occurrence,
  type PageState,
  type WorkLog,
} from '../../lib/platform/messages';
import { readSettings, watchStoredSettings } from '../../lib/platform/settings-reader';

export default defineContentScript({
  matches: ALL_SITES,
  // Every frame runs its own instance: same-origin and cross-origin frames alike.
  allFrames: true,
  // Before the page is parsed: blocks are highlighted as the parser adds them, so what is in
  // view is highlighted while the rest of a long page is still loading.
  runAt: 'document_start',
  cssInjectionMode: 'manual',

  async main(ctx) {
    const started = performance.now();
    const index = restoreTermIndex(termIndexData);
    const indexMs = performance.now() - started;
    const site = siteOf(location.href);
    const background = createBackgroundClient(ctx);
    let settings: Settings = DEFAULT_SETTINGS;

    const pageState = (known: Site): PageState => ({
      site: known,
      active: session.active,
      termIds: session.termIds(),
      busy: session.busy(),
    });
    const report = () => {
      if (site) background.reportPage(() => pageState(site));
    };
    const languagePacks = createLanguagePacks(background.languagePack, (language) => session.languageReady(language));
    const session = createHighlightSession(document, {
      index,
      requestFrame: (callback) => nextFrame(callback, ctx.signal),
      runLater: (callback, delayMs) => runLater(callback, ctx.signal, delayMs),
      onHighlightsChanged: report,
      policy: () => ({ categories: new Set(settings.categories), density: settings.density }),
      highlightStyle: () => settings.highlightStyle,
      languagePacks,
    });
    const pointerLookups = { count: 0, totalMs: 0, longestMs: 0, overOneMs: 0 };
    const card = createCardFeature(ctx, {
      details: (term) =>
        background.details(
          term.entryId,
          settings.emergencyRegion,
          settings.cardLanguage === 'interface' ? 'interface' : term.language,
        ),
      openChecklist: background.openChecklist,
      openDelayMs: () => settings.cardDelayMs,
      theme: () => settings.theme,
      paintedTermAt: session.paints ? session.paintedTermAt : undefined,
      shadowRoots: session.shadowRoots,
      onPointerLookup: (ms) => {
        pointerLookups.count++;
        pointerLookups.totalMs += ms;
        pointerLookups.longestMs = Math.max(pointerLookups.longestMs, ms);
        if (ms > 1) pointerLookups.overOneMs++;
      },
    });
    ctx.onInvalidated(() => session.stop());

    // Each change applies at once: on or off for this site, what is highlighted, how it looks.
    // The card's delay and theme are read when a card opens.
    const apply = (next: Settings) => {
      if (ctx.isInvalid) return;
      const action = pageActionFor(settings, next, site, session.active);
      settings = next;
      if (action === 'stop') {
        card.stop();
        session.stop();
      } else if (action === 'start') {
        session.start();
        card.start();
      } else if (action === 'rehighlight') {
        session.refresh();
      } else if (action === 'restyle') {
        session.updateHighlightStyle();
      }
      report();
    };

    ctx.onInvalidated(watchStoredSettings(apply));
    const startupMs = performance.now() - started;
    // A page that says it is in another language gets that language's index asked for now, while
    // the page is still being parsed, so its blocks need not be walked once to wait for it and again
    // when it comes (measured on a 2 MB Spanish page: about 160 ms of reading instead of 290).
    // After start-up, which it would otherwise grow by the first touch of the page (0.5 ms).
    const pageLanguage = supportedLanguage(document.documentElement.getAttribute('lang'));
    if (pageLanguage) languagePacks.prefetch(pageLanguage);
    const settled = readSettings().then(apply);

    // Answered once the first decision (highlight or not) is made, so the popup never sees a half state.
    const onMessage = (message: unknown): Promise<PageState | WorkLog | Occurrence[] | boolean> | undefined => {
      if (isShowTermRequest(message)) {
        const term = session.firstHighlightOf(message.id);
        if (term) card.reveal(term);
        return Promise.resolve(term !== undefined);
      }
      if (isOccurrencesRequest(message)) {
        const within = message.within ? document.querySelector(message.within) : undefined;
        return Promise.resolve(session.occurrences(within));
      }
      if (isWorkLogRequest(message)) {
        return Promise.resolve({
          startedAt: started,
          indexMs,
          startupMs,
          busy: session.busy(),
          passes: session.passes(),
          longestSliceMs: session.longestSliceMs(),
          painted: session.painted(),
          pointerLookups,
        });
      }
      if (!isPageStateRequest(message) || !site) return undefined;
      return settled.then(() => pageState(site));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await settled;
  },
});
