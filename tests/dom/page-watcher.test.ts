import { describe, expect, it } from 'vitest';
import { watchPage } from '../../lib/content/page-watcher';
import { loadFixture } from './fixture';

/** Collects what the watcher reports; frames run when the test says so. */
function harness() {
  const frames: (() => void)[] = [];
  const reports: Node[][] = [];
  const watcher = watchPage(
    document.body,
    (callback) => frames.push(callback),
    (roots) => reports.push(roots),
  );
  const settle = async () => {
    await Promise.resolve(); // mutation records are delivered in a microtask
    for (const frame of frames.splice(0)) frame();
  };
  return { watcher, reports, settle, frames };
}

describe('watchPage', () => {
  it('reports only the blocks that changed, once per frame', async () => {
    loadFixture('page-watcher.html', 'feed-and-other-paragraph');
    const { reports, settle, watcher } = harness();
    const feed = document.getElementById('feed') as HTMLElement;
    const first = document.createElement('p');
    first.textContent = 'first';
    const second = document.createElement('p');
    second.textContent = 'second';
    feed.append(first, second);
    await settle();
    expect(reports).toEqual([[first, second]]);
    watcher.stop();
  });

  it('reports the surrounding block when inline content or text changes', async () => {
    loadFixture('page-watcher.html', 'paragraph-with-inline-span');
    const { reports, settle, watcher } = harness();
    (document.getElementById('s') as HTMLElement).append(document.createElement('b'));
    ((document.getElementById('p') as HTMLElement).firstChild as Text).data = 'changed ';
    await settle();
    expect(reports).toEqual([[document.getElementById('p')]]);
    watcher.stop();
  });

  it('ignores its owner’s own writes', async () => {
    loadFixture('page-watcher.html', 'paragraph-with-id');
    const { reports, settle, frames, watcher } = harness();
    watcher.whileIgnoring(() => {
      (document.getElementById('p') as HTMLElement).append(document.createElement('mtg-term'));
      document.body.append(document.createElement('p'));
    });
    await settle();
    expect(frames).toHaveLength(0);
    expect(reports).toEqual([]);
    watcher.stop();
  });

  it('keeps page changes made just before its owner writes', async () => {
    loadFixture('page-watcher.html', 'paragraph-with-id');
    const { reports, settle, watcher } = harness();
    const added = document.createElement('p');
    added.textContent = 'page content';
    document.body.append(added);
    watcher.whileIgnoring(() => document.body.append(document.createElement('p')));
    await settle();
    expect(reports).toEqual([[added]]);
    watcher.stop();
  });

  it('ignores excluded regions', async () => {
    loadFixture('page-watcher.html', 'empty-excluded-regions');
    const { reports, settle, watcher } = harness();
    (document.getElementById('code') as HTMLElement).append('fasciculation');
    (document.getElementById('edit') as HTMLElement).append('fasciculation');
    await settle();
    expect(reports).toEqual([]);
    watcher.stop();
  });

  it('reports only the changed blocks even when very many change at once (cost follows the change)', async () => {
    loadFixture('page-watcher.html', 'old-text-and-empty-feed');
    const { reports, settle, watcher } = harness();
    const feed = document.getElementById('feed') as HTMLElement;
    const posts = Array.from({ length: 5000 }, (_, i) => {
      const post = document.createElement('p');
      post.textContent = `post ${i}`;
      return post;
    });
    feed.append(...posts);
    await settle();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toHaveLength(5000);
    expect(reports[0]).not.toContain(document.getElementById('old'));
    watcher.stop();
  });

  it('ignores white space added between blocks', async () => {
    loadFixture('page-watcher.html', 'feed-with-one-post');
    const { reports, settle, watcher } = harness();
    (document.getElementById('feed') as HTMLElement).append('\n  ');
    await settle();
    expect(reports).toEqual([]);
    watcher.stop();
  });

  it('reports nothing after it is stopped', async () => {
    loadFixture('page-watcher.html', 'plain-paragraph');
    const { reports, settle, watcher } = harness();
    watcher.stop();
    document.body.append(document.createElement('p'));
    await settle();
    expect(reports).toEqual([]);
  });
});

describe('watching more roots', () => {
  it('does not see our own writes in a root it starts watching while we write', async () => {
    loadFixture('page-watcher.html', 'shadow-host');
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    const { reports, settle, watcher } = harness();
    watcher.whileIgnoring(() => {
      watcher.observe(shadow);
      shadow.append('fasciculation written by us');
    });
    await settle();
    expect(reports).toEqual([]);
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'written by the page' }));
    await settle();
    expect(reports).toHaveLength(1);
    watcher.stop();
  });
});
