import { browser, defineBackground } from '#imports';
import { checklist, entries } from '../knowledge';
import { entryDetailsLookup } from '../lib/background/entry-details';
import { openChecklist } from '../lib/background/open-checklist';
import { TabTerms } from '../lib/background/tab-terms';
import { isEntryDetailsRequest, isOpenChecklistMessage, isPageTermsMessage } from '../lib/messages';

// Serves the hover card's content (the content script carries only the term
// index), keeps the toolbar badge at the number of distinct terms in the tab
// (all frames), and opens the checklist from the card.
export default defineBackground(() => {
  const detailsFor = entryDetailsLookup(entries, checklist);
  const tabTerms = new TabTerms();
  const showCount = (tabId: number, count: number) =>
    void browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isEntryDetailsRequest(message)) return Promise.resolve(detailsFor(message.id) ?? null);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (isPageTermsMessage(message)) {
      showCount(tabId, tabTerms.set(tabId, sender.frameId ?? 0, message.termIds));
    } else if (isOpenChecklistMessage(message)) {
      void openChecklist(tabId);
    }
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') tabTerms.clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabTerms.clear(tabId));
});
