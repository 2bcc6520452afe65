import { beforeEach, describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE } from '../../lib/core/constants';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { createHighlighter, highlightedTermIds, RUNS_PER_YIELD_CHECK } from '../../lib/page/highlighter';
import { highlightAll, loadBody, loadFixture, textNodes } from './fixture';

const index = buildTermIndex(entries, contextWords);

/** [text, entry id] of every highlight element, in document order. */
function highlights(): [string, string][] {
  return [...document.querySelectorAll(HIGHLIGHT_TAG)].map((el) => [
    el.textContent ?? '',
    el.getAttribute(TERM_ID_ATTRIBUTE) ?? '',
  ]);
}

function highlightPage(): ReturnType<typeof createHighlighter> {
  const highlighter = createHighlighter(index);
  highlightAll(highlighter, [document.body]);
  return highlighter;
}

beforeEach(() => {
  loadBody('');
});

describe('highlighting a page', () => {
  it('wraps terms with the public data-health-term contract', () => {
    loadFixture('highlighter.html', 'one-term-in-a-sentence');
    highlightPage();
    expect(highlights()).toEqual([['fasciculation', 'fasciculation']]);
    expect(document.body.textContent).toBe('Muscle twitching, also known as fasciculation, is common.');
  });

  it('matches a term split across inline markup, as pieces of one highlight', () => {
    loadFixture('highlighter.html', 'term-split-across-inline-markup');
    highlightPage();
    expect(highlights()).toEqual([
      ['Isaacs', 'isaacs-syndrome'],
      [' syndrome', 'isaacs-syndrome'],
      ['spinal', 'spinal-muscular-atrophy'],
      [' ', 'spinal-muscular-atrophy'],
      ['muscular atrophy', 'spinal-muscular-atrophy'],
    ]);
  });

  it('matches a term broken over a line in the page source', () => {
    loadFixture('highlighter.html', 'term-broken-over-a-source-line');
    highlightPage();
    expect(highlights()).toEqual([['Isaacs\n        syndrome', 'isaacs-syndrome']]);
  });

  it('never joins words across blocks, even in minified lists', () => {
    loadFixture('highlighter.html', 'term-words-in-neighbouring-blocks');
    highlightPage();
    expect(highlights()).toEqual([
      ['multiple sclerosis', 'multiple-sclerosis'],
      ['dysphagia', 'dysphagia'],
    ]);
  });

  it('handles text around nested blocks (owners wrapped before their children)', () => {
    loadFixture('highlighter.html', 'text-around-nested-blocks');
    highlightPage();
    expect(highlights()).toEqual([
      ['dysphagia', 'dysphagia'],
      ['fasciculation', 'fasciculation'],
      ['dysarthria', 'dysarthria'],
      ['atrophy', 'muscle-atrophy'],
    ]);
  });

  it('never highlights inside excluded regions', () => {
    // Every excluded region, the 1.0 name of the opt-out included, then one ordinary paragraph.
    loadFixture('highlighter.html', 'excluded-regions');
    const before = document.body.innerHTML;
    highlightPage();
    expect(highlights()).toEqual([['dysphagia', 'dysphagia']]);
    expect(document.body.innerHTML.replace(/<mtg-term[^>]*>dysphagia<\/mtg-term>/, 'dysphagia')).toBe(before);
  });

  it('highlights inside the page’s own <mark> and leaves that mark in place', () => {
    loadFixture('highlighter.html', 'term-inside-page-mark');
    const pageMark = document.querySelector('mark');
    const highlighter = highlightPage();
    expect(highlights()).toEqual([['fasciculation', 'fasciculation']]);
    highlighter.removeAll(document.body);
    expect(document.querySelector('mark')).toBe(pageMark);
    expect(pageMark?.textContent).toBe('fasciculation');
  });

  it('makes the first occurrence of each term a tab stop, and only that one', () => {
    loadFixture('highlighter.html', 'repeated-term-and-split-term');
    highlightPage();
    const tabStops = [...document.querySelectorAll(HIGHLIGHT_TAG)].map((el) => (el as HTMLElement).tabIndex);
    expect(tabStops).toEqual([0, -1, 0, -1]);
  });

  it('does not highlight twice when run again', () => {
    loadFixture('highlighter.html', 'whole-term-and-split-term');
    const highlighter = highlightPage();
    highlightAll(highlighter, [document.body]);
    expect(highlights()).toEqual([
      ['fasciculation', 'fasciculation'],
      ['Isaacs', 'isaacs-syndrome'],
      [' syndrome', 'isaacs-syndrome'],
    ]);
  });

  it('lists the distinct terms in document order', () => {
    loadFixture('highlighter.html', 'repeated-and-abbreviated-terms');
    highlightPage();
    expect(highlightedTermIds(document.body)).toEqual(['dysphagia', 'fasciculation', 'multiple-sclerosis']);
  });

  it('reads blocks again when later content makes skipped abbreviations acceptable', () => {
    loadFixture('highlighter.html', 'abbreviation-then-empty-paragraph');
    const highlighter = highlightPage();
    expect(highlights()).toEqual([]);
    const later = document.getElementById('b') as HTMLElement;
    later.append('Fasciculation, dysphagia and dysarthria.');
    highlightAll(highlighter, [later]);
    expect(highlights().map(([text]) => text)).toEqual(['EMG', 'Fasciculation', 'dysphagia', 'dysarthria']);
  });

  it('works in slices that can stop and resume', () => {
    const paragraphs = Array.from({ length: 4 * RUNS_PER_YIELD_CHECK }, (_, i) =>
      i % 2 === 0 ? `<p>dysphagia ${i}</p>` : `<p><em>Isaacs</em> syndrome ${i}</p>`,
    );
    loadBody(paragraphs.join(''));
    const highlighter = createHighlighter(index);
    highlighter.enqueue([document.body]);
    let slices = 0;
    while (!highlighter.work(() => true).done) slices++;
    expect(slices).toBeGreaterThanOrEqual(3);
    expect(highlights().filter(([, id]) => id === 'dysphagia')).toHaveLength(2 * RUNS_PER_YIELD_CHECK);
    expect(highlights().filter(([, id]) => id === 'isaacs-syndrome')).toHaveLength(4 * RUNS_PER_YIELD_CHECK);
  });

  it('skips a range whose text the page changed between reading and wrapping', () => {
    const filler = Array.from({ length: RUNS_PER_YIELD_CHECK - 1 }, () => '<p>plain words</p>').join('');
    loadBody(`<p id="p">dysphagia and dysarthria</p>${filler}`);
    const highlighter = createHighlighter(index);
    highlighter.enqueue([document.body]);
    const paragraph = document.getElementById('p') as HTMLElement;
    // The clock is asked after the runs are read and before they are wrapped: change the page then.
    highlighter.work(() => {
      (paragraph.firstChild as Text).data = 'fine and dysarthria';
      return true;
    });
    // Offsets read before the change are stale: nothing is wrapped, nothing is lost...
    expect(paragraph.textContent).toBe('fine and dysarthria');
    expect(highlights()).toEqual([]);
    // ...and reading the block again (as the page watcher does after a change) finds what is there now.
    highlightAll(highlighter, [paragraph]);
    expect(highlights()).toEqual([['dysarthria', 'dysarthria']]);
  });
});

describe('removing highlights', () => {
  const pages = [
    'term-and-its-plural',
    'term-split-across-inline-markup',
    'nested-blocks-with-entity',
    'list-and-table',
    'line-break-nbsp-and-page-markup',
  ];

  it.each(pages)('restores %j exactly, keeping the page’s own text nodes', (id) => {
    loadFixture('highlighter.html', id);
    const before = document.body.innerHTML;
    const originalNodes = textNodes(document.body);
    const originalText = originalNodes.map((node) => node.data);
    const highlighter = highlightPage();
    expect(document.querySelectorAll(HIGHLIGHT_TAG).length).toBeGreaterThan(0);

    highlighter.removeAll(document.body);

    expect(document.body.innerHTML).toBe(before);
    const restored = textNodes(document.body);
    expect(restored).toHaveLength(originalNodes.length);
    restored.forEach((node, i) => {
      expect(node).toBe(originalNodes[i]);
      expect(node.data).toBe(originalText[i]);
    });
  });
});
