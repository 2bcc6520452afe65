/**
 * The person's settings: their shape, defaults, and repair of whatever is
 * found in storage (an old version, a hand edit, a truncated write).
 */

export interface Settings {
  /** Master switch: highlight on any site at all. */
  enabled: boolean;
  /** Sites where highlighting is off; a rule covers the host and its subdomains. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ enabled: true, disabledSites: [] });

/** Keeps every valid field of `value` and takes the default for the rest. Never throws. */
export function repairSettings(value: unknown): Settings {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const enabled = typeof record.enabled === 'boolean' ? record.enabled : DEFAULT_SETTINGS.enabled;
  const disabledSites = Array.isArray(record.disabledSites)
    ? [...new Set(record.disabledSites.filter(isHostnameLike).map((site) => site.toLowerCase()))]
    : [...DEFAULT_SETTINGS.disabledSites];
  return { enabled, disabledSites };
}

function isHostnameLike(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 253 && !/[\s/]/.test(value);
}
