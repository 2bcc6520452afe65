import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { highlightsInText } from '../helpers/highlights-in-text';

const index = buildTermIndex(entries, contextWords);

/**
 * A health article around the sentence under test, so the page as a whole is
 * about health: any occurrence left unhighlighted was decided by its own words.
 */
const ARTICLE = 'Fasciculation is common. Dysphagia and muscle atrophy need a doctor. ';

/** The abbreviations highlighted in `text`, as [text, entry id] pairs in order. */
function abbreviationsIn(text: string): [string, string][] {
  return highlightsInText(index, text)
    .filter(({ hit }) => hit.kind === 'abbreviation')
    .map(({ start, end, hit }) => [text.slice(start, end), hit.entryId]);
}

type Case = [sentence: string, expected: [string, string][]];

/** Each pattern both ways: sentences where the letters mean something else, and sentences where they are the disease. */
const PATTERNS: [pattern: string, cases: Case[]][] = [
  [
    'a degree after a name in a byline',
    [
      ['Medically reviewed by Jordan Reyes, MS, CNS — Written by Lana Burgess.', []],
      ['Reviewed by Priya Natarajan, MD, MS on May 2, 2025.', []],
      ['Written by Sam Ortiz, MS', []],
      ['Sam Ortiz, MS, RD | Updated May 2', []],
      [
        'Fatigue, MS and ALS can all cause weakness.',
        [
          ['MS', 'multiple-sclerosis'],
          ['ALS', 'amyotrophic-lateral-sclerosis'],
        ],
      ],
      [
        'Conditions such as Parkinson’s disease, MS, and ALS are rare causes.',
        [
          ['MS', 'multiple-sclerosis'],
          ['ALS', 'amyotrophic-lateral-sclerosis'],
        ],
      ],
    ],
  ],
  [
    'a US state in an address',
    [
      ['North Mississippi Medical Center, 830 S Gloster St, Tupelo, MS 38801.', []],
      ['Our clinic: 1200 Main Street, Jackson, MS 39201-1234', []],
      ['Mail us in Oxford, MS, USA.', []],
      ['She moved to Jackson after MS was found on her scan.', [['MS', 'multiple-sclerosis']]],
    ],
  ],
  [
    'a dose or unit after a number',
    [
      ['Take one 250 MG tablet twice a day.', []],
      ['Magnesium glycinate, 400 MG per serving (2 capsules).', []],
      ['Each dose is 2 x 500 MG with food.', []],
      ['The reflex delay was 200 MS on the left.', []],
      ['MG makes the eyelids droop by evening.', [['MG', 'myasthenia-gravis']]],
      ['Ocular MG affects only the eye muscles.', [['MG', 'myasthenia-gravis']]],
    ],
  ],
  [
    'chat shorthand and shouting',
    [
      ['PLS reply, my calf has not stopped for a week.', []],
      ['Any ideas? Help PLS.', []],
      ['I THINK I HAVE ALS PLEASE HELP ME', []],
      ['MY NEURO SAID IT IS NOT MS', []],
      [
        'My neuro ruled out PLS and ALS after the exam.',
        [
          ['PLS', 'primary-lateral-sclerosis'],
          ['ALS', 'amyotrophic-lateral-sclerosis'],
        ],
      ],
      ['I think I have ALS, please help, my calves twitch all day.', [['ALS', 'amyotrophic-lateral-sclerosis']]],
    ],
  ],
  [
    'a product or brand name',
    [
      ['I drew the chart in MS Paint and sent it from MS Outlook.', []],
      ['The MG ZS and MG HS are popular cars.', []],
      ['A bottle of CK One was on the shelf.', []],
      ['My guitar has EMG 81 pickups.', []],
      ['An EMG of the calf was normal.', [['EMG', 'electromyography']]],
      ['His CK was a little high after the gym.', [['CK', 'creatine-kinase']]],
    ],
  ],
  [
    'an expansion in parentheses',
    [
      ['Paramedics give advanced life support (ALS) on the way.', []],
      ['ALS (advanced life support) crews carry more drugs.', []],
      ['The 50-day SMA (simple moving average) fell.', []],
      ['EMG (Emerald Media Group) bought the paper.', []],
      ['Emerald Media Group (EMG) bought the paper.', []],
      ['ALS (amyotrophic lateral sclerosis) is rare.', [['ALS', 'amyotrophic-lateral-sclerosis']]],
      ['Spinal muscular atrophy (SMA) affects children.', [['SMA', 'spinal-muscular-atrophy']]],
      ['Her nerve conduction velocity (NCV) was normal.', [['NCV', 'nerve-conduction-study']]],
      ['Muscle twitching clinic guide (MTCG) and EMG basics.', [['EMG', 'electromyography']]],
      ['The EMG (electrical muscle graph) showed fasciculations.', [['EMG', 'electromyography']]],
    ],
  ],
];

describe('each occurrence is read in its own sentence', () => {
  describe.each(PATTERNS)('%s', (_, cases) => {
    it.each(cases)('%j', (sentence, expected) => {
      expect(abbreviationsIn(`${ARTICLE}${sentence}`)).toEqual(expected);
    });
  });
});

describe('forum threads that write only abbreviations', () => {
  it.each<Case>([
    [
      'neuro thinks it’s BFS, EMG next week, still scared of ALS',
      [
        ['BFS', 'benign-fasciculation-syndrome'],
        ['EMG', 'electromyography'],
        ['ALS', 'amyotrophic-lateral-sclerosis'],
      ],
    ],
    ['Twitching for 3 months now and my CK came back normal', [['CK', 'creatine-kinase']]],
    [
      'Had my NCS and EMG today, doctor says clean',
      [
        ['NCS', 'nerve-conduction-study'],
        ['EMG', 'electromyography'],
      ],
    ],
    ['GP thinks MND is very unlikely but referred me to a neurologist', [['MND', 'motor-neuron-disease']]],
  ])('%j: highlighted by its own words', (post, expected) => {
    expect(abbreviationsIn(post)).toEqual(expected);
  });

  it('are about health as a whole when they use health words, though no term is written out', () => {
    const thread = [
      'Been twitching in both calves since March.',
      'Saw a neuro last week, full strength on exam.',
      'Symptoms are worse when I drink coffee.',
      'Still scared of ALS.',
    ].join(' ');
    expect(abbreviationsIn(thread)).toEqual([['ALS', 'amyotrophic-lateral-sclerosis']]);
    // The same last sentence on its own has nothing around it to go on.
    expect(abbreviationsIn('Still scared of ALS.')).toEqual([]);
  });

  it('are not about health for two stray health words in a bug report', () => {
    expect(
      abbreviationsIn('Run flutter doctor to see the symptoms of a broken setup. The SMA of build times fell.'),
    ).toEqual([]);
  });
});

describe('the page still decides what a sentence leaves open', () => {
  it('keeps the page’s other meaning over a sentence with health words', () => {
    const page = 'Our ALS units give advanced life support. ALS crews check symptoms on the way.';
    expect(abbreviationsIn(page)).toEqual([]);
  });

  it('keeps the long form on the page over an expansion elsewhere', () => {
    const page =
      'Amyotrophic lateral sclerosis is rare. Paramedics give advanced life support (ALS). Most ALS is not inherited.';
    expect(abbreviationsIn(page)).toEqual([['ALS', 'amyotrophic-lateral-sclerosis']]);
  });

  it('treats an expansion as holding for the rest of a page without the long form', () => {
    const page = 'Fasciculation, dysphagia, atrophy. The SMA (simple moving average) fell. The SMA rose again.';
    expect(abbreviationsIn(page)).toEqual([]);
  });
});
