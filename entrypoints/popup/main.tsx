import { render } from 'preact';
import { browser } from '#imports';
import { Popup } from '../../components/Popup';
import { checklist, entries } from '../../knowledge';
import { emergencyNumberFor } from '../../lib/emergency-number';
import './style.css';

/** `popup.html?tab=<id>` targets a given tab (the end-to-end tests open the popup as a page). */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
  if (Number.isInteger(fromQuery) && fromQuery >= 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

const root = document.getElementById('app');
if (root) {
  void targetTabId().then((tabId) =>
    render(
      <Popup
        tabId={tabId}
        checklist={checklist}
        entries={new Map(entries.map((entry) => [entry.id, entry]))}
        emergencyNumber={emergencyNumberFor(navigator.languages)}
      />,
      root,
    ),
  );
}
