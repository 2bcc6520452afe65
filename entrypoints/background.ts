import { browser, defineBackground } from '#imports';
import { isTermCountMessage } from '../lib/messages';

// The toolbar badge shows how many distinct terms the tab's page has.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isTermCountMessage(message) || tabId === undefined) return;
    void browser.action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' });
  });
});
