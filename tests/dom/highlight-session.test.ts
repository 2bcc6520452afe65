import { afterEach, describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import {
  createHighlightSession,
  LATE_SHADOW_ROOTS_MS,
  MAX_WORK_PER_WINDOW_MS,
  WORK_WINDOW_MS,
} from '../../lib/content/highlight-session';
import { HIGHLIGHT_TAG, STYLE_ELEMENT_ID } from '../../lib/core/constants';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { loadBody, loadFixture } from './fixture';

const started: { stop(): void }[] = [];
afterEach(() => {
  for (const running of started.splice(0)) running.stop();
});

function session() {
  const frames: (() => void)[] = [];
  let changes = 0;
  const created = createHighlightSession(document, {
    index: buildTermIndex(entries, contextWords),
    requestFrame: (callback) => frames.push(callback),
    runLater: (callback) => frames.push(callback),
    onHighlightsChanged: () => {
      changes++;
    },
  });
  /** Runs every frame and idle callback until none is left. */
  started.push(created);
  const nextFrame = async () => {
    await Promise.resolve();
    while (frames.length > 0) for (const frame of frames.splice(0)) frame();
  };
  return { session: created, nextFrame, changes: () => changes };
}

describe('highlight session', () => {
  it('highlights on start and leaves no trace on stop', () => {
    loadFixture('highlight-session.html', 'whole-term-and-split-term');
    const before = document.documentElement.outerHTML;
    const { session: s, changes } = session();
    s.start();
    expect(s.active).toBe(true);
    expect(s.termIds()).toEqual(['fasciculation', 'isaacs-syndrome']);
    expect(document.getElementById(STYLE_ELEMENT_ID)).not.toBeNull();
    s.stop();
    expect(s.active).toBe(false);
    expect(s.termIds()).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(changes()).toBe(2);
  });

  it('highlights later content in the next frame, and stops watching when stopped', async () => {
    loadFixture('highlight-session.html', 'empty-feed');
    const { session: s, nextFrame } = session();
    s.start();
    const post = document.createElement('p');
    post.textContent = 'dysphagia';
    document.getElementById('feed')?.append(post);
    await nextFrame();
    expect(post.querySelector(HIGHLIGHT_TAG)?.textContent).toBe('dysphagia');

    s.stop();
    const late = document.createElement('p');
    late.textContent = 'dysarthria';
    document.getElementById('feed')?.append(late);
    await nextFrame();
    expect(document.querySelectorAll(HIGHLIGHT_TAG)).toHaveLength(0);
  });

  it('highlights abbreviations seen earlier once later content shows the page is about health', async () => {
    loadFixture('highlight-session.html', 'abbreviation-then-empty-feed');
    const { session: s, nextFrame } = session();
    s.start();
    expect(s.termIds()).toEqual([]);
    const post = document.createElement('p');
    post.textContent = 'Fasciculation, dysphagia and dysarthria.';
    document.getElementById('feed')?.append(post);
    await nextFrame();
    expect(s.termIds()).toEqual(['electromyography', 'fasciculation', 'dysphagia', 'dysarthria']);
  });
});

describe('work budget', () => {
  it(`spends at most ${MAX_WORK_PER_WINDOW_MS} ms of each ${WORK_WINDOW_MS} ms highlighting, then rests`, () => {
    loadBody(Array.from({ length: 400 }, (_, i) => `<p>dysphagia ${i}</p>`).join(''));
    let clock = 0;
    const delays: (number | undefined)[] = [];
    const pending: (() => void)[] = [];
    const s = createHighlightSession(document, {
      index: buildTermIndex(entries, contextWords),
      requestFrame: (callback) => pending.push(callback),
      runLater: (callback, delayMs) => {
        delays.push(delayMs);
        pending.push(callback);
      },
      onHighlightsChanged: () => {},
      // Every look at the clock costs 5 ms: slices hit their time limit quickly.
      now: () => (clock += 5),
    });
    started.push(s);
    s.start();
    for (let i = 0; i < 200 && pending.length > 0; i++) (pending.shift() as () => void)();
    expect(delays.filter((delay) => delay === WORK_WINDOW_MS / 4).length).toBeGreaterThan(0);
    expect(document.querySelectorAll('mtg-term')).toHaveLength(400);
  });
});

describe('web components that attach their shadow root late', () => {
  it('are found by one look at the custom elements read, cut into slices when there are many', () => {
    loadBody(`${'<div><x-item>plain</x-item></div>'.repeat(6000)}<term-box id="late"></term-box>`);
    let clock = 0;
    const later: (() => void)[] = [];
    let lateLook: (() => void) | undefined;
    let queuedDuringLook = 0;
    const s = createHighlightSession(document, {
      index: buildTermIndex(entries, contextWords),
      requestFrame: (callback) => later.push(callback),
      runLater: (callback, delayMs) => {
        if (delayMs === LATE_SHADOW_ROOTS_MS) lateLook = callback;
        else {
          if (lateLook === undefined) queuedDuringLook++;
          later.push(callback);
        }
      },
      onHighlightsChanged: () => {},
      now: () => (clock += 10),
    });
    started.push(s);
    s.start();
    const drain = () => {
      for (let i = 0; i < 10_000 && later.length > 0; i++) (later.shift() as () => void)();
    };
    drain();
    expect(s.busy()).toBe(false);

    // The component attaches its shadow root after the first pass has read the page.
    const shadow = (document.getElementById('late') as HTMLElement).attachShadow({ mode: 'open' });
    const text = document.createElement('p');
    text.textContent = 'Isaacs syndrome in a shadow root';
    shadow.append(text);
    const look = lateLook as () => void;
    lateLook = undefined;
    queuedDuringLook = 0;
    look();
    drain();
    expect(shadow.querySelector('mtg-term')?.textContent).toBe('Isaacs syndrome');
    expect(s.termIds()).toContain('isaacs-syndrome');
    // 6,001 custom elements, at most 24 ms at a time, every look at the clock costing 10 ms: several slices.
    expect(queuedDuringLook).toBeGreaterThanOrEqual(3);
  });
});
