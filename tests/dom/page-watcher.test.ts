import { describe, expect, it } from 'vitest';
import { watchPage } from '../../lib/content/page-watcher';
import { loadBody } from './fixture';

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
    loadBody('<div id="feed"><p>old</p></div><p id="other">other</p>');
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
    loadBody('<p id="p">text <span id="s">x</span></p>');
    const { reports, settle, watcher } = harness();
    (document.getElementById('s') as HTMLElement).append(document.createElement('b'));
    ((document.getElementById('p') as HTMLElement).firstChild as Text).data = 'changed ';
    await settle();
    expect(reports).toEqual([[document.getElementById('p')]]);
    watcher.stop();
  });

  it('ignores its owner’s own writes', async () => {
    loadBody('<p id="p">text</p>');
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
    loadBody('<p id="p">text</p>');
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
    loadBody('<pre id="code"></pre><div contenteditable="true"><p id="edit"></p></div>');
    const { reports, settle, watcher } = harness();
    (document.getElementById('code') as HTMLElement).append('fasciculation');
    (document.getElementById('edit') as HTMLElement).append('fasciculation');
    await settle();
    expect(reports).toEqual([]);
    watcher.stop();
  });

  it('reports only the changed blocks even when very many change at once (cost follows the change)', async () => {
    loadBody('<p id="old">old text</p><div id="feed"></div>');
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
    loadBody('<div id="feed"><p>one</p></div>');
    const { reports, settle, watcher } = harness();
    (document.getElementById('feed') as HTMLElement).append('\n  ');
    await settle();
    expect(reports).toEqual([]);
    watcher.stop();
  });

  it('reports nothing after it is stopped', async () => {
    loadBody('<p>text</p>');
    const { reports, settle, watcher } = harness();
    watcher.stop();
    document.body.append(document.createElement('p'));
    await settle();
    expect(reports).toEqual([]);
  });
});

describe('watching more roots', () => {
  it('does not see our own writes in a root it starts watching while we write', async () => {
    loadBody('<div id="host"></div>');
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
