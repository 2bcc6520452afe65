import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { createHighlightSession, type HighlightSession } from '../../lib/content/highlight-session';
import { HIGHLIGHT_TAG, PAINTED_HIGHLIGHT_NAME } from '../../lib/core/constants';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { createPainter, highlightApiOf } from '../../lib/page/painted-terms';
import { type FakeHighlightApi, installHighlightApi, paintedTexts } from './fake-highlight-api';
import { loadFixture } from './fixture';

const index = buildTermIndex(entries, contextWords);
const FIXTURES = 'painted-highlights.html';

let api: FakeHighlightApi | undefined;
const running: HighlightSession[] = [];
afterEach(() => {
  for (const session of running.splice(0)) session.stop();
  api?.uninstall();
  api = undefined;
});

function start(): { session: HighlightSession; nextFrame: () => Promise<void> } {
  const frames: (() => void)[] = [];
  const session = createHighlightSession(document, {
    index,
    requestFrame: (callback) => frames.push(callback),
    runLater: (callback) => frames.push(callback),
    onHighlightsChanged: () => undefined,
  });
  running.push(session);
  session.start();
  const nextFrame = async () => {
    await Promise.resolve();
    while (frames.length > 0) for (const frame of frames.splice(0)) frame();
  };
  return { session, nextFrame };
}

const tabStops = () =>
  [...document.querySelectorAll<HTMLElement>(`${HIGHLIGHT_TAG}[tabindex="0"]`)].map((term) => term.textContent);

/** Both ways the browser may be: with the Highlight API (ranges) and without it (every occurrence an element). */
const PATHS = [
  { path: 'painted ranges', paints: true },
  { path: 'elements only (no Highlight API)', paints: false },
] as const;

