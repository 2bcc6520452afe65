import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { hostnameOf, isSiteEnabled, ruleCovers, withSiteEnabled } from '../../lib/site-rules';

const settings = (disabledSites: string[], enabled = true): Settings => ({ enabled, disabledSites });

describe('hostnameOf', () => {
  it.each([
    ['https://www.example.com/path?q=1', 'www.example.com'],
    ['http://127.0.0.1:8080/page', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['https://EXAMPLE.com./', 'example.com'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
    ['http://[::1]:8080/', '[::1]'],
    ['file:///home/me/page.html', undefined],
    ['chrome://extensions', undefined],
    ['not a url', undefined],
  ])('%s -> %s', (url, expected) => {
    expect(hostnameOf(url)).toBe(expected);
  });
});

describe('ruleCovers', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['example.com', 'www.example.com', true],
    ['example.com', 'a.b.example.com', true],
    ['example.com', 'notexample.com', false],
    ['www.example.com', 'example.com', false],
    ['127.0.0.1', '127.0.0.1', true],
    ['0.0.1', '127.0.0.1', false],
    ['localhost', 'localhost', true],
    ['[::1]', '[::1]', true],
    ['xn--bcher-kva.example', 'shop.xn--bcher-kva.example', true],
  ])('rule %s covers %s: %s', (rule, hostname, expected) => {
    expect(ruleCovers(rule, hostname)).toBe(expected);
  });
});

describe('isSiteEnabled', () => {
  it.each([
    [DEFAULT_SETTINGS, 'example.com', true],
    [settings(['example.com']), 'www.example.com', false],
    [settings(['example.com']), 'example.org', true],
    [settings([], false), 'example.com', false],
    [settings(['127.0.0.1']), 'localhost', true],
  ])('%j on %s: %s', (given, hostname, expected) => {
    expect(isSiteEnabled(given, hostname)).toBe(expected);
  });
});

describe('withSiteEnabled', () => {
  it('switches a site off by adding its host', () => {
    expect(withSiteEnabled(settings(['a.org']), 'www.example.com', false)).toEqual(
      settings(['a.org', 'www.example.com']),
    );
  });

  it('leaves a site off by a wider rule as it is', () => {
    expect(withSiteEnabled(settings(['example.com']), 'www.example.com', false)).toEqual(settings(['example.com']));
  });

  it('switches a site on by removing every rule that covers it', () => {
    expect(withSiteEnabled(settings(['example.com', 'www.example.com', 'a.org']), 'www.example.com', true)).toEqual(
      settings(['a.org']),
    );
  });

  it('keeps the global switch as it is', () => {
    expect(withSiteEnabled(settings([], false), 'example.com', false).enabled).toBe(false);
  });
});
