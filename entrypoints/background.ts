import { browser, defineBackground } from '#imports';
import { checklist, entries } from '../knowledge';
import { entryDetailsLookup } from '../lib/background/entry-details';
import { openChecklist } from '../lib/background/open-checklist';
import { TabTerms } from '../lib/background/tab-terms';
import { commandTab, toggleSiteInTab } from '../lib/background/toggle-site';
import { showActive, showTermCount } from '../lib/background/toolbar';
import { TOGGLE_SITE_COMMAND } from '../lib/core/constants';
import { browserPlace } from '../lib/platform/browser-place';
import { isEntryDetailsRequest, isOpenChecklistMessage, isPageTermsMessage } from '../lib/platform/messages';

// Serves the hover card's content (the content script carries only the term
// index), keeps the toolbar button in step with each tab (badge: distinct
// terms in all frames; icon: whether the top frame highlights), opens the
// checklist from the card, and runs the toggle-site shortcut.
export default defineBackground(() => {
  const detailsFor = entryDetailsLookup(entries, checklist, browserPlace);
  const tabTerms = new TabTerms();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isEntryDetailsRequest(message)) return Promise.resolve(detailsFor(message.id, message.region) ?? null);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (isPageTermsMessage(message)) {
      const frameId = sender.frameId ?? 0;
      showTermCount(tabId, tabTerms.set(tabId, frameId, message.termIds));
      if (frameId === 0) showActive(tabId, message.active);
    } else if (isOpenChecklistMessage(message)) {
      void openChecklist(tabId);
    }
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabTerms.clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabTerms.clear(tabId));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    void commandTab(tab).then((tabId) => (tabId === undefined ? undefined : toggleSiteInTab(tabId)));
  });
});
