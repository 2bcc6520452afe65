/**
 * Which sites are highlighted. A rule names a host, optionally with a port;
 * it covers that host and every subdomain ("example.com" covers
 * "www.example.com"), except for IP addresses, which only match themselves.
 * A rule without a port covers every port. Pure and table-tested.
 */
import type { Settings } from './settings';

/** The site of a page: its host (lower case, ASCII/punycode) and port ('' for the default one). */
export interface Site {
  host: string;
  port: string;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const isIpAddress = (host: string) => IPV4.test(host) || host.startsWith('[');

/** The site of an http(s) page; undefined for other pages (file:, browser pages), which are never highlighted. */
export function siteOf(url: string): Site | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    const host = parsed.hostname.replace(/\.$/, '');
    return host ? { host, port: parsed.port } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with a typed site rule: `problem` names the message
 * (`siteError_<problem>` in `_locales`), `values` fill its placeholders.
 */
export interface SiteRuleError {
  problem: 'empty' | 'file' | 'scheme' | 'notSite' | 'notFull' | 'duplicate' | 'covered' | 'full';
  values: string[];
}

/**
 * Reads what a person typed as a site rule: "example.com", "https://www.example.com/page",
 * "*.example.com", "localhost:3000", "192.168.1.10", "bücher.example". Returns the rule,
 * or what is wrong.
 */
export function parseSiteRule(input: string): { rule: string } | { error: SiteRuleError } {
  let text = input.trim().toLowerCase();
  if (!text) return { error: { problem: 'empty', values: [] } };
  if (/^file:/.test(text)) return { error: { problem: 'file', values: [] } };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text) && !/^https?:\/\//.test(text)) {
    return { error: { problem: 'scheme', values: [] } };
  }
  text = text
    .replace(/^https?:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/^\./, '');
  const site = siteOf(`http://${text}`);
  const typedHost = text.split(/[/?#]/)[0]?.replace(/:\d+$/, '') ?? '';
  if (!site || /\s/.test(typedHost) || !/^[\p{L}\p{N}.[\]:-]+$/u.test(typedHost)) {
    return { error: { problem: 'notSite', values: [input.trim()] } };
  }
  if (!site.host.includes('.') && site.host !== 'localhost' && !site.host.startsWith('[')) {
    return { error: { problem: 'notFull', values: [site.host] } };
  }
  return { rule: site.port ? `${site.host}:${site.port}` : site.host };
}

export function ruleCovers(rule: string, site: Site): boolean {
  const { host, port } = ruleSite(rule);
  if (port && port !== site.port) return false;
  if (host === site.host) return true;
  return !isIpAddress(host) && !isIpAddress(site.host) && site.host.endsWith(`.${host}`);
}

const listed = (settings: Settings, site: Site) => settings.sites.some((rule) => ruleCovers(rule, site));

export function isSiteEnabled(settings: Settings, site: Site): boolean {
  if (!settings.enabled) return false;
  return settings.siteMode === 'all-except' ? !listed(settings, site) : listed(settings, site);
}

/**
 * Settings with highlighting switched on or off for one site (the popup's
 * switch and the keyboard shortcut). Whatever the mode, the switch then does
 * what it says: rules that would keep it from doing so are removed.
 */
export function withSiteEnabled(settings: Settings, site: Site, enabled: boolean): Settings {
  const covering = settings.sites.filter((rule) => ruleCovers(rule, site));
  const without = settings.sites.filter((rule) => !covering.includes(rule));
  const addHost = covering.length > 0 ? settings.sites : [...settings.sites, site.host];
  const listSite = settings.siteMode === 'all-except' ? !enabled : enabled;
  return { ...settings, sites: listSite ? addHost : without };
}

/**
 * Longest site list, as JSON: settings are one item in `storage.sync`, which
 * refuses items over 8,192 bytes (a few hundred sites); this leaves room for
 * the rest of the settings.
 */
export const MAX_SITE_LIST_CHARS = 6000;

/**
 * Adds what a person typed to a list of rules: the new list, or a message
 * saying why not (not a site, already listed, already covered by a rule, list full).
 */
export function addSiteRule(rules: readonly string[], input: string): { rules: string[] } | { error: SiteRuleError } {
  const parsed = parseSiteRule(input);
  if ('error' in parsed) return parsed;
  const { rule } = parsed;
  if (rules.includes(rule)) return { error: { problem: 'duplicate', values: [rule] } };
  const site = ruleSite(rule);
  const covering = rules.find((existing) => ruleCovers(existing, site));
  if (covering) return { error: { problem: 'covered', values: [rule, covering] } };
  const next = [...rules, rule];
  if (JSON.stringify(next).length > MAX_SITE_LIST_CHARS) {
    return { error: { problem: 'full', values: [String(rules.length)] } };
  }
  return { rules: next };
}

/** The site a rule names (its host, and its port if it has one). */
function ruleSite(rule: string): Site {
  const match = /^(.*?)(?::(\d+))?$/.exec(rule);
  return { host: match?.[1] ?? rule, port: match?.[2] ?? '' };
}

/** The rules in a readable order: by site name, then port. */
export function sortedRules(rules: readonly string[]): string[] {
  return [...rules].sort((a, b) => a.localeCompare(b));
}
