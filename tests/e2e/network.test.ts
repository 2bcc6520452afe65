/**
 * Nothing leaves the machine: across every test page, with cards opened, the
 * popup used and a site switched off and on, every request the browser makes
 * goes to the local test server or to the extension's own files. The page,
 * the service worker and the extension pages are all watched.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT, useE2E } from './support';

const e2e = useE2E();

const PAGES = [
  ...readdirSync(resolve(import.meta.dirname, 'pages'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `/pages/${name}`),
  ...readdirSync(resolve(import.meta.dirname, '../../demo/pages'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `/demo/${name}`),
];

describe('network', () => {
  it('requests nothing but the local test pages and the extension’s own files', async () => {
    const requests: { url: string }[] = [];
    const record = (request: Request) => requests.push({ url: request.url() });
    e2e.browser.context.on('request', record);
    try {
      for (const path of PAGES) {
        const page = await e2e.browser.context.newPage();
        await page.goto(`${e2e.server.origin}${path}`);
        const term = await page.waitForSelector(HIGHLIGHT, { timeout: 1_500 }).catch(() => null);
        if (term) {
          await term.hover();
          await page.waitForSelector('mtg-card [role="dialog"]', { timeout: 2_000 }).catch(() => null);
        }
        if (path === '/pages/article.html') {
          const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(page));
          await popup.getByRole('checkbox').first().check();
          await popup.getByRole('switch', { name: /Highlight terms on/ }).click();
          await popup.getByRole('switch', { name: /Highlight terms on/ }).click();
          await popup.close();
        }
        await page.close();
      }
    } finally {
      e2e.browser.context.off('request', record);
    }
    const local = [e2e.server.origin, e2e.server.otherOrigin, `chrome-extension://${e2e.browser.extensionId}/`];
    expect(requests.length).toBeGreaterThan(PAGES.length);
    expect(requests.filter(({ url }) => !local.some((origin) => url.startsWith(origin)))).toEqual([]);
  });

  it('adds no request to a page: the same requests with and without the extension', async () => {
    const { launchBrowser } = await import('../../scripts/lib/launch-extension');
    const urlsOf = async (browser: Awaited<ReturnType<typeof launchBrowser>>) => {
      const urls: string[] = [];
      const page = await browser.context.newPage();
      page.on('request', (request) => urls.push(request.url()));
      await page.goto(`${e2e.server.origin}/demo/article-4.html`, { waitUntil: 'networkidle' });
      if (browser.extensionId) {
        // Everything the extension does on a page, then the network settled again.
        await page.hover(HIGHLIGHT);
        await page.waitForSelector('mtg-card [role="dialog"]');
        await page.waitForLoadState('networkidle');
      }
      await page.close();
      return urls.sort();
    };
    const bare = await launchBrowser({ withExtension: false });
    try {
      const withExtension = await urlsOf(e2e.browser);
      // The positive control: the page's own requests (the page and its style sheet) were seen.
      expect(withExtension.length).toBeGreaterThanOrEqual(2);
      expect(withExtension).toEqual(await urlsOf(bare));
    } finally {
      await bare.close();
    }
  });
});
