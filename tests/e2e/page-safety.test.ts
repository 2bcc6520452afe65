import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paintedPoint } from './page-highlights';
import { HIGHLIGHT, highlightingDone, highlightsOn, openHighlighted, useE2E } from './support';

const e2e = useE2E();

const idsIn = (page: Page | Frame, selector: string) =>
  page.$$eval(`${selector} ${HIGHLIGHT}`, (elements) =>
    elements.map((element) => element.getAttribute('data-health-term')),
  );

// Text that page code holds and rewrites: ./scenarios/promises.ts, in both browsers.
describe('text owned by page code and by a framework', () => {
  it('keeps a Preact render exact through updates, and highlights each new text', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/framework.html`);
    await expect
      .poll(async () => (await highlightsOn(e2e, page, '#preact')).map(([, id]) => id))
      .toContain('fasciculation');
    for (let n = 1; n <= 6; n++) {
      await page.evaluate(() => (window as unknown as { bump(): void }).bump());
      const expected = await page.evaluate(
        (i) => (window as unknown as { expectedPreactText(n: number): string }).expectedPreactText(i),
        n,
      );
      await page.waitForFunction((text) => document.getElementById('preact')?.textContent === text, expected);
      // Once highlighting is done with the update, the text is still exactly what Preact rendered.
      await highlightingDone(e2e, page);
      expect(await page.textContent('#preact')).toBe(expected);
    }
    // After six updates the first sentence is back.
    const expectedIds = ['fasciculation', 'dysphagia'];
    await expect.poll(async () => (await highlightsOn(e2e, page, '#preact')).map(([, id]) => id)).toEqual(expectedIds);
    await page.close();
  });
});

describe('selection and copy', () => {
  it('copies highlighted text as the plain text it is', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const selected = await page.evaluate(() => {
      const paragraph = document.getElementById('split') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      let copied = '';
      document.addEventListener('copy', (event) => {
        copied = selection.toString();
        event.clipboardData?.setData('text/plain', copied);
      });
      document.execCommand('copy');
      return { text: selection.toString(), copied };
    });
    expect(selected.text).toBe('Rare causes include Isaacs syndrome and spinal muscular atrophy.');
    expect(selected.copied).toBe(selected.text);
    await page.close();
  });
});

describe('editors and opted-out parts', () => {
  it('never highlights inside editors, form controls or data-health-terms="off", and typing still works', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/editors.html`);
    expect(await highlightsOn(e2e, page)).toEqual([['fasciculation', 'fasciculation']]);
    await page.click('#editable p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and dysphagia');
    // The content script has seen the typing and finished with it before the page is read.
    await highlightingDone(e2e, page);
    expect(await page.textContent('#editable')).toBe('Editable fasciculation note and dysphagia');
    expect(await page.$$('#editable [data-health-term]')).toHaveLength(0);
    await page.fill('#notes', 'dysphagia typed');
    expect(await page.inputValue('#notes')).toBe('dysphagia typed');
    await page.close();
  });
});

describe('frames and web components', () => {
  it('highlights same-origin and cross-origin frames (each its own instance) and open shadow roots', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/frames.html`);
    const frames = { same: /127\.0\.0\.1.*frame-child/, cross: /localhost.*frame-child/ };
    for (const url of Object.values(frames)) {
      await expect.poll(() => page.frame({ url }) !== null).toBe(true);
      const frame = page.frame({ url }) as Frame;
      await frame.waitForSelector(HIGHLIGHT);
      expect(await idsIn(frame, '#child')).toEqual(['myoclonus']);
    }
    await page.waitForFunction(
      () =>
        document.getElementById('component')?.shadowRoot?.querySelector('[data-health-term="fasciculation"]') !== null,
      undefined,
      { timeout: 5_000 },
    );
    // The component's shadow root gets the highlight style too.
    const underline = await page.evaluate(() => {
      const term = document.getElementById('component')?.shadowRoot?.querySelector('[data-health-term]') as Element;
      return getComputedStyle(term).textDecorationStyle;
    });
    expect(underline).toBe('dotted');
    // Hovering a term inside the shadow root opens the card: its tab stop, and the later painted occurrence.
    await page.hover('#component >> [data-health-term]');
    await page.waitForSelector('mtg-card [role="dialog"]', { timeout: 2_000 });
    await page.mouse.move(1, 1);
    await page.waitForSelector('mtg-card [role="dialog"]', { state: 'detached', timeout: 2_000 });
    await expect
      .poll(() => page.evaluate(paintedPoint, { text: 'fasciculation', within: null, nth: 0 }))
      .not.toBeNull();
    const painted = await page.evaluate(paintedPoint, { text: 'fasciculation', within: null, nth: 0 });
    await page.mouse.move(painted?.x ?? 0, painted?.y ?? 0);
    await page.waitForSelector('mtg-card [role="dialog"]', { timeout: 2_000 });
    await page.close();
  });
});
