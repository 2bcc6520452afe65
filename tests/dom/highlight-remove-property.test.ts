/**
 * Property: for any page, highlighting and then removing every highlight
 * leaves the page exactly as it was: the same markup, and the same text nodes
 * (nodes the page holds references to), with the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { HIGHLIGHT_TAG } from '../../lib/core/constants';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { createHighlighter } from '../../lib/page/highlighter';
import { highlightAll, loadBody, textNodes } from './fixture';

const index = buildTermIndex(entries, contextWords);

/** Pieces of text: terms (whole, and halves to split across elements), plain words, entities, white space. */
const WORDS = [
  'fasciculation',
  'Fasciculations',
  'dysphagia',
  'Isaacs',
  'syndrome',
  'Isaac’s syndrome',
  'spinal',
  'muscular atrophy',
  'multiple sclerosis',
  'MS',
  'ALS',
  'EMG',
  'stroke',
  'fascic',
  'ulation',
  'the',
  'and',
  'twitch',
  ' ',
  '  ',
  '\n   ',
  '\u00a0',
  '&',
  '<',
  '"quoted"',
  'é',
  '',
];

type Tree = { kind: 'text'; text: string } | { kind: 'element'; tag: string; children: Tree[] };

const INLINE = ['em', 'b', 'span', 'a', 'mark', 'code', 'i'];
const BLOCK = ['p', 'div', 'li', 'section', 'td'];

const text = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ''))
  .map(([words, separator]): Tree => ({ kind: 'text', text: words.join(separator) }));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: text, weight: 4 },
    {
      arbitrary: fc
        .record({
          tag: fc.constantFrom(...INLINE, ...BLOCK, 'br'),
          children: fc.array(tie('node'), { maxLength: 4 }),
        })
        .map(({ tag, children }): Tree => ({ kind: 'element', tag, children: tag === 'br' ? [] : children })),
      weight: 3,
    },
  ),
})).node;

function build(node: Tree): Node {
  if (node.kind === 'text') return document.createTextNode(node.text);
  const element = document.createElement(node.tag);
  if (node.tag === 'a') element.setAttribute('href', '#');
  for (const child of node.children) element.append(build(child));
  return element;
}

describe('highlight, then remove', () => {
  it('is the identity on 1,000 random pages', () => {
    let highlightedSomewhere = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (roots) => {
        loadBody('');
        for (const root of roots) document.body.append(build(root));
        const markup = document.body.innerHTML;
        const nodes = textNodes(document.body);
        const data = nodes.map((node) => node.data);

        const highlighter = createHighlighter(index);
        highlightAll(highlighter, [document.body]);
        if (document.querySelector(HIGHLIGHT_TAG)) highlightedSomewhere++;
        highlighter.removeAll(document.body);

        expect(document.body.innerHTML).toBe(markup);
        const after = textNodes(document.body);
        expect(after).toHaveLength(nodes.length);
        after.forEach((node, i) => {
          expect(node).toBe(nodes[i]);
          expect(node.data).toBe(data[i]);
        });
      }),
      { numRuns: 1000 },
    );
    // The property is only worth something if many of those pages had highlights.
    expect(highlightedSomewhere).toBeGreaterThan(300);
  });
});
