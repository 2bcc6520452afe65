import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../lib/core/catalogues';
import { DEFAULT_SETTINGS, type Settings, type SiteMode } from '../../lib/core/settings';
import {
  addSiteRule,
  isSiteEnabled,
  MAX_SITE_LIST_CHARS,
  parseSiteRule,
  ruleCovers,
  type Site,
  type SiteRuleError,
  siteOf,
  withSiteEnabled,
} from '../../lib/core/site-rules';

/** A result as a person reads it: the error in English words. */
const inEnglish = <T extends object>(result: T | { error: SiteRuleError }) =>
  'error' in result
    ? { error: translatorFor('en').t(`siteError_${result.error.problem}`, ...result.error.values) }
    : result;

const settings = (sites: string[], siteMode: SiteMode = 'all-except', enabled = true): Settings => ({
  ...DEFAULT_SETTINGS,
  enabled,
  siteMode,
  sites,
});
const site = (host: string, port = ''): Site => ({ host, port });

describe('siteOf', () => {
  it.each<[string, Site | undefined]>([
    ['https://www.example.com/path?q=1', site('www.example.com')],
    ['http://127.0.0.1:8080/page', site('127.0.0.1', '8080')],
    ['http://localhost:3000/', site('localhost', '3000')],
    ['https://EXAMPLE.com./', site('example.com')],
    ['https://example.com:443/', site('example.com')],
    ['https://bücher.example/', site('xn--bcher-kva.example')],
    ['http://[::1]:8080/', site('[::1]', '8080')],
    ['file:///home/me/page.html', undefined],
    ['chrome://extensions', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
  ])('%s', (url, expected) => {
    expect(siteOf(url)).toEqual(expected);
  });
});

describe('parseSiteRule', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/some/page?x=1', 'www.example.com'],
    ['*.example.com', 'example.com'],
    ['.example.com', 'example.com'],
    ['localhost', 'localhost'],
    ['localhost:3000', 'localhost:3000'],
    ['http://localhost:3000/app', 'localhost:3000'],
    ['192.168.1.10', '192.168.1.10'],
    ['[::1]:8080', '[::1]:8080'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%j -> %s', (input, rule) => {
    expect(parseSiteRule(input)).toEqual({ rule });
  });

  it.each([
    ['', /Enter a site/],
    ['   ', /Enter a site/],
    ['file:///home/me/notes.html', /Files on your computer/],
    ['ftp://example.com', /Only web sites/],
    ['chrome://settings', /Only web sites/],
    ['not a site', /is not a site name/],
    ['exa mple.com', /is not a site name/],
    ['example', /is not a full site name/],
    ['exa$mple.com', /is not a site name/],
  ])('%j is refused with a clear message', (input, message) => {
    const result = inEnglish(parseSiteRule(input));
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('ruleCovers', () => {
  it.each<[string, Site, boolean]>([
    ['example.com', site('example.com'), true],
    ['example.com', site('www.example.com'), true],
    ['example.com', site('a.b.example.com', '8443'), true],
    ['example.com', site('notexample.com'), false],
    ['www.example.com', site('example.com'), false],
    ['127.0.0.1', site('127.0.0.1', '5173'), true],
    ['0.0.1', site('127.0.0.1'), false],
    ['localhost', site('localhost', '3000'), true],
    ['localhost:3000', site('localhost', '3000'), true],
    ['localhost:3000', site('localhost', '8080'), false],
    ['localhost:3000', site('localhost'), false],
    ['[::1]', site('[::1]', '8080'), true],
    ['xn--bcher-kva.example', site('shop.xn--bcher-kva.example'), true],
  ])('rule %s covers %j: %s', (rule, given, expected) => {
    expect(ruleCovers(rule, given)).toBe(expected);
  });
});

describe('isSiteEnabled', () => {
  it.each<[string, Settings, Site, boolean]>([
    ['defaults', settings([]), site('example.com'), true],
    ['listed, all-except', settings(['example.com']), site('www.example.com'), false],
    ['not listed, all-except', settings(['example.com']), site('example.org'), true],
    ['globally off', settings([], 'all-except', false), site('example.com'), false],
    ['listed, only-listed', settings(['example.com'], 'only-listed'), site('docs.example.com'), true],
    ['not listed, only-listed', settings(['example.com'], 'only-listed'), site('example.org'), false],
    ['only-listed with nothing listed', settings([], 'only-listed'), site('example.org'), false],
    [
      'listed, only-listed, but globally off',
      settings(['example.com'], 'only-listed', false),
      site('example.com'),
      false,
    ],
    ['another port', settings(['localhost:3000']), site('localhost', '8080'), true],
  ])('%s', (_, given, at, expected) => {
    expect(isSiteEnabled(given, at)).toBe(expected);
  });
});

describe('withSiteEnabled', () => {
  it.each<[string, Settings, Site, boolean, string[]]>([
    [
      'all-except: off adds the host',
      settings(['a.org']),
      site('www.example.com'),
      false,
      ['a.org', 'www.example.com'],
    ],
    [
      'all-except: off under a wider rule changes nothing',
      settings(['example.com']),
      site('www.example.com'),
      false,
      ['example.com'],
    ],
    [
      'all-except: on removes every covering rule',
      settings(['example.com', 'www.example.com', 'a.org']),
      site('www.example.com'),
      true,
      ['a.org'],
    ],
    [
      'only-listed: on adds the host',
      settings(['a.org'], 'only-listed'),
      site('example.com'),
      true,
      ['a.org', 'example.com'],
    ],
    [
      'only-listed: on under a wider rule changes nothing',
      settings(['example.com'], 'only-listed'),
      site('docs.example.com'),
      true,
      ['example.com'],
    ],
    [
      'only-listed: off removes every covering rule',
      settings(['example.com', 'a.org'], 'only-listed'),
      site('docs.example.com'),
      false,
      ['a.org'],
    ],
    ['a port rule counts as covering', settings(['localhost:3000']), site('localhost', '3000'), true, []],
  ])('%s', (_, given, at, enabled, sites) => {
    const next = withSiteEnabled(given, at, enabled);
    expect(next.sites).toEqual(sites);
    expect(isSiteEnabled(next, at)).toBe(enabled);
  });

  it('keeps the global switch as it is', () => {
    expect(withSiteEnabled(settings([], 'all-except', false), site('example.com'), false).enabled).toBe(false);
  });
});

describe('addSiteRule', () => {
  it.each<[string[], string, { rules: string[] } | { error: string }]>([
    [[], 'https://www.example.com/page', { rules: ['www.example.com'] }],
    [['a.org'], 'example.com', { rules: ['a.org', 'example.com'] }],
    [['example.com'], 'EXAMPLE.com', { error: 'example.com is already in the list.' }],
    [['example.com'], 'news.example.com', { error: 'news.example.com is already covered by example.com.' }],
    [['example.com'], 'example.com:8080', { error: 'example.com:8080 is already covered by example.com.' }],
    [['example.com:8080'], 'example.com', { rules: ['example.com:8080', 'example.com'] }],
    [['news.example.com'], 'example.com', { rules: ['news.example.com', 'example.com'] }],
    [['10.0.0.1'], '10.0.0.1:3000', { error: '10.0.0.1:3000 is already covered by 10.0.0.1.' }],
    [['[::1]'], '[::1]:8080', { error: '[::1]:8080 is already covered by [::1].' }],
    [[], 'bücher.example', { rules: ['xn--bcher-kva.example'] }],
    [[], '', { error: 'Enter a site, like example.com.' }],
    [[], 'file:///home/me/page.html', { error: 'Files on your computer are never highlighted, so no rule is needed.' }],
  ])('%j + %s', (rules, input, expected) => {
    expect(inEnglish(addSiteRule(rules, input))).toEqual(expected);
  });
});

describe('addSiteRule on a full list', () => {
  it('says the list is full instead of making settings too big to save', () => {
    const extra = 'one-more.example';
    const full: string[] = [];
    while (JSON.stringify([...full, extra]).length <= MAX_SITE_LIST_CHARS) full.push(`site-${full.length}.example`);
    expect(inEnglish(addSiteRule(full, extra))).toEqual({
      error: `The list is full (${full.length} sites). Remove a site to add another.`,
    });
    expect(addSiteRule(full.slice(1), extra)).toEqual({ rules: [...full.slice(1), extra] });
  });
});
