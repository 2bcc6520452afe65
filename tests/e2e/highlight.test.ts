import { describe, expect, it } from 'vitest';
import { HIGHLIGHT, openHighlighted, useE2E } from './support';

const e2e = useE2E();

// Seed articles, software pages, growing pages, forms and code: ./scenarios/promises.ts, in both browsers.
describe('highlighting in Chromium', () => {
  it('keeps highlights inline even when the page restyles mark elements', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const display = await page.$eval(`#intro ${HIGHLIGHT}`, (element) => getComputedStyle(element).display);
    expect(display).toBe('inline');
    const introHeight = await page.$eval('#intro', (element) => element.getBoundingClientRect().height);
    const lineHeight = await page.$eval(
      '#intro',
      (element) => Number.parseFloat(getComputedStyle(element).lineHeight) || 20,
    );
    expect(introHeight).toBeLessThan(lineHeight * 2);
    await page.close();
  });
});
