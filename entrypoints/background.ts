import spanishTermIndex from 'virtual:term-index/es';
import { browser, defineBackground } from '#imports';
import { KNOWLEDGE } from '../knowledge';
import { entryDetailsLookup } from '../lib/background/entry-details';
import { openChecklist } from '../lib/background/open-checklist';
import { TabTerms } from '../lib/background/tab-terms';
import { commandTab, toggleSiteInTab } from '../lib/background/toggle-site';
import { showActive, showTermCount } from '../lib/background/toolbar';
import { translatorFor } from '../lib/core/catalogues';
import { TOGGLE_SITE_COMMAND } from '../lib/core/constants';
import { browserPlace } from '../lib/platform/browser-place';
import { browserInterfaceLanguage } from '../lib/platform/interface-language';
import {
  isEntryDetailsRequest,
  isLanguagePackRequest,
  isOpenChecklistMessage,
  isPageTermsMessage,
  type LanguagePack,
} from '../lib/platform/messages';
import { loadSettings } from '../lib/platform/settings-store';

// Serves the hover card's content (the content script carries only the English
// term index) and other languages' term indexes to pages that need them, keeps
// the toolbar button in step with each tab (badge: distinct terms in all
// frames; icon: whether the top frame highlights), opens the checklist from
// the card, and runs the toggle-site shortcut.
export default defineBackground(() => {
  // Reading the settings here runs their migrations (and the import from 0.1.0) as the
  // extension starts, so content scripts, which only read them, find the current shape.
  void loadSettings();
  const detailsFor = entryDetailsLookup(KNOWLEDGE, browserPlace);
  const tabTerms = new TabTerms();
  const languagePacks: Record<'es', LanguagePack> = {
    es: { language: 'es', index: spanishTermIndex, termRole: translatorFor('es').t('card_termRole') },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isEntryDetailsRequest(message)) {
      const language = message.language === 'interface' ? browserInterfaceLanguage() : message.language;
      return Promise.resolve(detailsFor(message.id, message.region, language) ?? null);
    }
    if (isLanguagePackRequest(message)) {
      return Promise.resolve(message.language === 'en' ? null : languagePacks[message.language]);
    }
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
