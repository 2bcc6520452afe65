import { describe, expect, it } from 'vitest';
import { type AccessRequest, ALL_SITES, accessRequestFor, sitesAllowedOneByOne } from '../../lib/core/site-access';

const EVERY_SITE: AccessRequest = { origins: ['http://*/*', 'https://*/*'] };

describe('accessRequestFor', () => {
  it.each<[string | undefined, AccessRequest | undefined]>([
    // The site, both schemes, every port.
    [
      'https://www.nhs.uk/conditions/',
      { host: 'www.nhs.uk', origins: ['http://www.nhs.uk/*', 'https://www.nhs.uk/*'] },
    ],
    ['http://127.0.0.1:8080/forum', { host: '127.0.0.1', origins: ['http://127.0.0.1/*', 'https://127.0.0.1/*'] }],
    ['http://[::1]:3000/', { host: '[::1]', origins: ['http://[::1]/*', 'https://[::1]/*'] }],
    // The browser hides the address exactly where the extension may not read the page.
    [undefined, EVERY_SITE],
    ['', EVERY_SITE],
    // Where no extension runs, there is nothing to ask for.
    ['about:addons', undefined],
    ['chrome://extensions/', undefined],
    ['moz-extension://6d1f4c52/popup.html', undefined],
    ['file:///home/me/notes.html', undefined],
    ['not a url', undefined],
  ])('%s → %j', (url, expected) => {
    expect(accessRequestFor(url)).toEqual(expected);
  });

  it('asks only for patterns inside the content script’s own sites', () => {
    for (const url of ['https://example.org/a', 'http://localhost:1/', undefined]) {
      for (const origin of accessRequestFor(url)?.origins ?? []) {
        const scheme = origin.slice(0, origin.indexOf('://'));
        expect(ALL_SITES).toContain(`${scheme}://*/*`);
      }
    }
  });
});

describe('sitesAllowedOneByOne', () => {
  it.each<[string[], string[]]>([
    [['http://*/*', 'https://*/*'], []],
    [['http://127.0.0.1/*', 'https://127.0.0.1/*'], ['127.0.0.1']],
    [
      ['https://www.nhs.uk/*', 'http://*/*', '*://mayoclinic.org/*'],
      ['mayoclinic.org', 'www.nhs.uk'],
    ],
    [['<all_urls>', '*://*/*'], []],
  ])('%j → %j', (origins, expected) => {
    expect(sitesAllowedOneByOne(origins)).toEqual(expected);
  });
});
