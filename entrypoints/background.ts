import { browser, defineBackground } from '#imports';
import { checklist, entries } from '../knowledge';
import { entryDetailsLookup } from '../lib/background/entry-details';
import { openChecklist } from '../lib/background/open-checklist';
import { isEntryDetailsRequest, isOpenChecklistMessage, isTermCountMessage } from '../lib/messages';

// Serves the hover card's content (the content script carries only the term
// index), keeps the toolbar badge at the number of distinct terms on the tab,
// and opens the checklist from the card.
export default defineBackground(() => {
  const detailsFor = entryDetailsLookup(entries, checklist);
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isEntryDetailsRequest(message)) return Promise.resolve(detailsFor(message.id) ?? null);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (isTermCountMessage(message)) {
      void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
    } else if (isOpenChecklistMessage(message)) {
      void openChecklist(tabId);
    }
    return undefined;
  });
});
