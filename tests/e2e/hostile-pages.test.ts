/**
 * Hostile and huge pages (scripts/lib/hostile-pages.ts): the extension
 * finishes (or gives up on what it cannot read), highlights what it should,
 * and the page's own timers keep running. How long its slices take is a
 * timing figure: `npm run bench` prints it for each page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WorkLog } from '../../lib/platform/messages';
import { HOSTILE_PAGES } from '../../scripts/lib/hostile-pages';
import { elementsWithHighlights, shownHighlights } from './page-highlights';
import { HIGHLIGHT, tabIdFor, useE2E, workLogOf } from './support';

const e2e = useE2E();

/**
 * Closes a tab after collecting its renderer's garbage. Pages of one site can
 * share a renderer process: without this, a 10 MB page's garbage was collected
 * while the next page was being measured, and its pause counted against it.
 */
async function closeClean(context: BrowserContext, tab: Page): Promise<void> {
  await tab.goto('about:blank');
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  await tab.close();
}

async function settledWork(tab: Awaited<ReturnType<typeof e2e.browser.context.newPage>>): Promise<WorkLog> {
  let work: WorkLog | undefined;
  await expect
    .poll(
      async () => {
        work = await workLogOf(e2e, tab);
        return work?.busy;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(false);
  return work as WorkLog;
}

describe('hostile and huge pages', () => {
  it.each(Object.keys(HOSTILE_PAGES))(
    '%s: finishes, keeps every slice short, and the page keeps running',
    async (name) => {
      e2e.server.route(`/hostile/${name}.html`, HOSTILE_PAGES[name] as string);
      const url = `${e2e.server.origin}/hostile/${name}.html`;
      const tab = await e2e.browser.context.newPage();
      await tabIdFor(e2e, tab);
      await tab.goto(url, { timeout: 60_000 });
      // Waiting through the content script, not with a selector: Playwright's selector polling
      // makes the browser render frames, which on a huge page stalls it by itself.
      const work = await settledWork(tab);
      const shown = (within: string | null) => tab.evaluate(shownHighlights, within);
      expect(await shown('#marker')).toHaveLength(1);

      // It finished: the content script reports no work left (how long each slice took is measured by npm run bench).
      expect(work.busy).toBe(false);
      // The page keeps running: its timer goes on ticking after highlighting has finished.
      const ticks = await tab.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
      // Asked from outside: the broken page has no working requestAnimationFrame or MutationObserver to wait with.
      await expect
        .poll(() => tab.evaluate(() => (window as unknown as { __ticks: number }).__ticks))
        .toBeGreaterThanOrEqual(ticks + 5);
      if (name === 'deep-nesting') expect(await shown(null)).toHaveLength(2);
      if (name === 'huge-text-node') expect(await shown('#huge')).toHaveLength(0);
      if (name === 'broken-prototypes') expect(await shown('#broken')).toHaveLength(1);
      if (name === 'mutation-storm') {
        await tab.waitForSelector(`#feed ${HIGHLIGHT}`, { timeout: 10_000 });
        // The page's own work went on: the ticker kept counting while we highlighted.
        const before = Number(await tab.textContent('#ticker'));
        await tab.waitForFunction(
          (from) => Number(document.getElementById('ticker')?.textContent) > from + 100,
          before,
        );
      }
      await closeClean(e2e.browser.context, tab);
    },
  );
});

describe('a page that keeps adding content', () => {
  it('is highlighted as it grows without collecting event listeners', async () => {
    const tab = await e2e.browser.context.newPage();
    await tab.goto(`${e2e.server.origin}/pages/feed.html`);
    await expect.poll(() => tab.evaluate(elementsWithHighlights, '#feed li')).toBeGreaterThan(0);
    const listeners = async () => {
      const cdp = await e2e.browser.context.newCDPSession(tab);
      await cdp.send('HeapProfiler.collectGarbage');
      const { jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      await cdp.detach();
      return jsEventListeners;
    };
    await tab.waitForFunction(() => document.querySelectorAll('#feed li').length >= 10);
    // Counted after Playwright's own selector engine is in the page (it adds a dozen listeners of its own).
    const postsEarly = await tab.locator('#feed li').count();
    const early = await listeners();
    await tab.waitForFunction((count) => document.querySelectorAll('#feed li').length > count + 50, postsEarly);
    const posts = await tab.locator('#feed li').count();
    // Every post is highlighted, the latest ones included, and the listener count stays put.
    await expect.poll(() => tab.evaluate(elementsWithHighlights, '#feed li')).toBeGreaterThanOrEqual(posts);
    expect(await listeners()).toBeLessThanOrEqual(early + 5);
    await tab.close();
  });
});
