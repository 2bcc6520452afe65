import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { createContextRetry } from '../../lib/core/matcher/context-retry';
import { addToTally, createTally, findCandidates, type PageTally } from '../../lib/core/matcher/find-terms';
import { buildTermIndex } from '../../lib/core/matcher/term-index';

const index = buildTermIndex(entries, contextWords);

/** Reads `blocks` in order as a page does: each adds to the tally; returns what is to be read again after each. */
function readPage(blocks: string[]): string[][] {
  const retry = createContextRetry<string>();
  const tally: PageTally = createTally();
  return blocks.map((text) => {
    const candidates = findCandidates(index, text);
    addToTally(tally, candidates);
    for (const candidate of candidates) retry.noteIfUnsupported(candidate, tally, text);
    return retry.placesToReread(tally);
  });
}

describe('createContextRetry', () => {
  it.each<[string, string[], string[][]]>([
    [
      'an abbreviation before the page shows it is about health is read again once it does',
      [
        'My sister has MS.',
        'The neurologist did an EMG and a nerve conduction study for her fasciculations and numbness.',
      ],
      [[], ['My sister has MS.']],
    ],
    [
      'each place is read again only once',
      [
        'My sister has MS.',
        'The neurologist did an EMG and a nerve conduction study for her fasciculations and numbness.',
        'Her doctor says MS and fasciculation are different things.',
      ],
      [[], ['My sister has MS.'], []],
    ],
    [
      'a page that never becomes about health reads nothing again',
      ['My sister has MS.', 'She works at MS Office support.'],
      [[], []],
    ],
    [
      'words with no need of context are never held back',
      ['Fasciculation is a small twitch.', 'Electromyography tests the muscles.'],
      [[], []],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(readPage(blocks)).toEqual(expected);
  });

  it('forgets what it held when the page is read afresh', () => {
    const retry = createContextRetry<string>();
    const tally = createTally();
    const early = findCandidates(index, 'My sister has MS.');
    addToTally(tally, early);
    for (const candidate of early) retry.noteIfUnsupported(candidate, tally, 'early');
    retry.forget();
    addToTally(
      tally,
      findCandidates(index, 'The neurologist did an EMG and a nerve conduction study for her fasciculations.'),
    );
    expect(retry.placesToReread(tally)).toEqual([]);
  });
});