describe.each(PATHS)('highlighting through $path', ({ paints }) => {
  beforeEach(() => {
    if (paints) api = installHighlightApi();
  });

  it('highlights the same occurrences with the same entries, in document order', () => {
    loadFixture(FIXTURES, 'article');
    const { session } = start();
    expect(session.paints).toBe(paints);
    expect(session.occurrences().map(([text, id]) => [text, id])).toEqual([
      ['fasciculation', 'fasciculation'],
      ['Fasciculation', 'fasciculation'],
      ['Isaacs syndrome', 'isaacs-syndrome'],
      ['dysphagia', 'dysphagia'],
      ['dysphagia', 'dysphagia'],
      ['Isaacs syndrome', 'isaacs-syndrome'],
      ['multiple sclerosis', 'multiple-sclerosis'],
      ['multiple sclerosis', 'multiple-sclerosis'],
    ]);
    expect(session.termIds()).toEqual(['fasciculation', 'isaacs-syndrome', 'dysphagia', 'multiple-sclerosis']);
  });

  it('makes the first occurrence of each term outside links its one tab stop', () => {
    loadFixture(FIXTURES, 'article');
    start();
    expect(tabStops()).toEqual(['fasciculation', 'Isaacs', 'dysphagia', 'multiple sclerosis']);
    const linked = document.querySelector('a[href="#ms"]');
    expect(linked?.querySelector('[tabindex="0"]')).toBeNull();
  });

  it('adds elements only for tab stops when it paints, for every occurrence when it cannot', () => {
    loadFixture(FIXTURES, 'article');
    const { session } = start();
    const elements = document.querySelectorAll(HIGHLIGHT_TAG).length;
    const painted = session.occurrences().filter(([, , isPainted]) => isPainted);
    if (paints) {
      // Four tab stops, one of them in two pieces (<em>Isaacs</em> syndrome); the other four occurrences painted.
      expect(elements).toBe(5);
      expect(painted.map(([text]) => text)).toEqual([
        'Fasciculation',
        'dysphagia',
        'Isaacs syndrome',
        'multiple sclerosis',
      ]);
      expect(paintedTexts(api as FakeHighlightApi, PAINTED_HIGHLIGHT_NAME)).toHaveLength(4);
    } else {
      expect(elements).toBe(9);
      expect(painted).toEqual([]);
    }
  });

  it('turns off leaving the page exactly as it was, with nothing of ours in CSS.highlights', () => {
    loadFixture(FIXTURES, 'article');
    const before = document.body.innerHTML;
    const { session } = start();
    expect(document.body.innerHTML).not.toBe(before);
    session.stop();
    expect(document.body.innerHTML).toBe(before);
    expect(session.occurrences()).toEqual([]);
    if (api) expect([...api.registry.keys()].filter((name) => name.startsWith('health-term'))).toEqual([]);
  });

  it('highlights later occurrences split across markup as one occurrence each', () => {
    loadFixture(FIXTURES, 'later-occurrences-across-markup');
    const { session } = start();
    expect(session.occurrences().map(([text, id]) => [text, id])).toEqual([
      ['Isaacs syndrome', 'isaacs-syndrome'],
      ['Isaacs syndrome', 'isaacs-syndrome'],
      ['dysphagia', 'dysphagia'],
      ['Isaacs syndrome', 'isaacs-syndrome'],
    ]);
    if (paints) {
      expect(paintedTexts(api as FakeHighlightApi, PAINTED_HIGHLIGHT_NAME)).toEqual([
        'Isaacs syndrome',
        'Isaacs syndrome',
      ]);
    }
  });

  it('gives the popup a term that occurs only inside links, and opens on it', () => {
    loadFixture(FIXTURES, 'term-only-in-links');
    const { session } = start();
    expect(session.termIds()).toEqual(['dysphagia', 'fasciculation']);
    const first = session.firstHighlightOf('fasciculation');
    expect(first?.range().toString()).toBe('fasciculation');
    expect(
      first?.range().startContainer.parentElement?.getAttribute('href') ??
        first?.element?.closest('a')?.getAttribute('href'),
    ).toBe('#a');
    expect(first?.element?.tabIndex ?? -1).toBe(-1);
  });

  it('never highlights inside code, forms, editors or opted-out parts', () => {
    loadFixture(FIXTURES, 'excluded-regions');
    const { session } = start();
    expect(session.occurrences().map(([text]) => text)).toEqual(['dysphagia', 'dysphagia']);
    const read = document.getElementById('read') as HTMLElement;
    expect(session.occurrences().length).toBe(2);
    expect(read.textContent).toBe('dysphagia and dysphagia');
  });

  it('follows a growing page and text a framework rewrites, without doubling what it read before', async () => {
    loadFixture(FIXTURES, 'rewritten-and-growing');
    const { session, nextFrame } = start();
    await nextFrame();
    const texts = () => session.occurrences().map(([text]) => text);
    expect(texts()).toEqual(['dysphagia', 'dysarthria', 'Fasciculation']);

    const feed = document.getElementById('feed') as HTMLElement;
    const post = document.createElement('p');
    post.append('Now dysarthria, then fasciculation again.');
    feed.append(post);
    // The framework sets the text of the node it created (the tab stop 'dysphagia' split it).
    const rewritten = document.getElementById('rewritten') as HTMLElement;
    (rewritten.firstChild as Text).data = 'myoclonus only';
    await nextFrame();
    await nextFrame();

    expect(rewritten.textContent).toBe('myoclonus only');
    expect(texts()).toEqual(['myoclonus', 'Fasciculation', 'dysarthria', 'fasciculation']);
  });
});

