import { describe, expect, it } from 'vitest';
import { highlightsOn, openHighlighted, useE2E } from './support';

const e2e = useE2E();

describe('abbreviations read in their own sentence', () => {
  it('highlights a forum thread that writes only abbreviations, and not chat shorthand', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/forum.html`);
    expect(await highlightsOn(e2e, page, '#abbreviations')).toEqual([
      ['BFS', 'benign-fasciculation-syndrome'],
      ['EMG', 'electromyography'],
      ['ALS', 'amyotrophic-lateral-sclerosis'],
    ]);
    expect(await highlightsOn(e2e, page, '#reply')).toEqual([
      ['NCS', 'nerve-conduction-study'],
      ['EMG', 'electromyography'],
      ['CK', 'creatine-kinase'],
    ]);
    expect(await highlightsOn(e2e, page, '#chat')).toEqual([]);
    // Health words show the page is about health; they are not highlighted themselves.
    expect((await highlightsOn(e2e, page)).map(([text]) => text)).not.toContain('twitching');
    await page.close();
  });

  it('leaves a health article’s byline, address and dose units alone, and highlights its MS', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/byline.html`);
    expect(await highlightsOn(e2e, page, '#about')).toEqual([
      ['Multiple sclerosis', 'multiple-sclerosis'],
      ['MS', 'multiple-sclerosis'],
      ['spasticity', 'spasticity'],
      ['muscle spasms', 'muscle-spasm'],
      ['MS', 'multiple-sclerosis'],
    ]);
    expect(await highlightsOn(e2e, page, '#byline')).toEqual([]);
    expect(await highlightsOn(e2e, page, '#clinic')).toEqual([]);
    expect(await highlightsOn(e2e, page, '#dose')).toEqual([['Baclofen', 'baclofen']]);
    await page.close();
  });

  it('shows the same on the bundled demo forum thread', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/forum.html`);
    const texts = (await highlightsOn(e2e, page)).map(([text]) => text);
    expect(texts).toEqual(
      expect.arrayContaining(['BFS', 'EMG', 'ALS', 'fasiculations', 'NCS', 'CK', 'caffeine', 'magnesium']),
    );
    for (const other of ['MG', 'PLS', 'MS', 'twitching', 'anxiety']) expect(texts).not.toContain(other);
    await page.close();
  });
});
