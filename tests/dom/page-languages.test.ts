/**
 * Each part of a page read in its language: English with the index the
 * content script carries, Spanish with the index the background sends the
 * first time a Spanish block needs it (no request on an English page), each
 * highlight marked with its language so its card can speak it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import esContextWords from '../../knowledge/es/context-words.json';
import esTerms from '../../knowledge/es/terms.json';
import type { Entry } from '../../knowledge/schema';
import { createHighlightSession } from '../../lib/content/highlight-session';
import { createLanguagePacks } from '../../lib/content/language-packs';
import { HIGHLIGHT_TAG, TERM_ID_ATTRIBUTE, TERM_LANGUAGE_ATTRIBUTE } from '../../lib/core/constants';
import type { Language } from '../../lib/core/languages';
import { buildTermIndex, termIndexData } from '../../lib/core/matcher/term-index';
import type { LanguagePack } from '../../lib/platform/messages';
import { loadFixture } from './fixture';

const spanishPack: LanguagePack = {
  language: 'es',
  index: termIndexData((esTerms as { entries: Entry[] }).entries, esContextWords, { foldAccents: true }),
  termRole: 'término resaltado',
};

const running: { stop(): void }[] = [];
afterEach(() => {
  for (const session of running.splice(0)) session.stop();
});

/** A session whose background answers language requests when `answer()` is called. */
function sessionWithPacks() {
  const asked: Language[] = [];
  let answer: () => void = () => undefined;
  const frames: (() => void)[] = [];
  const session = createHighlightSession(document, {
    index: buildTermIndex(entries, contextWords),
    requestFrame: (callback) => frames.push(callback),
    runLater: (callback) => frames.push(callback),
    onHighlightsChanged: () => undefined,
    languagePacks: createLanguagePacks(
      (language) => {
        asked.push(language);
        return new Promise((resolve) => {
          answer = () => resolve(spanishPack);
        });
      },
      (language) => session.languageReady(language),
    ),
  });
  running.push(session);
  const settle = async () => {
    answer();
    for (let round = 0; round < 5; round++) {
      await Promise.resolve();
      while (frames.length > 0) for (const frame of frames.splice(0)) frame();
    }
  };
  return { session, asked, settle };
}

const shown = (within: Element | null = document.body) =>
  [...(within?.querySelectorAll<HTMLElement>(HIGHLIGHT_TAG) ?? [])].map((element) => [
    element.textContent,
    element.getAttribute(TERM_ID_ATTRIBUTE),
    element.getAttribute(TERM_LANGUAGE_ATTRIBUTE),
  ]);

describe('which language each part of a page is read in', () => {
  it('reads an English page with the English index, asks for nothing, and marks no language', async () => {
    loadFixture('page-languages.html', 'english-article');
    const { session, asked, settle } = sessionWithPacks();
    session.start();
    await settle();
    expect(shown()).toEqual([
      ['fasciculation', 'fasciculation', null],
      ['electromyography', 'electromyography', null],
    ]);
    expect(asked).toEqual([]);
  });

  it('reads a Spanish article once its index has arrived, in Spanish', async () => {
    loadFixture('page-languages.html', 'spanish-article');
    const { session, asked, settle } = sessionWithPacks();
    session.start();
    // Asked once, however many Spanish blocks there are; nothing highlighted before the answer.
    expect(asked).toEqual(['es']);
    expect(shown()).toEqual([]);
    await settle();
    expect(shown()).toEqual([
      ['Fasciculaciones', 'fasciculation', 'es'],
      ['fasciculaciones', 'fasciculation', 'es'],
      ['electromiografía', 'electromyography', 'es'],
      ['ELA', 'amyotrophic-lateral-sclerosis', 'es'],
    ]);
    // The tab stop is named in Spanish for screen readers.
    const first = document.querySelector(`${HIGHLIGHT_TAG}[tabindex="0"]`);
    expect(first?.getAttribute('aria-roledescription')).toBe('término resaltado');
    expect(session.occurrences().map(([text, , , language]) => [text, language])).toEqual([
      ['Fasciculaciones', 'es'],
      ['fasciculaciones', 'es'],
      ['electromiografía', 'es'],
      ['ELA', 'es'],
    ]);
  });

  it('reads an English page quoting Spanish in both languages', async () => {
    loadFixture('page-languages.html', 'english-quoting-spanish');
    const { session, asked, settle } = sessionWithPacks();
    session.start();
    await settle();
    expect(asked).toEqual(['es']);
    const [before, quote, after] = [...document.body.children];
    expect(shown(before ?? null)).toEqual([
      ['fasciculation', 'fasciculation', null],
      ['electromyography', 'electromyography', null],
    ]);
    // The quote's terms were seen in English first: their tab stops stay the English ones.
    expect(session.occurrences(quote).map(([text, id, , language]) => [text, id, language])).toEqual([
      ['fasciculaciones', 'fasciculation', 'es'],
      ['electromiografía', 'electromyography', 'es'],
    ]);
    expect(shown(after ?? null).map(([text]) => text)).toEqual(['ALS', 'amyotrophic lateral sclerosis']);
  });

  it('leaves Spanish prose about money alone, though it read it in Spanish', async () => {
    loadFixture('page-languages.html', 'spanish-finance');
    const { session, asked, settle } = sessionWithPacks();
    session.start();
    await settle();
    expect(asked).toEqual(['es']);
    expect(session.occurrences()).toEqual([]);
  });
});
