import { useEffect, useRef, useState } from 'preact/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EmergencyRegion } from '../../components/EmergencyRegion';
import { slots, useMessages, withElements } from '../../components/i18n';
import { ShortcutInfo } from '../../components/ShortcutInfo';
import { GrantedSites } from '../../components/SiteAccess';
import { SiteRules } from '../../components/SiteRules';
import { Switch } from '../../components/Switch';
import { CATEGORIES, type Category } from '../../knowledge/schema';
import { KEY_CAPS, NEXT_TERM_KEY_NAMES } from '../core/constants';
import { type BrowserPlace, emergencyService, guessRegion } from '../core/emergency-number';
import {
  CARD_LANGUAGE_LABELS,
  CATEGORY_LABELS,
  DENSITY_LABELS,
  HIGHLIGHT_STYLE_LABELS,
  THEME_LABELS,
} from '../core/option-labels';
import {
  CARD_DELAY_RANGE,
  CARD_LANGUAGES,
  DEFAULT_SETTINGS,
  DENSITIES,
  HIGHLIGHT_STYLES,
  type Settings,
  THEMES,
} from '../core/settings';
import { type AccessRequest, ALL_SITES } from '../core/site-access';
import { openShortcutSettings } from '../platform/shortcut-settings';
import { useGrantedSites, useSaveSettings, useSettings, useShortcut, useTheme } from './hooks';

export interface OptionsProps {
  /** Whether settings follow the person across browsers (`storage.sync`). */
  synced: boolean;
  /** The browser's time zone and languages, from which the emergency number's region is guessed. */
  place: BrowserPlace;
  /** Asks the browser for sites the extension may not read (from the click itself); true if allowed. */
  requestAccess: (request: AccessRequest) => Promise<boolean>;
}

/** The settings page: every choice is saved as soon as it is made, and every open tab applies it at once. */
export function Options({ synced, place, requestAccess }: OptionsProps) {
  const settings = useSettings();
  const granted = useGrantedSites();
  const shortcut = useShortcut();
  const { save: change, error } = useSaveSettings();
  const { t } = useMessages();
  useTheme(settings);
  if (!settings) return <main class="options" aria-busy="true" />;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    change((current) => ({ ...current, [key]: value }));

  return (
    <main class="options">
      <h1>{t('optionsTitle', t('extName'))}</h1>
      <p class="hint">
        {t('optionsApplyAtOnce')} {synced ? t('optionsSynced') : t('optionsLocal')}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="general-title">
        <h2 id="general-title">{t('optionsGeneral')}</h2>
        <Switch label={t('optionsEnabled')} checked={settings.enabled} onChange={(on) => set('enabled', on)} />
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('optionsSites')}</h2>
        <GrantedSites granted={granted} onAllowAll={() => requestAccess({ origins: [...ALL_SITES] })} />
        <SiteRules
          mode={settings.siteMode}
          rules={settings.sites}
          onModeChange={(mode) => set('siteMode', mode)}
          onRulesChange={(sites) => set('sites', sites)}
        />
      </section>

      <section aria-labelledby="highlights-title">
        <h2 id="highlights-title">{t('optionsHighlights')}</h2>
        <ChoiceGroup
          legend={t('optionsStyleLegend')}
          name="highlight-style"
          choices={HIGHLIGHT_STYLES}
          labels={HIGHLIGHT_STYLE_LABELS}
          value={settings.highlightStyle}
          onChange={(style) => set('highlightStyle', style)}
        />
        <CategoryChoice value={settings.categories} onChange={(categories) => set('categories', categories)} />
        <ChoiceGroup
          legend={t('optionsDensityLegend')}
          name="density"
          choices={DENSITIES}
          labels={DENSITY_LABELS}
          value={settings.density}
          onChange={(density) => set('density', density)}
        />
      </section>

      <section aria-labelledby="card-title">
        <h2 id="card-title">{t('optionsCard')}</h2>
        <CardDelay value={settings.cardDelayMs} onChange={(ms) => set('cardDelayMs', ms)} />
        <ChoiceGroup
          legend={t('optionsColours')}
          name="theme"
          choices={THEMES}
          labels={THEME_LABELS}
          value={settings.theme}
          onChange={(theme) => set('theme', theme)}
        />
        <ChoiceGroup
          legend={t('optionsCardLanguageLegend')}
          name="card-language"
          choices={CARD_LANGUAGES}
          labels={CARD_LANGUAGE_LABELS}
          value={settings.cardLanguage}
          onChange={(cardLanguage) => set('cardLanguage', cardLanguage)}
        />
      </section>

      <section aria-labelledby="emergency-title">
        <h2 id="emergency-title">{t('optionsEmergency')}</h2>
        <p class="hint">{t('optionsEmergencyHint')}</p>
        <EmergencyRegion
          service={emergencyService(settings.emergencyRegion, place)}
          choice={settings.emergencyRegion}
          guess={guessRegion(place)}
          onChoose={(region) => set('emergencyRegion', region)}
          collapsible={false}
        />
      </section>

      <section aria-labelledby="keyboard-title">
        <h2 id="keyboard-title">{t('optionsKeyboard')}</h2>
        <ShortcutInfo shortcut={shortcut} onChange={() => void openShortcutSettings()} />
        <p class="hint">
          {withElements(t('optionsKeyboardHint', ...slots(4)), [
            <kbd key="tab">{KEY_CAPS.tab}</kbd>,
            <kbd key="next">{NEXT_TERM_KEY_NAMES.next}</kbd>,
            <kbd key="previous">{NEXT_TERM_KEY_NAMES.previous}</kbd>,
            <kbd key="esc">{KEY_CAPS.escape}</kbd>,
          ])}
        </p>
      </section>

      <section aria-labelledby="reset-title">
        <h2 id="reset-title">{t('optionsStartOver')}</h2>
        <RestoreDefaults restore={() => change(() => ({ ...DEFAULT_SETTINGS }))} />
      </section>
    </main>
  );
}

