import { describe, expect, it } from 'vitest';
import { entries } from '../../knowledge';
import { CARD_CLOSE_DELAY_MS } from '../../lib/core/constants';
import { appearsWithin, CARD, detachesWithin, HIGHLIGHT, hoverPainted, openHighlighted, useE2E } from './support';

const _fasciculation = entries.find((entry) => entry.id === 'fasciculation');

const e2e = useE2E();

// Opening on hover and by keyboard, Escape, the viewport: ./scenarios/promises.ts, in both browsers.
describe('hover card', () => {
  it('stays open while the pointer moves onto it, and closes when the pointer leaves both', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.hover(`#intro ${HIGHLIGHT}`);
    const card = await page.waitForSelector(CARD);
    const box = await card.boundingBox();
    if (!box) throw new Error('card has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    // Twice the close delay on the card: it stays. The same wait sees it close once the pointer leaves.
    expect(await detachesWithin(page, CARD, 2 * CARD_CLOSE_DELAY_MS)).toBe(false);
    await page.mouse.move(5, 5);
    expect(await detachesWithin(page, CARD, 2 * CARD_CLOSE_DELAY_MS + 1_000)).toBe(true);
    await page.close();
  });

  it('opens for a term reached with the Tab key, and shows the expansion of an abbreviation', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.focus('h1').catch(() => undefined);
    let focusedTerm: string | null = null;
    for (let i = 0; i < 10 && !focusedTerm; i++) {
      await page.keyboard.press('Tab');
      focusedTerm = await page.evaluate(() => document.activeElement?.getAttribute('data-health-term') ?? null);
    }
    expect(focusedTerm).toBe('fasciculation');
    await page.waitForSelector(CARD, { timeout: 1_000 });

    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { state: 'detached' });
    await page.focus('[data-health-term="multiple-sclerosis"][tabindex="0"]');
    // The abbreviation after the tab stop is painted: the card opens on it from the pointer.
    await hoverPainted(page, 'MS');
    await page.waitForFunction(
      () =>
        document.querySelector('mtg-card')?.shadowRoot?.querySelector('h2')?.textContent === 'MS: multiple sclerosis',
      undefined,
      { timeout: 1_000 },
    );
    await page.close();
  });

  it('closes from its close button and does not reopen when focus returns to the term', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.focus('[data-health-term="dysphagia"][tabindex="0"]');
    await page.waitForSelector(CARD);
    await page.click('mtg-card button.close');
    await page.waitForSelector(CARD, { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-health-term'))).toBe('dysphagia');
    expect(await appearsWithin(page, CARD, 1_000)).toBe(false);
    // The positive control: the same wait sees the card open when focus moves to another term.
    await page.keyboard.press('Shift+Tab');
    expect(await appearsWithin(page, CARD, 1_000)).toBe(true);
    await page.close();
  });

  it('follows its term when the page scrolls', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.setViewportSize({ width: 800, height: 700 });
    await page.hover(`#intro ${HIGHLIGHT}`);
    const card = await page.waitForSelector(CARD);
    const termTop = () => page.$eval(`#intro ${HIGHLIGHT}`, (element) => element.getBoundingClientRect().top);
    const gap = async () => ((await card.boundingBox())?.y ?? 0) - (await termTop());
    const [topBefore, gapBefore] = [await termTop(), await gap()];
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px';
      window.scrollBy(0, 40);
    });
    await expect.poll(termTop).toBeLessThan(topBefore - 30);
    // Without following, the gap would change by the 40 px scrolled.
    await expect.poll(async () => Math.abs((await gap()) - gapBefore)).toBeLessThan(4);
    await page.close();
  });
});
