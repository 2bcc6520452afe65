import { describe, expect, it } from 'vitest';
import { isSkippedElement, MAX_RUN_CHARS, SKIPPED_SELECTOR, TICK, textRuns, WAITING } from '../../lib/page/text-runs';
import { loadBody, loadFixture } from './fixture';

const texts = (root: Element): string[] =>
  [...textRuns(root)].flatMap((run) => (run === TICK ? [] : run === WAITING ? [run] : [run.text]));

describe('textRuns', () => {
  it('joins text across inline markup and breaks at blocks, line breaks and skipped regions', () => {
    loadFixture('text-runs.html', 'inline-markup-blocks-and-skipped-regions');
    expect(texts(document.body)).toEqual([
      'Isaacs syndrome here',
      'next line',
      'fatigue',
      'multiple sclerosis',
      'before ',
      ' after',
      'inner',
      'tail',
    ]);
  });

  it('follows a page that is still being parsed, reading what is added once and only once', () => {
    loadFixture('text-runs.html', 'first-paragraph-while-parsing');
    let loading = true;
    const runs = textRuns(document.body, { follow: () => loading });
    const next = () => {
      let { value, done } = runs.next();
      while (value === TICK) ({ value, done } = runs.next());
      return done ? 'done' : value === WAITING ? WAITING : (value as { text: string }).text;
    };
    // The last run is held back while the parser may still add to it.
    expect(next()).toBe(WAITING);
    const more = document.createElement('p');
    more.textContent = 'dysarthria';
    document.body.append(more);
    expect(next()).toBe('dysphagia');
    expect(next()).toBe(WAITING);
    loading = false;
    expect(next()).toBe('dysarthria');
    expect(next()).toBe('done');
  });
});

describe('textRuns following the parser past a skipped element', () => {
  it('never reads into a skipped element that was last when it waited', () => {
    loadFixture('text-runs.html', 'paragraph-then-empty-pre');
    let loading = true;
    const runs = textRuns(document.body, { follow: () => loading });
    const read: string[] = [];
    const step = () => {
      const { value, done } = runs.next();
      if (!done && value !== WAITING && value !== TICK) read.push(value.text);
      return done ? 'done' : value === WAITING ? WAITING : 'run';
    };
    while (step() === 'run');
    (document.getElementById('code') as HTMLElement).append('fasciculation in code');
    const after = document.createElement('p');
    after.textContent = 'dysarthria';
    document.body.append(after);
    loading = false;
    while (step() !== 'done');
    expect(read).toEqual(['dysphagia', 'dysarthria']);
  });
});

describe('textRuns on hostile structures', () => {
  // 5,000 levels run end to end in Chromium (hostile-pages.test.ts); jsdom itself is slow at that depth.
  it('reads text at the bottom of 1,000 levels of nesting as one run', () => {
    loadFixture('text-runs.html', 'paragraph-to-nest-in');
    let parent = document.getElementById('deep') as HTMLElement;
    for (let i = 0; i < 1000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'b');
      child.append(`w${i} `);
      parent.append(child);
      parent = child;
    }
    parent.append('dysphagia');
    const runs = texts(document.body);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(/^w0 w1 .* w999 dysphagia$/);
  });

  it('does not read a run longer than MAX_RUN_CHARS', () => {
    loadBody(`<p>${'fasciculation '.repeat(Math.ceil(MAX_RUN_CHARS / 14) + 1)}</p><p>dysphagia</p>`);
    expect(texts(document.body)).toEqual(['dysphagia']);
  });

  it('hands back control every NODES_PER_TICK nodes even without text', () => {
    loadFixture('text-runs.html', 'container-for-empty-spans');
    const container = document.getElementById('empty') as HTMLElement;
    for (let i = 0; i < 5000; i++) container.append(document.createElement('span'));
    const ticks = [...textRuns(document.body)].filter((value) => value === TICK).length;
    expect(ticks).toBeGreaterThanOrEqual(9);
  });
});

describe('isSkippedElement', () => {
  it('agrees with the SKIPPED_SELECTOR that mark.js-style matching would use', () => {
    loadFixture('text-runs.html', 'skipped-and-read-elements');
    const elements = [...document.body.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(25);
    for (const element of elements) {
      expect(isSkippedElement(element), element.outerHTML).toBe(element.matches(SKIPPED_SELECTOR));
    }
  });
});
