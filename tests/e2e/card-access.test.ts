import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklist } from '../../knowledge';
import { type ExtensionBrowser, launchBrowser } from '../../scripts/lib/launch-extension';
import { paintedPoint } from './page-highlights';
import {
  axeViolations,
  CARD,
  cardShown,
  detachesWithin,
  HIGHLIGHT,
  highlightsOn,
  hoverPainted,
  openHighlighted,
  useE2E,
} from './support';

const e2e = useE2E();

async function cardBox(page: Page) {
  const card = await page.waitForSelector(CARD, { timeout: 1_000 });
  const box = await card.boundingBox();
  if (!box) throw new Error('the card has no box');
  return box;
}

function expectInside(
  box: { x: number; y: number; width: number; height: number },
  viewport: { width: number; height: number },
) {
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

describe('card placement', () => {
  it.each(['top-left', 'top-right', 'bottom-left', 'bottom-right'])(
    'stays inside the viewport for a term at the %s corner',
    async (corner) => {
      const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/corners.html`);
      await page.setViewportSize({ width: 800, height: 600 });
      await page.hover(`#${corner} ${HIGHLIGHT}`);
      expectInside(await cardBox(page), { width: 800, height: 600 });
      await page.close();
    },
  );

  it('follows a term inside a scrolled container and stays in the viewport', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/layout.html`);
    await page.$eval('#scroller', (scroller) => {
      scroller.scrollTop = 330;
    });
    await page.hover(`#in-scroller ${HIGHLIGHT}`);
    const before = await cardBox(page);
    const termTop = () => page.$eval(`#in-scroller ${HIGHLIGHT}`, (term) => term.getBoundingClientRect().top);
    const topBefore = await termTop();
    await page.$eval('#scroller', (scroller) => {
      scroller.scrollTop += 20;
    });
    await expect.poll(termTop).toBeLessThan(topBefore - 10);
    // Without following, the gap between card and term would change by the 20 px scrolled.
    await expect
      .poll(async () => Math.abs((await cardBox(page)).y - (await termTop()) - (before.y - topBefore)))
      .toBeLessThan(4);
    expectInside(await cardBox(page), page.viewportSize() ?? { width: 0, height: 0 });
    await page.close();
  });

  it('goes next to the line under the pointer for a term wrapped over two lines', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/layout.html`);
    const term = page.locator(`#narrow ${HIGHLIGHT}`);
    const lines = await term.evaluate((element) =>
      [...element.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height })),
    );
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const second = lines[lines.length - 1] as (typeof lines)[number];
    await page.mouse.move(second.x + 5, second.y + second.height / 2);
    const box = await cardBox(page);
    expect(box.y).toBeGreaterThanOrEqual(second.y + second.height);
    expect(box.y).toBeLessThan(second.y + second.height + 20);
    await page.close();
  });
});

describe('a page that attacks the card with CSS', () => {
  it('cannot change its font size, hide it or cover it', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/hostile.html`);
    expect(await page.$eval(`#term ${HIGHLIGHT}`, (term) => getComputedStyle(term).display)).toBe('inline');
    await page.hover(`#term ${HIGHLIGHT}`);
    const box = await cardBox(page);
    const styles = await page.$eval('mtg-card', (host) => {
      const root = host.shadowRoot as ShadowRoot;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
      return {
        title: style('.title').fontSize,
        definition: style('.definition').fontSize,
        letterSpacing: style('.definition').letterSpacing,
        visibility: style('.card').visibility,
        display: style('.card').display,
      };
    });
    expect(styles).toEqual({
      title: '16px',
      definition: '14px',
      letterSpacing: 'normal',
      visibility: 'visible',
      display: 'block',
    });
    expect(box.width).toBeLessThanOrEqual(360);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(onTop).toBe('mtg-card');
    await page.close();
  });
});

