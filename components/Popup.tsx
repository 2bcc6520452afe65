import type { Checklist as ChecklistData, Entry } from '../knowledge/schema';
import { EXTENSION_NAME } from '../lib/constants';
import type { Settings } from '../lib/settings';
import { updateSettings } from '../lib/settings-store';
import { isSiteEnabled, withSiteEnabled } from '../lib/site-rules';
import { Checklist } from './Checklist';
import { usePageState, useSettings } from './hooks';
import { Switch } from './Switch';
import { TermsOnPage } from './TermsOnPage';

export interface PopupProps {
  tabId: number | undefined;
  checklist: ChecklistData;
  entries: ReadonlyMap<string, Entry>;
  emergencyNumber: string;
}

export function Popup({ tabId, checklist, entries, emergencyNumber }: PopupProps) {
  const settings = useSettings();
  const page = usePageState(tabId);
  const change = (update: (current: Settings) => Settings) => void updateSettings(update);

  return (
    <main class="popup">
      <header class="top">
        <h1>{EXTENSION_NAME}</h1>
        <div class="switches">
          {page.kind === 'ready' && (
            <Switch
              label={`Highlight terms on ${page.state.hostname}`}
              checked={settings !== undefined && isSiteEnabled(settings, page.state.hostname)}
              disabled={settings === undefined || !settings.enabled}
              onChange={(on) => change((current) => withSiteEnabled(current, page.state.hostname, on))}
            />
          )}
          {page.kind === 'unavailable' && <p class="hint">Terms can’t be highlighted on this page.</p>}
          <Switch
            label="Highlight on all sites"
            checked={settings?.enabled ?? false}
            disabled={settings === undefined}
            onChange={(on) => change((current) => ({ ...current, enabled: on }))}
          />
        </div>
      </header>
      <Checklist items={checklist.items} emergencyNumber={emergencyNumber} />
      {page.kind === 'ready' && (
        <TermsOnPage
          terms={page.state.termIds.flatMap((id) => {
            const entry = entries.get(id);
            return entry ? [entry] : [];
          })}
        />
      )}
      <footer class="footer">
        <p>
          This explains words and points to care. It is not medical advice and cannot tell what you have. Nothing you
          tick is saved or sent.
        </p>
      </footer>
    </main>
  );
}
