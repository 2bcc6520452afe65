/** The person's choices: which kinds of terms, how often, and how highlights look. */
import { afterEach, describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { CATEGORIES, type Category } from '../../knowledge/schema';
import { createHighlightSession } from '../../lib/content/highlight-session';
import { highlightCss } from '../../lib/content/highlight-style';
import { HIGHLIGHT_TAG, STYLE_ELEMENT_ID, TERM_ID_ATTRIBUTE } from '../../lib/core/constants';
import type { HighlightPolicy } from '../../lib/core/highlight-policy';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import type { Density, HighlightStyle } from '../../lib/core/settings';
import { createHighlighter } from '../../lib/page/highlighter';
import { highlightAll, loadFixture } from './fixture';

const index = buildTermIndex(entries, contextWords);

/** The entry id of each highlight, in document order. */
function highlighted(): string[] {
  return [...document.querySelectorAll(HIGHLIGHT_TAG)].map((element) => element.getAttribute(TERM_ID_ATTRIBUTE) ?? '');
}

function highlightWith(policy: HighlightPolicy): void {
  highlightAll(createHighlighter(index, { policy }), [document.body]);
}

const policy = (categories: readonly Category[], density: Density = 'every'): HighlightPolicy => ({
  categories: new Set(categories),
  density,
});

describe('kinds of terms', () => {
  it.each<[string, Category[], string[]]>([
    ['all kinds', [...CATEGORIES], ['fasciculation', 'isaacs-syndrome', 'electromyography', 'baclofen']],
    ['conditions only', ['condition'], ['isaacs-syndrome']],
    ['symptoms and tests', ['symptom', 'test'], ['fasciculation', 'electromyography']],
    ['medicines', ['medicine'], ['baclofen']],
    ['none', [], []],
  ])('%s', (_, categories, expected) => {
    loadFixture('highlight-choices.html', 'one-term-of-each-kind');
    highlightWith(policy(categories));
    expect(highlighted()).toEqual(expected);
  });
});

describe('how often', () => {
  it.each<[Density, string[]]>([
    ['every', ['fasciculation', 'fasciculation', 'dysphagia', 'fasciculation', 'dysphagia', 'fasciculation']],
    ['first-per-section', ['fasciculation', 'dysphagia', 'fasciculation', 'dysphagia', 'fasciculation']],
    ['first-per-page', ['fasciculation', 'dysphagia']],
  ])('%s', (density, expected) => {
    loadFixture('highlight-choices.html', 'terms-repeated-across-sections');
    highlightWith(policy(CATEGORIES, density));
    expect(highlighted()).toEqual(expected);
  });

  it('first per section, on a page without headings, is first per page', () => {
    loadFixture('highlight-choices.html', 'term-repeated-without-headings');
    highlightWith(policy(CATEGORIES, 'first-per-section'));
    expect(highlighted()).toEqual(['fasciculation']);
  });
});

describe('a session follows changed choices', () => {
  let running: ReturnType<typeof createHighlightSession> | undefined;
  afterEach(() => running?.stop());

  function start(choices: { policy: HighlightPolicy; highlightStyle: HighlightStyle }) {
    running = createHighlightSession(document, {
      index,
      requestFrame: (callback) => callback(),
      runLater: (callback) => callback(),
      onHighlightsChanged: () => undefined,
      policy: () => choices.policy,
      highlightStyle: () => choices.highlightStyle,
    });
    running.start();
    return running;
  }

  it('highlights again from scratch when what to highlight changes', () => {
    loadFixture('highlight-choices.html', 'symptom-twice-and-a-condition');
    const choices = { policy: policy(['condition']), highlightStyle: 'underline' as HighlightStyle };
    const session = start(choices);
    expect(highlighted()).toEqual(['isaacs-syndrome']);
    choices.policy = policy(['symptom', 'condition'], 'first-per-page');
    session.refresh();
    expect(highlighted()).toEqual(['fasciculation', 'isaacs-syndrome']);
    expect(document.body.textContent).toBe('Fasciculation and Isaacs syndrome; fasciculation again.');
  });

  it('changes the highlight style without touching the highlights', () => {
    loadFixture('highlight-choices.html', 'single-term');
    const choices = { policy: policy(CATEGORIES), highlightStyle: 'underline' as HighlightStyle };
    const session = start(choices);
    const term = document.querySelector(HIGHLIGHT_TAG);
    const style = () => document.getElementById(STYLE_ELEMENT_ID)?.textContent ?? '';
    expect(style()).toBe(highlightCss('underline'));
    choices.highlightStyle = 'background';
    session.updateHighlightStyle();
    expect(style()).toBe(highlightCss('background'));
    expect(document.querySelector(HIGHLIGHT_TAG)).toBe(term);
  });

  it('finds the first occurrence of a term for the popup', () => {
    loadFixture('highlight-choices.html', 'first-occurrences-in-inline-markup');
    const session = start({ policy: policy(CATEGORIES), highlightStyle: 'underline' });
    expect(session.firstHighlightOf('isaacs-syndrome')?.element?.textContent).toBe('Isaacs ');
    expect(session.firstHighlightOf('fasciculation')?.element?.parentElement?.nodeName).toBe('EM');
    expect(session.firstHighlightOf('dysphagia')).toBeUndefined();
  });
});

describe('highlight styles', () => {
  /** The declarations of the main highlight rule (before the focus rule). */
  const mainRule = (style: HighlightStyle) => highlightCss(style).split(':focus-visible')[0] ?? '';

  it.each<[HighlightStyle, string[], string[]]>([
    ['underline', ['text-decoration-line: underline', 'text-decoration-style: dotted'], ['background-color']],
    ['background', ['background-color'], ['text-decoration-line']],
    ['none', ['cursor: help'], ['text-decoration-line', 'background-color']],
  ])('%s', (style, present, absent) => {
    for (const declaration of present) expect(mainRule(style)).toContain(declaration);
    for (const declaration of absent) expect(mainRule(style)).not.toContain(declaration);
  });

  it('every highlight style keeps a visible focus ring, and an underline in forced colours', () => {
    for (const style of ['underline', 'background', 'none'] as const) {
      expect(highlightCss(style)).toMatch(/:focus-visible \{\s*outline: 2px solid/);
      expect(highlightCss(style)).toContain('@media (forced-colors: active)');
    }
  });
});
