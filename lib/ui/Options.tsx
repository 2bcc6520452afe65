import { useEffect, useRef, useState } from 'preact/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EmergencyRegion } from '../../components/EmergencyRegion';
import { ShortcutInfo } from '../../components/ShortcutInfo';
import { GrantedSites } from '../../components/SiteAccess';
import { SiteRules } from '../../components/SiteRules';
import { Switch } from '../../components/Switch';
import { CATEGORIES, type Category } from '../../knowledge/schema';
import { EXTENSION_NAME, NEXT_TERM_KEY_NAMES } from '../core/constants';
import { type BrowserPlace, emergencyService, guessRegion } from '../core/emergency-number';
import { CATEGORY_LABELS, DENSITY_LABELS, HIGHLIGHT_STYLE_LABELS, THEME_LABELS } from '../core/option-labels';
import {
  CARD_DELAY_RANGE,
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
  useTheme(settings);
  if (!settings) return <main class="options" aria-busy="true" />;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    change((current) => ({ ...current, [key]: value }));

  return (
    <main class="options">
      <h1>{EXTENSION_NAME} settings</h1>
      <p class="hint">
        Changes apply at once to open tabs.{' '}
        {synced
          ? 'They are saved in your browser and follow you to other browsers where you are signed in with sync on.'
          : 'They are saved in this browser.'}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="general-title">
        <h2 id="general-title">General</h2>
        <Switch
          label="Highlight health terms on web pages"
          checked={settings.enabled}
          onChange={(on) => set('enabled', on)}
        />
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites</h2>
        <GrantedSites granted={granted} onAllowAll={() => requestAccess({ origins: [...ALL_SITES] })} />
        <SiteRules
          mode={settings.siteMode}
          rules={settings.sites}
          onModeChange={(mode) => set('siteMode', mode)}
          onRulesChange={(sites) => set('sites', sites)}
        />
      </section>

      <section aria-labelledby="highlights-title">
        <h2 id="highlights-title">Highlights</h2>
        <ChoiceGroup
          legend="How terms are marked"
          name="highlight-style"
          choices={HIGHLIGHT_STYLES}
          labels={HIGHLIGHT_STYLE_LABELS}
          value={settings.highlightStyle}
          onChange={(style) => set('highlightStyle', style)}
        />
        <CategoryChoice value={settings.categories} onChange={(categories) => set('categories', categories)} />
        <ChoiceGroup
          legend="How often a term is highlighted"
          name="density"
          choices={DENSITIES}
          labels={DENSITY_LABELS}
          value={settings.density}
          onChange={(density) => set('density', density)}
        />
      </section>

      <section aria-labelledby="card-title">
        <h2 id="card-title">Explanation card</h2>
        <CardDelay value={settings.cardDelayMs} onChange={(ms) => set('cardDelayMs', ms)} />
        <ChoiceGroup
          legend="Colours"
          name="theme"
          choices={THEMES}
          labels={THEME_LABELS}
          value={settings.theme}
          onChange={(theme) => set('theme', theme)}
        />
      </section>

      <section aria-labelledby="emergency-title">
        <h2 id="emergency-title">Emergency number</h2>
        <p class="hint">
          The red-flag checklist and the cards say which number to call. It is guessed from your time zone and
          languages; choose the country if the guess is wrong.
        </p>
        <EmergencyRegion
          service={emergencyService(settings.emergencyRegion, place)}
          choice={settings.emergencyRegion}
          guess={guessRegion(place)}
          onChoose={(region) => set('emergencyRegion', region)}
          collapsible={false}
        />
      </section>

      <section aria-labelledby="keyboard-title">
        <h2 id="keyboard-title">Keyboard</h2>
        <ShortcutInfo shortcut={shortcut} onChange={() => void openShortcutSettings()} />
        <p class="hint">
          On a page, <kbd>Tab</kbd> reaches each highlighted term and opens its card;{' '}
          <kbd>{NEXT_TERM_KEY_NAMES.next}</kbd> and <kbd>{NEXT_TERM_KEY_NAMES.previous}</kbd> jump to the next and
          previous term; <kbd>Esc</kbd> closes the card.
        </p>
      </section>

      <section aria-labelledby="reset-title">
        <h2 id="reset-title">Start over</h2>
        <RestoreDefaults restore={() => change(() => ({ ...DEFAULT_SETTINGS }))} />
      </section>
    </main>
  );
}

function CategoryChoice({ value, onChange }: { value: readonly Category[]; onChange: (value: Category[]) => void }) {
  const toggle = (category: Category, on: boolean) =>
    onChange(CATEGORIES.filter((each) => (each === category ? on : value.includes(each))));
  return (
    <fieldset class="choices">
      <legend>Kinds of terms to highlight</legend>
      {CATEGORIES.map((category) => {
        const { label, examples } = CATEGORY_LABELS[category];
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
              <label for={id}>{label}</label>
              <span id={`${id}-hint`} class="hint choice-hint">{`Like ${examples[0]} or ${examples[1]}`}</span>
            </div>
          </div>
        );
      })}
      {value.length === 0 && <p class="hint">With none chosen, no terms are highlighted.</p>}
    </fieldset>
  );
}

/** The delay is saved when the slider is let go (sync storage limits how often it can be written). */
function CardDelay({ value, onChange }: { value: number; onChange: (ms: number) => void }) {
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const seconds = `${(shown / 1000).toLocaleString(undefined, { maximumFractionDigits: 2 })} s`;
  return (
    <div class="field">
      <label for="card-delay">Wait before the card opens on hover</label>
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
      <p class="hint">Keyboard focus and taps open the card at once.</p>
    </div>
  );
}

/** Two steps, because restoring also empties the list of sites. */
function RestoreDefaults({ restore }: { restore: () => void }) {
  const [asking, setAsking] = useState(false);
  // The button pressed goes away: focus moves to the safe answer.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="small-button" onClick={() => setAsking(true)}>
        Restore default settings
      </button>
    );
  }
  return (
    <div class="confirm">
      <p id="restore-question">Restore every setting to its default and empty the list of sites?</p>
      <button
        type="button"
        class="small-button danger"
        onClick={() => {
          restore();
          setAsking(false);
        }}
      >
        Restore defaults
      </button>{' '}
      <button ref={cancel} type="button" class="small-button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
