import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { HEALTH_CONTEXT_MIN_SIGNALS } from '../../lib/core/matcher/find-terms';
import {
  buildTermIndex,
  type PackedHit,
  packHit,
  restoreTermIndex,
  type TermHit,
  termIndexData,
  unpackHit,
} from '../../lib/core/matcher/term-index';
import { highlightsInText } from '../helpers/highlights-in-text';

const index = buildTermIndex(entries, contextWords);

/** What a reader would see highlighted: [matched text, entry id] pairs, in order. */
function highlighted(text: string): [string, string][] {
  return highlightsInText(index, text).map(({ start, end, hit }) => [text.slice(start, end), hit.entryId]);
}

describe('terms and their variants', () => {
  it.each<[string, [string, string][]]>([
    ['Muscle twitching, also known as fasciculation, is common.', [['fasciculation', 'fasciculation']]],
    ['Fasciculations are usually harmless.', [['Fasciculations', 'fasciculation']]],
    ['WHAT IS A FASCICULATION?', [['FASCICULATION', 'fasciculation']]],
    ['Isaac’s syndrome affects the nerves.', [['Isaac’s syndrome', 'isaacs-syndrome']]],
    ["Isaac's syndrome affects the nerves.", [["Isaac's syndrome", 'isaacs-syndrome']]],
    [
      'Isaacs’ syndrome and Issac syndrome',
      [
        ['Isaacs’ syndrome', 'isaacs-syndrome'],
        ['Issac syndrome', 'isaacs-syndrome'],
      ],
    ],
    ['also called Isaacs-Mertens syndrome', [['Isaacs-Mertens syndrome', 'isaacs-syndrome']]],
    ['also called Isaacs\u2011Mertens syndrome', [['Isaacs\u2011Mertens syndrome', 'isaacs-syndrome']]],
    ['a rare Isaacs\n      syndrome case', [['Isaacs\n      syndrome', 'isaacs-syndrome']]],
    ['Acquired neuromyotonia is rare.', [['Acquired neuromyotonia', 'isaacs-syndrome']]],
    ['Lou Gehrig’s disease', [['Lou Gehrig’s disease', 'amyotrophic-lateral-sclerosis']]],
    ['motor neurone disease (British spelling)', [['motor neurone disease', 'motor-neuron-disease']]],
    ['a nerve-conduction study', [['nerve-conduction study', 'nerve-conduction-study']]],
    [
      'incobotulinumtoxin A (Xeomin)',
      [
        ['incobotulinumtoxin A', 'botulinum-toxin'],
        ['Xeomin', 'botulinum-toxin'],
      ],
    ],
    [
      'hypocalcaemia and hypomagnesaemia',
      [
        ['hypocalcaemia', 'hypocalcemia'],
        ['hypomagnesaemia', 'hypomagnesemia'],
      ],
    ],
    ['dehydrated muscles', [['dehydrated', 'dehydration']]],
    ['an MRI scan', [['MRI scan', 'magnetic-resonance-imaging']]],
  ])('%j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('the longest term wins', () => {
  it.each<[string, [string, string][]]>([
    [
      'Spinal muscular atrophy damages motor nerve cells.',
      [
        ['Spinal muscular atrophy', 'spinal-muscular-atrophy'],
        ['motor nerve cells', 'motor-neuron'],
      ],
    ],
    [
      'muscle atrophy, or atrophy for short',
      [
        ['muscle atrophy', 'muscle-atrophy'],
        ['atrophy', 'muscle-atrophy'],
      ],
    ],
    ['a vitamin B12 deficiency can', [['vitamin B12 deficiency', 'vitamin-b12-deficiency']]],
    ['acquired neuromyotonia', [['acquired neuromyotonia', 'isaacs-syndrome']]],
  ])('%j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });
});

describe('whole words only', () => {
  it.each([
    'electrolyteish drinks',
    'prefasciculation',
    'atrophying',
    'dysphagias2',
    'the vitamin B6 in bananas',
    'Isaac Newton and Lou Gehrig played well',
    'a twitch and a spasm',
  ])('%j has no highlight', (text) => {
    expect(highlighted(text)).toEqual([]);
  });
});

describe('abbreviations', () => {
  it('are highlighted next to their long form', () => {
    expect(highlighted('In multiple sclerosis (MS), nerves are damaged. MS is long-term.')).toEqual([
      ['multiple sclerosis', 'multiple-sclerosis'],
      ['MS', 'multiple-sclerosis'],
      ['MS', 'multiple-sclerosis'],
    ]);
  });

  it(`are highlighted on a page with ${HEALTH_CONTEXT_MIN_SIGNALS} distinct health terms`, () => {
    expect(highlighted('Fasciculation, dysphagia and atrophy were checked with EMG.')).toContainEqual([
      'EMG',
      'electromyography',
    ]);
  });

  it('need enough health context, on the page or in their own sentence', () => {
    expect(highlighted('Fasciculation is common. We stock EMG gear.')).toEqual([['Fasciculation', 'fasciculation']]);
    expect(highlighted('Fasciculation was checked with EMG.')).toEqual([
      ['Fasciculation', 'fasciculation'],
      ['EMG', 'electromyography'],
    ]);
  });

  it.each([
    'Als ich nach Hause kam, war es spät. als Kind',
    'Startup is 200 ms faster; we fixed MS Office and Microsoft Teams.',
    'Call ALS units for advanced life support after a seizure, fasciculation or dysphagia.',
    'The MS5611 barometer, MS-DOS, @MS and example.com/ALS',
    'The SMA connector and the simple moving average',
    'Patients with ALS often need help.',
  ])('%j: no abbreviation highlighted', (text) => {
    expect(
      highlighted(text).filter(([, id]) =>
        ['amyotrophic-lateral-sclerosis', 'multiple-sclerosis', 'spinal-muscular-atrophy'].includes(id),
      ),
    ).toEqual([]);
  });

  it('are never matched in the wrong case, even on a health page', () => {
    const page = 'Amyotrophic lateral sclerosis. Ms Smith, als, Als and mri.';
    expect(highlighted(page)).toEqual([['Amyotrophic lateral sclerosis', 'amyotrophic-lateral-sclerosis']]);
  });

  it('that are unambiguous need no context', () => {
    expect(highlighted('Book an MRI today.')).toEqual([['MRI', 'magnetic-resonance-imaging']]);
  });
});

describe('the index as bundled data', () => {
  it('finds nothing for keys every object has', () => {
    const restored = restoreTermIndex(JSON.parse(JSON.stringify(termIndexData(entries, contextWords))));
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(restored.resolve(key), key).toBeUndefined();
  });

  it('restores from JSON to an index that finds exactly the same highlights', () => {
    const restored = restoreTermIndex(JSON.parse(JSON.stringify(termIndexData(entries, contextWords))));
    const page = [
      'Multiple sclerosis (MS) and ALS; Isaac’s syndrome, nerve-conduction study, spinal muscular atrophy.',
      'Fasciculation, dysphagia and dysarthria after a stroke; EMG and a seizure. Startup is 20 ms; MS Office.',
    ].join('\n');
    const simplify = (found: ReturnType<typeof highlightsInText>) =>
      found.map(({ start, end, hit }) => [start, end, hit.entryId, hit.kind]);
    expect(simplify(highlightsInText(restored, page))).toEqual(simplify(highlightsInText(index, page)));
    expect(simplify(highlightsInText(restored, page)).length).toBeGreaterThan(10);
  });
});

describe('hits as shipped in the content script', () => {
  const cases: [TermHit, PackedHit][] = [
    [{ kind: 'term', entryId: 'fasciculation' }, 'fasciculation'],
    [{ kind: 'term', entryId: 'stroke', everyday: true }, '~stroke'],
    [
      { kind: 'abbreviation', entryId: 'multiple-sclerosis', abbreviation: 'MS', ambiguous: true },
      { kind: 'abbreviation', entryId: 'multiple-sclerosis', abbreviation: 'MS', ambiguous: true },
    ],
    [
      { kind: 'context', concept: 'twitching' },
      { kind: 'context', concept: 'twitching' },
    ],
    [
      { kind: 'other-meaning', abbreviations: ['MS'] },
      { kind: 'other-meaning', abbreviations: ['MS'] },
    ],
  ];

  it.each(cases)('packs %j as %j and back', (hit, packed) => {
    expect(packHit(hit)).toEqual(packed);
    expect(unpackHit(packHit(hit))).toEqual(hit);
  });

  it('resolves the same entries from the packed data as from the knowledge', () => {
    const restored = restoreTermIndex(JSON.parse(JSON.stringify(termIndexData(entries, contextWords))));
    for (const text of ['fasciculation', 'Fasciculations', 'ALS', 'MS', 'stroke', 'twitching', 'Microsoft']) {
      expect(restored.resolve(text), text).toEqual(index.resolve(text));
    }
    expect(restored.resolve('Fasciculation')).toEqual({ kind: 'term', entryId: 'fasciculation' });
  });
});
