import { browser, defineBackground } from '#imports';
import { openChecklist } from '../lib/background/open-checklist';
import { isOpenChecklistMessage, isTermCountMessage } from '../lib/messages';

// The toolbar badge shows how many distinct terms the tab's page has; the hover
// card's "red-flag checklist" button opens the popup.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (isTermCountMessage(message)) {
      void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
    } else if (isOpenChecklistMessage(message)) {
      void openChecklist(tabId);
    }
  });
});
