import { describe, expect, it } from 'vitest';
import { HIGHLIGHT, highlightsOn, openHighlighted, pageStateOf, useE2E } from './support';

const e2e = useE2E();

describe('highlighting in Chromium', () => {
  it('highlights the terms of a seed article', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/article-4.html`);
    const ids = new Set((await highlightsOn(page)).map(([, id]) => id));
    for (const id of [
      'fasciculation',
      'multiple-sclerosis',
      'amyotrophic-lateral-sclerosis',
      'isaacs-syndrome',
      'radiculopathy',
      'herniated-disc',
      'spasticity',
      'vitamin-b6-toxicity',
      'electrolytes',
    ]) {
      expect(ids, id).toContain(id);
    }
    await page.close();
  });

  it('marks each term once, as the longest match, across markup and never in forms or code', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    expect(await highlightsOn(page)).toEqual([
      ['fasciculation', 'fasciculation'],
      ['Isaacs', 'isaacs-syndrome'],
      [' syndrome', 'isaacs-syndrome'],
      ['spinal muscular atrophy', 'spinal-muscular-atrophy'],
      ['multiple sclerosis', 'multiple-sclerosis'],
      ['MS', 'multiple-sclerosis'],
      ['dysphagia', 'dysphagia'],
      ['electromyography', 'electromyography'],
      ['EMG', 'electromyography'],
      ['nerve conduction study', 'nerve-conduction-study'],
    ]);
    expect(await page.inputValue('#notes')).toBe('fasciculation in a textarea');
    expect(await page.inputValue('#field')).toBe('dysphagia');
    expect(await page.textContent('#code')).toBe('const fasciculation = true;');
    await page.close();
  });

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

  it('highlights nothing on a software page full of look-alike abbreviations', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(`${e2e.server.origin}/demo/release-notes.html`);
    expect(await pageStateOf(e2e, page)).toMatchObject({ site: { host: '127.0.0.1' }, active: true, termIds: [] });
    expect(await page.$$(HIGHLIGHT)).toHaveLength(0);
    await page.close();
  });

  it('highlights content that arrives after the page loaded', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(`${e2e.server.origin}/pages/later.html`);
    await page.evaluate(() => {
      (window as unknown as { addPost(text: string): void }).addPost('New post: my fasciculations come and go.');
    });
    await page.waitForSelector(`.post ${HIGHLIGHT}`, { timeout: 5_000 });
    expect(await highlightsOn(page)).toEqual([['fasciculations', 'fasciculation']]);
    await page.close();
  });
});
