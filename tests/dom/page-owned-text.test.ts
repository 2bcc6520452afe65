import { afterEach, describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { createHighlightSession } from '../../lib/content/highlight-session';
import { HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE } from '../../lib/core/constants';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { loadFixture } from './fixture';

const started: { stop(): void }[] = [];
afterEach(() => {
  for (const running of started.splice(0)) running.stop();
});

/** A session with frames and background tasks run by the test (stopped after each test). */
function session() {
  const queued: (() => void)[] = [];
  const created = createHighlightSession(document, {
    index: buildTermIndex(entries, contextWords),
    requestFrame: (callback) => queued.push(callback),
    runLater: (callback) => queued.push(callback),
    onHighlightsChanged: () => {},
  });
  started.push(created);
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await Promise.resolve();
      while (queued.length > 0) for (const callback of queued.splice(0)) callback();
    }
  };
  return { session: created, settle };
}

const highlighted = () => [...document.querySelectorAll(HIGHLIGHT_TAG)].map((el) => el.getAttribute(TERM_ID_ATTRIBUTE));

describe('text the page owns and changes later', () => {
  it('shows exactly what the page writes into a text node we split, and highlights it again', async () => {
    loadFixture('page-owned-text.html', 'empty-paragraph');
    const paragraph = document.getElementById('p') as HTMLElement;
    // Like a framework: create the text node, keep the reference, write to it later.
    const owned = document.createTextNode('Muscle fasciculation and dysphagia, then more.');
    paragraph.append(owned);
    const { session: s, settle } = session();
    s.start();
    await settle();
    expect(highlighted()).toEqual(['fasciculation', 'dysphagia']);

    owned.nodeValue = 'Now about dysarthria only.';
    await settle();
    expect(paragraph.textContent).toBe('Now about dysarthria only.');
    expect(highlighted()).toEqual(['dysarthria']);
    expect(owned.isConnected).toBe(true);
  });

  it('leaves no fragments behind when the page removes a text node we split', async () => {
    loadFixture('page-owned-text.html', 'paragraph-with-bold-word');
    const paragraph = document.getElementById('p') as HTMLElement;
    const owned = document.createTextNode(' fasciculation and dysphagia here');
    paragraph.append(owned);
    const { session: s, settle } = session();
    s.start();
    await settle();
    expect(highlighted()).toHaveLength(2);

    owned.remove();
    await settle();
    expect(paragraph.innerHTML).toBe('<b>Keep</b>');
    expect(highlighted()).toEqual([]);
  });

  it('keeps what the page writes into a piece it found by walking the DOM', async () => {
    loadFixture('page-owned-text.html', 'term-then-plain-words');
    const paragraph = document.getElementById('p') as HTMLElement;
    const { session: s, settle } = session();
    s.start();
    await settle();
    const lastPiece = paragraph.lastChild as Text;
    expect(lastPiece.data).toBe(' and more words');
    lastPiece.data = ' and dysphagia';
    await settle();
    expect(paragraph.textContent).toBe('fasciculation and dysphagia');
    expect(highlighted()).toEqual(['fasciculation', 'dysphagia']);
  });

  it('restores the page exactly when turned off after such changes', async () => {
    loadFixture('page-owned-text.html', 'empty-paragraph');
    const paragraph = document.getElementById('p') as HTMLElement;
    const owned = document.createTextNode('fasciculation first');
    paragraph.append(owned);
    const { session: s, settle } = session();
    s.start();
    await settle();
    owned.nodeValue = 'dysphagia second';
    await settle();
    s.stop();
    expect(paragraph.innerHTML).toBe('dysphagia second');
    expect(paragraph.firstChild).toBe(owned);
    expect(paragraph.childNodes).toHaveLength(1);
  });
});
