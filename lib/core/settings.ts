/**
 * The person's settings: their shape, defaults, the migration from older
 * versions, and repair of whatever is found in storage (an old version, a
 * newer one, a hand edit, a truncated write). Pure: storage lives elsewhere.
 */
import { CATEGORIES, type Category } from '../../knowledge/categories';
import { isPlaceCode } from './region-code';

export const SITE_MODES = ['all-except', 'only-listed'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const DENSITIES = ['every', 'first-per-section', 'first-per-page'] as const;
export type Density = (typeof DENSITIES)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Which language a term's card speaks: the term's own (a Spanish term on an
 * English page gets a Spanish card), or always the interface's.
 */
export const CARD_LANGUAGES = ['term', 'interface'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

export const CARD_DELAY_RANGE = { min: 100, max: 2000 } as const;

export interface Settings {
  /** Master switch: highlight on any site at all. */
  enabled: boolean;
  /** `all-except`: everywhere but the listed sites; `only-listed`: only there. */
  siteMode: SiteMode;
  /** Site rules (host names, optionally with a port); a rule covers its subdomains. */
  sites: string[];
  /** `none` keeps terms reachable (hover, Tab) without marking them on the page. */
  highlightStyle: HighlightStyle;
  /** Kinds of terms to highlight. */
  categories: Category[];
  density: Density;
  /** Milliseconds the pointer rests on a term before its card opens. */
  cardDelayMs: number;
  theme: Theme;
  cardLanguage: CardLanguage;
  /** Where the emergency number is for: a region code, or `auto` to guess it from the browser. */
  emergencyRegion: string;
}

/** `emergencyRegion` when the person has not chosen one: guessed from the time zone and languages. */
export const AUTO_REGION = 'auto';

export const SETTINGS_VERSION = 3;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  siteMode: 'all-except',
  sites: [],
  highlightStyle: 'underline',
  categories: [...CATEGORIES],
  density: 'every',
  cardDelayMs: 250,
  theme: 'auto',
  cardLanguage: 'term',
  emergencyRegion: AUTO_REGION,
});

/** Version 1 (0.1.0): a global switch and a list of sites turned off. */
export function migrateV1toV2(old: unknown): Settings {
  const record = isRecord(old) ? old : {};
  return repairSettings({ enabled: record.enabled, siteMode: 'all-except', sites: record.disabledSites });
}

/**
 * Version 2 (1.0.0) knew no "how muscles and nerves work" terms. A person who
 * kept a list of kinds then could not have turned the new kind off, so it is
 * added to their list: existing users see it as new users do.
 */
export function migrateV2toV3(old: unknown): Settings {
  const record = isRecord(old) ? old : {};
  const categories = Array.isArray(record.categories) ? [...record.categories, 'body'] : undefined;
  return repairSettings({ ...record, categories });
}

/** Keeps every valid field of `value` and takes the default for the rest. Never throws. */
export function repairSettings(value: unknown): Settings {
  const record = isRecord(value) ? value : {};
  const oneOf = <T extends string>(allowed: readonly T[], candidate: unknown, fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  const delay = record.cardDelayMs;
  return {
    enabled: typeof record.enabled === 'boolean' ? record.enabled : DEFAULT_SETTINGS.enabled,
    siteMode: oneOf(SITE_MODES, record.siteMode, DEFAULT_SETTINGS.siteMode),
    sites: Array.isArray(record.sites)
      ? [...new Set(record.sites.filter(isSiteLike).map((site) => site.toLowerCase()))]
      : [...DEFAULT_SETTINGS.sites],
    highlightStyle: oneOf(HIGHLIGHT_STYLES, record.highlightStyle, DEFAULT_SETTINGS.highlightStyle),
    categories: Array.isArray(record.categories)
      ? CATEGORIES.filter((category) => (record.categories as unknown[]).includes(category))
      : [...DEFAULT_SETTINGS.categories],
    density: oneOf(DENSITIES, record.density, DEFAULT_SETTINGS.density),
    cardDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(CARD_DELAY_RANGE.max, Math.max(CARD_DELAY_RANGE.min, delay)))
        : DEFAULT_SETTINGS.cardDelayMs,
    theme: oneOf(THEMES, record.theme, DEFAULT_SETTINGS.theme),
    cardLanguage: oneOf(CARD_LANGUAGES, record.cardLanguage, DEFAULT_SETTINGS.cardLanguage),
    emergencyRegion: isPlaceCode(record.emergencyRegion) ? record.emergencyRegion : AUTO_REGION,
  };
}

/** Whether a change of settings changes which terms are highlighted (the page is then highlighted again). */
export function highlightChoiceChanged(before: Settings, after: Settings): boolean {
  return before.density !== after.density || before.categories.join() !== after.categories.join();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSiteLike(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 260 && !/[\s/]/.test(value);
}