describe('the painted term under a caret position', () => {
  // "dysphagia, dysarthria and myoclonus": dysphagia 0-9, dysarthria 11-21, myoclonus 26-35.
  const cases: [offset: number, expected: string | undefined][] = [
    [0, 'dysphagia'],
    [4, 'dysphagia'],
    [9, 'dysphagia'], // a caret just after the last letter: the pointer is on its right half
    [10, undefined],
    [11, 'dysarthria'],
    [21, 'dysarthria'],
    [23, undefined],
    [26, 'myoclonus'],
    [35, 'myoclonus'],
  ];

  it.each(cases)('at offset %i finds %s', (offset, expected) => {
    api = installHighlightApi();
    loadFixture(FIXTURES, 'three-terms-in-one-text-node');
    const painter = createPainter(highlightApiOf(window) as NonNullable<ReturnType<typeof highlightApiOf>>);
    const node = document.getElementById('p')?.firstChild as Text;
    // Painted out of order, as a block read again later would be: the look-up must not care.
    painter.paint([
      { entryId: 'myoclonus', abbreviation: undefined, pieces: [{ node, start: 26, end: 35 }] },
      { entryId: 'dysphagia', abbreviation: undefined, pieces: [{ node, start: 0, end: 9 }] },
      { entryId: 'dysarthria', abbreviation: undefined, pieces: [{ node, start: 11, end: 21 }] },
    ]);
    expect(painter.termAt(node, offset)?.entryId).toBe(expected);
    expect(painter.termAt(document.getElementById('p') as HTMLElement, 0)).toBeUndefined();
  });

  it('forgets what was painted in text the page removed', () => {
    api = installHighlightApi();
    loadFixture(FIXTURES, 'three-terms-in-one-text-node');
    const painter = createPainter(highlightApiOf(window) as NonNullable<ReturnType<typeof highlightApiOf>>);
    const paragraph = document.getElementById('p') as HTMLElement;
    const node = paragraph.firstChild as Text;
    painter.paint([{ entryId: 'dysphagia', abbreviation: undefined, pieces: [{ node, start: 0, end: 9 }] }]);
    painter.commit();
    painter.sweep();
    expect(painter.size).toBe(1);
    expect(api.registry.get(PAINTED_HIGHLIGHT_NAME)?.size).toBe(1);
    paragraph.remove();
    painter.sweep();
    expect(painter.size).toBe(0);
    expect(api.registry.get(PAINTED_HIGHLIGHT_NAME)?.size).toBe(0);
    expect(painter.termAt(node, 3)).toBeUndefined();
  });
});

describe('handing painted occurrences to the browser', () => {
  it('counts them at once and draws them from the next commit, in batches', () => {
    api = installHighlightApi();
    loadFixture(FIXTURES, 'three-terms-in-one-text-node');
    const painter = createPainter(highlightApiOf(window) as NonNullable<ReturnType<typeof highlightApiOf>>);
    const node = document.getElementById('p')?.firstChild as Text;
    painter.paint([{ entryId: 'dysphagia', abbreviation: undefined, pieces: [{ node, start: 0, end: 9 }] }]);
    expect(painter.termAt(node, 2)?.entryId).toBe('dysphagia');
    expect(api.registry.has(PAINTED_HIGHLIGHT_NAME)).toBe(false);
    painter.paint([{ entryId: 'dysarthria', abbreviation: undefined, pieces: [{ node, start: 11, end: 21 }] }]);
    painter.commit();
    expect(paintedTexts(api, PAINTED_HIGHLIGHT_NAME)).toEqual(['dysphagia', 'dysarthria']);
    // Forgotten before it was ever drawn: never reaches the browser.
    painter.paint([{ entryId: 'myoclonus', abbreviation: undefined, pieces: [{ node, start: 26, end: 35 }] }]);
    painter.forget([node]);
    painter.commit();
    expect(paintedTexts(api, PAINTED_HIGHLIGHT_NAME)).toEqual([]);
    expect(painter.size).toBe(0);
  });
});

describe('feature detection', () => {
  it('uses the element path where the browser has no Highlight API', () => {
    expect(highlightApiOf(window)).toBeUndefined();
  });

  it('uses the element path where a page broke the API', () => {
    api = installHighlightApi();
    expect(highlightApiOf(window)).toBeDefined();
    (window as unknown as { Highlight: unknown }).Highlight = () => {
      throw new Error('broken by the page');
    };
    expect(highlightApiOf(window)).toBeUndefined();
  });
});
