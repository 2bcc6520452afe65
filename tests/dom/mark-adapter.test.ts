import Mark from 'mark.js';
import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { ABBREVIATION_ATTRIBUTE, HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE } from '../../lib/core/constants';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { unwrapAll, wrapRun } from '../../lib/page/mark-adapter';
import { textRuns } from '../../lib/page/text-runs';
import { highlightsInText } from '../helpers/highlights-in-text';
import { loadBody, loadFixture } from './fixture';

const index = buildTermIndex(entries, contextWords);

/** Paragraphs that are one run each, with terms inside, across and around inline markup. */
const PARAGRAPHS = [
  'Muscle twitching, also known as fasciculation, is common.',
  'Rare: <em>Isaacs</em> syndrome and <b>spinal</b> <i>muscular atrophy</i>, then dysphagia.',
  'fasciculation at the start and at the end: dysarthria',
  'Nested <span>multiple <b>sclerosis</b> (MS)</span> and <a href="#">Lou Gehrig’s</a> disease.',
  '<em>d</em>ysphagia split inside a word, and <strong>hypocalcaemia</strong>&nbsp;and hypomagnesemia.',
];

/** The page as mark.js's public API leaves it, for the same ranges. */
function withPublicMarkJs(html: string): string {
  loadBody(`<p>${html}</p>`);
  const paragraph = document.querySelector('p') as HTMLElement;
  const ranges = highlightsInText(index, paragraph.textContent ?? '').map(({ start, end }) => ({
    start,
    length: end - start,
  }));
  new Mark(paragraph).markRanges(ranges, { element: HIGHLIGHT_TAG });
  return document.body.innerHTML;
}

/** The page as our adapter leaves it, without the attributes only we add. */
function withAdapter(html: string): string {
  loadBody(`<p>${html}</p>`);
  const run = [...textRuns(document.body)].find((value) => typeof value !== 'string');
  if (!run || typeof run === 'string') throw new Error('no run');
  const ranges = highlightsInText(index, run.text).map(({ start, end, hit }) => ({
    start,
    end,
    entryId: hit.entryId,
    abbreviation: hit.kind === 'abbreviation' ? hit.abbreviation : undefined,
  }));
  expect(wrapRun(run, ranges, () => {})).toBe(ranges.length);
  for (const element of document.querySelectorAll(HIGHLIGHT_TAG)) {
    element.removeAttribute(TERM_ID_ATTRIBUTE);
    element.removeAttribute(ABBREVIATION_ATTRIBUTE);
  }
  return document.body.innerHTML;
}

describe('wrapping through the adapter', () => {
  it.each(PARAGRAPHS)('gives the same DOM as mark.js markRanges for %j', (html) => {
    const expected = withPublicMarkJs(html);
    expect(expected).toContain(`<${HIGHLIGHT_TAG}`);
    expect(withAdapter(html)).toBe(expected);
  });

  it('leaves a run alone when the page changed its text since it was read', () => {
    loadFixture('mark-adapter.html', 'term-at-start-of-paragraph');
    const run = [...textRuns(document.body)].find((value) => typeof value !== 'string');
    if (!run || typeof run === 'string') throw new Error('no run');
    ((document.querySelector('p') as HTMLElement).firstChild as Text).data = 'dysarthria here';
    expect(wrapRun(run, [{ start: 0, end: 9, entryId: 'dysphagia', abbreviation: undefined }], () => {})).toBe(0);
    expect(document.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(0);
  });

  it('is undone exactly by unwrapAll', () => {
    for (const html of PARAGRAPHS) {
      loadBody(`<p>${html}</p>`);
      const before = document.body.innerHTML;
      withAdapter(html);
      unwrapAll(document.body);
      expect(document.body.innerHTML).toBe(before);
    }
  });
});
