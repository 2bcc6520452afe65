import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT, openHighlighted, pageStateOf, useE2E } from './support';

const e2e = useE2E();

const originalBody = (page: Page) => page.evaluate(() => (window as unknown as { originalBody: string }).originalBody);
const currentBody = (page: Page) => page.evaluate(() => document.body.innerHTML);

describe('per-site switch', () => {
  it('removes highlights live, restores the page exactly, survives a reload, and leaves other sites alone', async () => {
    const site = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const otherSite = await openHighlighted(e2e, `${e2e.server.otherOrigin}/pages/article.html`);
    const highlightCount = (await site.$$(HIGHLIGHT)).length;
    // Open a card too, so turning off has to remove the card's host as well.
    await site.hover(`#intro ${HIGHLIGHT}`);
    await site.waitForSelector('mtg-card [role="dialog"]');

    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(site));
    const siteSwitch = popup.getByRole('switch', { name: 'Highlight terms on 127.0.0.1' });
    expect(await siteSwitch.getAttribute('aria-checked')).toBe('true');
    await siteSwitch.click();
    expect(await siteSwitch.getAttribute('aria-checked')).toBe('false');

    await site.waitForFunction(() => document.querySelectorAll('[data-health-term]').length === 0);
    await site.waitForFunction(() => document.querySelector('mtg-card') === null);
    expect(await currentBody(site)).toBe(await originalBody(site));
    expect(await site.$('#mtg-highlight-style')).toBeNull();
    expect(await otherSite.$$(HIGHLIGHT)).toHaveLength(highlightCount);

    await site.reload();
    await otherSite.reload();
    await otherSite.waitForSelector(HIGHLIGHT);
    expect(await pageStateOf(e2e, site)).toMatchObject({ site: { host: '127.0.0.1' }, active: false, termIds: [] });
    expect(await site.$$(HIGHLIGHT)).toHaveLength(0);

    await popup.reload();
    await popup.getByRole('switch', { name: 'Highlight terms on 127.0.0.1' }).click();
    await site.waitForFunction(
      (count) => document.querySelectorAll('[data-health-term]').length === count,
      highlightCount,
    );

    await popup.close();
    await site.close();
    await otherSite.close();
  });

  it('turns highlighting off everywhere with the global switch', async () => {
    const site = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const otherSite = await openHighlighted(e2e, `${e2e.server.otherOrigin}/pages/article.html`);
    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(site));
    await popup.getByRole('switch', { name: 'Highlight on all sites' }).click();
    for (const page of [site, otherSite]) {
      await page.waitForFunction(() => document.querySelectorAll('[data-health-term]').length === 0);
      expect(await currentBody(page)).toBe(await originalBody(page));
    }
    await popup.getByRole('switch', { name: 'Highlight on all sites' }).click();
    await site.waitForSelector(HIGHLIGHT);
    await otherSite.waitForSelector(HIGHLIGHT);
    await popup.close();
    await site.close();
    await otherSite.close();
  });
});
