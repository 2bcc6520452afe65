import { render } from 'preact';
import { browser } from '#imports';
import { MessagesContext } from '../../components/i18n';
import { KNOWLEDGE } from '../../knowledge';
import { browserPlace } from '../../lib/platform/browser-place';
import { askToShowTerm } from '../../lib/platform/messages';
import { pageInInterfaceLanguage } from '../../lib/ui/interface-language';
import { Popup } from '../../lib/ui/Popup';
import { requestSiteAccess } from '../../lib/ui/page-actions';
import './style.css';

/** `popup.html?tab=<id>` targets a given tab (the card's checklist link in a tab, and the end-to-end tests). */
function tabFromQuery(): number | undefined {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  return Number.isInteger(fromQuery) && fromQuery >= 0 ? fromQuery : undefined;
}

async function targetTabId(): Promise<number | undefined> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

const { language, messages } = pageInInterfaceLanguage(({ t }) => t('extName'));
// The checklist and the term list speak the interface language, like the rest of the popup.
const { checklist, entries } = KNOWLEDGE[language];

const root = document.getElementById('app');
if (root) {
  const queried = tabFromQuery();
  const isToolbarPopup = queried === undefined;
  void (queried !== undefined ? Promise.resolve(queried) : targetTabId()).then((tabId) =>
    render(
      <MessagesContext.Provider value={messages}>
        <Popup
          tabId={tabId}
          checklist={checklist}
          entries={new Map(entries.map((entry) => [entry.id, entry]))}
          place={browserPlace()}
          showTerm={(entryId) => {
            if (tabId === undefined) return;
            void askToShowTerm(tabId, entryId).then((shown) => {
              if (!shown) return;
              // The toolbar popup closes so the card can be read; the checklist in a tab brings the page forward.
              if (isToolbarPopup) window.close();
              else void browser.tabs.update(tabId, { active: true });
            });
          }}
          openOptions={() => void browser.runtime.openOptionsPage().then(() => isToolbarPopup && window.close())}
          requestAccess={(request) => requestSiteAccess(request, tabId)}
        />
      </MessagesContext.Provider>,
      root,
    ),
  );
}