function CategoryChoice({ value, onChange }: { value: readonly Category[]; onChange: (value: Category[]) => void }) {
  const { t } = useMessages();
  const toggle = (category: Category, on: boolean) =>
    onChange(CATEGORIES.filter((each) => (each === category ? on : value.includes(each))));
  return (
    <fieldset class="choices">
      <legend>{t('optionsKindsLegend')}</legend>
      {CATEGORIES.map((category) => {
        const { label, hint } = CATEGORY_LABELS[category];
        const id = `category-${category}`;
        return (
          <div key={category} class="choice">
            <input
              id={id}
              type="checkbox"
              name="categories"
              value={category}
              checked={value.includes(category)}
              aria-describedby={`${id}-hint`}
              onChange={(event) => toggle(category, event.currentTarget.checked)}
            />
            <div>
              <label for={id}>{t(label)}</label>
              <span id={`${id}-hint`} class="hint choice-hint">
                {t(hint)}
              </span>
            </div>
          </div>
        );
      })}
      {value.length === 0 && <p class="hint">{t('optionsKindsNone')}</p>}
    </fieldset>
  );
}

/** The delay is saved when the slider is let go (sync storage limits how often it can be written). */
function CardDelay({ value, onChange }: { value: number; onChange: (ms: number) => void }) {
  const [shown, setShown] = useState(value);
  const { t, number } = useMessages();
  useEffect(() => setShown(value), [value]);
  const seconds = t('optionsSeconds', number(shown / 1000, { maximumFractionDigits: 2 }));
  return (
    <div class="field">
      <label for="card-delay">{t('optionsCardDelay')}</label>
      <div class="range-row">
        <input
          id="card-delay"
          type="range"
          min={CARD_DELAY_RANGE.min}
          max={CARD_DELAY_RANGE.max}
          step={50}
          value={shown}
          aria-valuetext={seconds}
          onInput={(event) => setShown(Number(event.currentTarget.value))}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
        <output for="card-delay">{seconds}</output>
      </div>
      <p class="hint">{t('optionsCardDelayHint')}</p>
    </div>
  );
}

/** Two steps, because restoring also empties the list of sites. */
function RestoreDefaults({ restore }: { restore: () => void }) {
  const [asking, setAsking] = useState(false);
  const { t } = useMessages();
  // The button pressed goes away: focus moves to the safe answer.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="small-button" onClick={() => setAsking(true)}>
        {t('optionsRestore')}
      </button>
    );
  }
  return (
    <div class="confirm">
      <p id="restore-question">{t('optionsRestoreQuestion')}</p>
      <button
        type="button"
        class="small-button danger"
        onClick={() => {
          restore();
          setAsking(false);
        }}
      >
        {t('optionsRestoreConfirm')}
      </button>{' '}
      <button ref={cancel} type="button" class="small-button" onClick={() => setAsking(false)}>
        {t('optionsCancel')}
      </button>
    </div>
  );
}
