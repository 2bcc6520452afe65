/**
 * The store listing's pictures, taken from the real extension on the bundled
 * demo pages at the size both stores accept (1280 x 800), plus the Chrome Web
 * Store's small promo tile (440 x 280). Each test also checks that its
 * picture shows what its caption in store/listing.md promises.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../knowledge';
import { translatorFor } from '../../lib/core/catalogues';
import { cardShown, HIGHLIGHT, openHighlighted, POPUP_SIZE, pngSize, useE2E } from './support';

const e2e = useE2E();
const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(ROOT, 'store/screenshots');
const STORE_SIZE = { width: 1280, height: 800 };

/** Scrolls so `selector`'s first match sits `fromTop` px below the top of the window. */
async function scrollToTop(page: Page, selector: string, fromTop: number) {
  await page
    .locator(selector)
    .first()
    .evaluate((element, offset) => {
      window.scrollBy(0, element.getBoundingClientRect().top - offset);
    }, fromTop);
}

/** How many highlights are fully in the window. */
const highlightsInView = (page: Page) =>
  page
    .$$eval(HIGHLIGHT, (elements) =>
      elements.filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.bottom <= innerHeight;
      }),
    )
    .then((inView) => inView.length);

async function save(name: string, png: Buffer): Promise<Buffer> {
  await mkdir(SHOTS, { recursive: true });
  await writeFile(resolve(SHOTS, name), png);
  return png;
}

describe('store screenshots', () => {
  it('1: a health article with its terms highlighted', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/article-3.html`);
    await scrollToTop(page, 'h2:has-text("More serious causes")', 24);
    expect(await highlightsInView(page)).toBeGreaterThanOrEqual(6);
    const png = await save('1-highlighted-page.png', await page.screenshot());
    expect(pngSize(png)).toEqual(STORE_SIZE);
    await page.close();
  });

  it('2: the plain-language card of a term, with when to see a doctor and its sources', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/article-4.html`);
    const term = page.locator('[data-health-term="isaacs-syndrome"]').first();
    await scrollToTop(page, '[data-health-term="isaacs-syndrome"]', 160);
    await term.hover();
    const card = page.locator('mtg-card [role="dialog"]');
    await card.waitFor();
    await cardShown(page);
    await expect.poll(() => card.textContent()).toContain('See a doctor if');
    expect(await card.textContent()).toContain('Reviewed');
    const box = await card.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= STORE_SIZE.height).toBe(true);
    const png = await save('2-hover-card.png', await page.screenshot());
    expect(pngSize(png)).toEqual(STORE_SIZE);
    await page.close();
  });

  it('3: the red-flag checklist in the toolbar popup, over the page it reads', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/article-2.html`);
    await scrollToTop(page, 'h2:has-text("Red Flag Symptoms")', 24);
    const backdrop = await page.screenshot({ animations: 'disabled' });

    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(page));
    await popup.setViewportSize({ width: POPUP_SIZE.width, height: 720 });
    await popup
      .getByRole('checkbox', { name: checklist.items.find((item) => item.id === 'stroke-signs')?.text ?? '' })
      .check();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Call 911');
    // Settled and unfocused, so the same build gives the same picture.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const panel = await popup.screenshot({ animations: 'disabled' });

    // The popup as the browser shows it: hanging from the toolbar at the top right of the page.
    const frame = await e2e.browser.context.newPage();
    await frame.setViewportSize(STORE_SIZE);
    const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await frame.setContent(
      `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
        <img src="${dataUrl(backdrop)}" style="position:absolute;inset:0;filter:brightness(0.92)">
        <img src="${dataUrl(panel)}" alt="" style="position:absolute;top:12px;right:24px;width:${POPUP_SIZE.width}px;border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0/.35)">
      </body>`,
    );
    await frame.waitForFunction(() => [...document.images].every((image) => image.complete));
    const png = await save('3-popup-checklist.png', await frame.screenshot());
    expect(pngSize(png)).toEqual(STORE_SIZE);
    await Promise.all([frame.close(), popup.close(), page.close()]);
  });

  it('promo tile: the icon and name at 440 x 280', async () => {
    const icon = await readFile(resolve(ROOT, 'assets/icon.svg'), 'utf8');
    const tile = await e2e.browser.context.newPage();
    await tile.setViewportSize({ width: 440, height: 280 });
    await tile.setContent(
      `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;background:#f3f7f8;font-family:system-ui,sans-serif;color:#13343a">
        ${icon.replace('<svg ', '<svg width="112" height="112" style="flex:none" ')}
        <div><div style="font-size:30px;font-weight:700;line-height:1.1">${translatorFor('en').t('extName')}</div>
        <div style="font-size:17px;margin-top:10px;line-height:1.35">Health words explained in plain language, right on the page.</div></div>
      </body>`,
    );
    expect(await tile.locator('svg').boundingBox()).toMatchObject({ width: 112, height: 112 });
    const png = await save('promo-440x280.png', await tile.screenshot());
    expect(pngSize(png)).toEqual({ width: 440, height: 280 });
    await tile.close();
  });
});
