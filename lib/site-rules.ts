/**
 * Which sites are highlighted. A rule names a host; it covers that host and
 * every subdomain ("example.com" covers "www.example.com"), except for IP
 * addresses, which only ever match themselves.
 */
import type { Settings } from './settings';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isIpAddress(hostname: string): boolean {
  return IPV4.test(hostname) || hostname.startsWith('[');
}

/** The host of an http(s) page, lower-cased and in ASCII (punycode) form; undefined for other pages. */
export function hostnameOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

export function ruleCovers(rule: string, hostname: string): boolean {
  if (rule === hostname) return true;
  return !isIpAddress(rule) && !isIpAddress(hostname) && hostname.endsWith(`.${rule}`);
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.some((rule) => ruleCovers(rule, hostname));
}

/**
 * Settings with highlighting switched on or off for one host. Switching on
 * removes every rule that covers the host, so the switch always does what it says.
 */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const covering = settings.disabledSites.filter((rule) => ruleCovers(rule, hostname));
  if (enabled) return { ...settings, disabledSites: settings.disabledSites.filter((rule) => !covering.includes(rule)) };
  if (covering.length > 0) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, hostname] };
}
