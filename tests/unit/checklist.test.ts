import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../knowledge/schema';
import { groupByTier, urgencyOf } from '../../lib/core/checklist';

const source = [{ title: 'NHS', url: 'https://www.nhs.uk/' }];
const items: ChecklistItem[] = [
  { id: 'h1', tier: 'harmless', text: 'after coffee', sources: source },
  { id: 's1', tier: 'soon', text: 'two weeks', sources: source },
  { id: 'e1', tier: 'emergency', text: 'one side', sources: source },
  { id: 's2', tier: 'soon', text: 'weakness', sources: source },
];

describe('groupByTier', () => {
  it('puts the most urgent group first and keeps item order', () => {
    expect(groupByTier(items).map(({ tier, items: group }) => [tier, group.map((item) => item.id)])).toEqual([
      ['emergency', ['e1']],
      ['soon', ['s1', 's2']],
      ['harmless', ['h1']],
    ]);
  });
});

describe('urgencyOf', () => {
  it.each<[string[], string | undefined]>([
    [[], undefined],
    [['h1'], 'harmless'],
    [['h1', 's2'], 'soon'],
    [['s1', 'e1', 'h1'], 'emergency'],
    [['unknown'], undefined],
  ])('%j -> %s', (ticked, expected) => {
    expect(urgencyOf(items, new Set(ticked))).toBe(expected);
  });
});