describe('look', () => {
  it('turns dark on a dark page', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/dark.html`);
    await page.hover(`#term ${HIGHLIGHT}`);
    await cardBox(page);
    expect(await page.$eval('mtg-card', (host) => (host as HTMLElement).dataset.theme)).toBe('dark');
    const background = await page.$eval(
      'mtg-card',
      (host) => getComputedStyle(host.shadowRoot?.querySelector('.card') as Element).backgroundColor,
    );
    expect(background).toBe('rgb(31, 35, 41)');
    await page.close();
  });

  it('stays light on a light page and follows a dark colour-scheme preference', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.hover(`#intro ${HIGHLIGHT}`);
    await cardBox(page);
    expect(await page.$eval('mtg-card', (host) => (host as HTMLElement).dataset.theme)).toBe('light');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.mouse.move(0, 0);
    await page.hover(`#split ${HIGHLIGHT}`);
    await cardBox(page);
    expect(await page.$eval('mtg-card', (host) => (host as HTMLElement).dataset.theme)).toBe('dark');
    await page.close();
  });

  it('does not animate for people who prefer reduced motion', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.hover(`#intro ${HIGHLIGHT}`);
    await cardBox(page);
    const animation = await page.$eval(
      'mtg-card',
      (host) => getComputedStyle(host.shadowRoot?.querySelector('.card') as Element).animationName,
    );
    expect(animation).toBe('none');
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  it('announces a tab stop as a highlighted term that opens a dialog', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const stop = page.getByRole('button', { name: 'fasciculation' });
    expect(await stop.getAttribute('aria-roledescription')).toBe('highlighted term');
    expect(await stop.getAttribute('aria-expanded')).toBe('false');
    await stop.focus();
    await page.waitForSelector(CARD);
    expect(await stop.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('moves into the card with Enter, reads it, and returns to the term with Escape', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.getByRole('button', { name: 'fasciculation' }).focus();
    await page.waitForSelector(CARD);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('mtg-card')?.shadowRoot?.activeElement?.getAttribute('role') === 'dialog',
    );
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('mtg-card')?.shadowRoot?.activeElement?.textContent)).toBe(
      '×',
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-health-term'))).toBe('fasciculation');
    await page.close();
  });

  it('jumps to the next and previous term with Alt+Shift+Down and Alt+Shift+Up', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-health-term'));
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await focused()).toBe('fasciculation');
    await page.waitForSelector(CARD);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await focused()).toBe('isaacs-syndrome');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await focused()).toBe('spinal-muscular-atrophy');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect(await focused()).toBe('isaacs-syndrome');
    await page.close();
  });

  it('never makes a term inside a link a tab stop, and the link still works', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/links.html`);
    // The term in the link is painted (no element, no tab stop); the one after it is the tab stop.
    expect(await highlightsOn(e2e, page, '#link')).toEqual([['fasciculation', 'fasciculation']]);
    expect(await page.locator(`#link ${HIGHLIGHT}`).count()).toBe(0);
    expect(await page.locator(`${HIGHLIGHT}[tabindex="0"]`).count()).toBe(1);
    await hoverPainted(page, 'fasciculation', '#link');
    await page.waitForSelector(CARD);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForURL(/#target$/);
    await page.close();
  });
});

describe('axe-core', () => {
  it('finds no violations in the open card', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    await page.hover(`#split ${HIGHLIGHT}`);
    await page.waitForSelector(CARD);
    await cardShown(page);
    expect(await axeViolations(page, [['mtg-card']])).toEqual([]);
    await page.close();
  });

  it('finds no violations in the popup, also with an emergency sign ticked', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(page));
    await popup.getByRole('heading', { name: /Terms on this page/ }).waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup
      .getByRole('checkbox', { name: checklist.items.find((item) => item.id === 'stroke-signs')?.text ?? '' })
      .check();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('touch', () => {
  /** A touch-screen browser with the extension, on the test article (taps instead of hovers). */
  let touch: ExtensionBrowser | undefined;
  beforeAll(async () => {
    touch = await launchBrowser({ hasTouch: true });
  });
  afterAll(() => touch?.close());
  const openArticle = async () => {
    const page = await (touch as ExtensionBrowser).context.newPage();
    await page.goto(`${e2e.server.origin}/pages/article.html`);
    await page.waitForSelector(HIGHLIGHT);
    return page;
  };

  it('opens the card with a tap and closes it with a tap elsewhere', async () => {
    const page = await openArticle();
    await page.tap(`#last ${HIGHLIGHT}`);
    await page.waitForSelector(CARD, { timeout: 1_000 });
    // The mouse events a browser sends after a tap do not close it; the same wait sees a tap elsewhere close it.
    expect(await detachesWithin(page, CARD, 1_000)).toBe(false);
    await page.tap('h1');
    expect(await detachesWithin(page, CARD, 1_000)).toBe(true);
    await page.close();
  });

  it('opens the card of a painted occurrence (no element) with a tap', async () => {
    const page = await openArticle();
    const point = await page.evaluate(paintedPoint, { text: 'MS', within: null, nth: 0 });
    expect(point).not.toBeNull();
    await page.touchscreen.tap(point?.x ?? 0, point?.y ?? 0);
    await page.waitForFunction(
      () =>
        document.querySelector('mtg-card')?.shadowRoot?.querySelector('h2')?.textContent === 'MS: multiple sclerosis',
      undefined,
      { timeout: 2_000 },
    );
    await page.tap('h1');
    expect(await detachesWithin(page, CARD, 1_000)).toBe(true);
    await page.close();
  });
});
