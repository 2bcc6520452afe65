import { Checklist } from '../../components/Checklist';
import { EmergencyRegion } from '../../components/EmergencyRegion';
import { useMessages } from '../../components/i18n';
import { ShortcutInfo } from '../../components/ShortcutInfo';
import { SiteAccessRequest } from '../../components/SiteAccess';
import { Switch } from '../../components/Switch';
import { TermsOnPage } from '../../components/TermsOnPage';
import type { Checklist as ChecklistData, Entry } from '../../knowledge/schema';
import { type BrowserPlace, emergencyService, guessRegion } from '../core/emergency-number';
import type { AccessRequest } from '../core/site-access';
import { isSiteEnabled, withSiteEnabled } from '../core/site-rules';
import { openShortcutSettings } from '../platform/shortcut-settings';
import { usePageState, useSaveSettings, useSettings, useShortcut, useSiteAccess, useTheme } from './hooks';

export interface PopupProps {
  tabId: number | undefined;
  checklist: ChecklistData;
  entries: ReadonlyMap<string, Entry>;
  /** The browser's time zone and languages, from which the emergency number's region is guessed. */
  place: BrowserPlace;
  /** Asks the page to show a term; true if it did (the toolbar popup then closes so the card can be read). */
  showTerm: (entryId: string) => void;
  openOptions: () => void;
  /** Asks the browser for a site the extension may not read (from the click itself); true if allowed. */
  requestAccess: (request: AccessRequest) => Promise<boolean>;
}

export function Popup({ tabId, checklist, entries, place, showTerm, openOptions, requestAccess }: PopupProps) {
  const settings = useSettings();
  const page = usePageState(tabId);
  const access = useSiteAccess(tabId, page.kind === 'unavailable');
  const shortcut = useShortcut();
  useTheme(settings);
  const { save: change, error } = useSaveSettings();
  const { t } = useMessages();
  const siteName = page.kind === 'ready' ? page.state.site.host : '';
  // The number waits for the settings too: a region the person chose must never flash as another.
  const emergency = settings && emergencyService(settings.emergencyRegion, place);

  return (
    <main class="popup">
      <header class="top">
        <div class="title-row">
          <h1>{t('extName')}</h1>
          <button type="button" class="link-button" onClick={openOptions}>
            {t('popupSettings')}
          </button>
        </div>
        {/* Nothing until the settings are read, so a switch never flashes "off" and is never clicked in that state. */}
        {settings && (
          <div class="switches">
            {page.kind === 'ready' && (
              <Switch
                label={t('popupSiteSwitch', siteName)}
                checked={isSiteEnabled(settings, page.state.site)}
                disabled={!settings.enabled}
                onChange={(on) => change((current) => withSiteEnabled(current, page.state.site, on))}
              />
            )}
            {page.kind === 'unavailable' && access.kind === 'withheld' && (
              <SiteAccessRequest request={access.request} onAllow={requestAccess} />
            )}
            {page.kind === 'unavailable' && access.kind === 'allowed' && (
              <p class="hint">{t('popupCannotHighlight')}</p>
            )}
            <Switch
              label={t('popupAllSitesSwitch')}
              checked={settings.enabled}
              onChange={(on) => change((current) => ({ ...current, enabled: on }))}
            />
          </div>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </header>
      {settings && emergency && (
        <Checklist
          items={checklist.items}
          emergency={emergency}
          region={
            <EmergencyRegion
              service={emergency}
              choice={settings.emergencyRegion}
              guess={guessRegion(place)}
              onChoose={(emergencyRegion) => change((current) => ({ ...current, emergencyRegion }))}
              collapsible
            />
          }
        />
      )}
      {page.kind === 'ready' && (
        <TermsOnPage
          terms={page.state.termIds.flatMap((id) => {
            const entry = entries.get(id);
            return entry ? [entry] : [];
          })}
          onShow={showTerm}
        />
      )}
      <footer class="footer">
        {page.kind === 'ready' && <ShortcutInfo shortcut={shortcut} onChange={() => void openShortcutSettings()} />}
        <p>{t('popupFooter')}</p>
      </footer>
    </main>
  );
}
