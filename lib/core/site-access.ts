/**
 * Which sites the browser lets the extension read. The content script's
 * sites are host permissions that a person can withhold or revoke (Firefox
 * asks at install in MV3 and lets people choose per site; Chrome has "on
 * click"); where they are withheld nothing runs, so the popup and the options
 * page say so and ask for exactly what is missing.
 */

/** Every site the content script may run on: also its `matches`, so the two never drift apart. */
export const ALL_SITES = ['http://*/*', 'https://*/*'];

export interface AccessRequest {
  /** The site to name ("Allow on …"), or undefined for every site. */
  host?: string;
  /** Match patterns to request, each inside one of `ALL_SITES` (browsers refuse anything else). */
  origins: string[];
}

/** The sites the browser lets the extension read: every one, or those allowed one by one. */
export interface SitesAllowed {
  all: boolean;
  oneByOne: string[];
}

/**
 * What to ask for so the content script can run in a tab showing `url`: its
 * site on every port and both schemes; every site when the browser hides the
 * address (it does so exactly where the extension may not read the page);
 * nothing for browser pages, stores' pages and files, where no extension runs.
 */
export function accessRequestFor(url: string | undefined): AccessRequest | undefined {
  if (url === undefined || url === '') return { origins: [...ALL_SITES] };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return undefined;
  return { host: parsed.hostname, origins: [`http://${parsed.hostname}/*`, `https://${parsed.hostname}/*`] };
}

/**
 * Sites allowed one by one, from the browser's list of granted origins
 * (patterns such as `https://example.org/*`), without the every-site patterns.
 */
export function sitesAllowedOneByOne(origins: readonly string[]): string[] {
  const hosts = origins
    .filter((origin) => !ALL_SITES.includes(origin))
    .map((origin) => /^(?:\*|https?):\/\/([^/]+)\//.exec(origin)?.[1])
    .filter((host): host is string => host !== undefined && host !== '*');
  return [...new Set(hosts)].sort();
}
