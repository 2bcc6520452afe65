import { describe, expect, it } from 'vitest';
import { HIGHLIGHT, highlightsOn, openHighlighted, useE2E } from './support';

const e2e = useE2E();

// Seed articles, software pages and growing pages: ./scenarios/promises.ts, in both browsers.
describe('highlighting in Chromium', () => {
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
});
