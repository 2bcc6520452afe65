import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import checklistData from '../../knowledge/checklist.json';
import { ChecklistSchema, KnowledgeSchema, TIERS } from '../../knowledge/schema';
import termsData from '../../knowledge/terms.json';
import { caseKey } from '../../lib/text-keys';

const knowledge = v.parse(KnowledgeSchema, termsData);
const checklist = v.parse(ChecklistSchema, checklistData);

/** Terms named in the issue and in ../shared/seeds that must have an entry. */
const REQUIRED_TERMS = [
  'fasciculation',
  'benign fasciculation syndrome',
  'Isaacs syndrome',
  "Isaac's syndrome",
  "Isaacs' syndrome",
  'Issac syndrome',
  'neuromyotonia',
  'amyotrophic lateral sclerosis',
  "Lou Gehrig's disease",
  'motor neuron disease',
  'multiple sclerosis',
  'spasticity',
  'peripheral neuropathy',
  'radiculopathy',
  'pinched nerve',
  'herniated disc',
  'herniated disk',
  'muscular dystrophy',
  'spinal muscular atrophy',
  'myoclonus',
  'atrophy',
  'muscle spasm',
  'muscle cramp',
  'electrolytes',
  'hypocalcemia',
  'hypomagnesemia',
  'vitamin B12 deficiency',
  'vitamin B6 toxicity',
  'vitamin D deficiency',
  'electromyography',
  'nerve conduction study',
  'corticosteroids',
  'betamethasone',
  'prednisone',
  'muscle relaxants',
  'cyclobenzaprine',
  'carisoprodol',
  'anticonvulsants',
  'anti-anxiety drugs',
  'neuromuscular blockers',
  'botulinum toxin',
  'incobotulinumtoxinA',
  'rimabotulinumtoxinB',
  'dysphagia',
  'dysarthria',
  'lactic acid',
  'dehydration',
  'MRI scan',
  'CT scan',
];
const REQUIRED_ABBREVIATIONS = ['ALS', 'MS', 'EMG', 'SMA', 'MND', 'BFS', 'NCS'];

const allForms = knowledge.entries.flatMap((entry) =>
  [entry.term, ...entry.otherNames, ...entry.variants].map((form) => ({ form, id: entry.id })),
);

describe('knowledge/terms.json', () => {
  it('has at least 30 entries, in canonical (id) order', () => {
    expect(knowledge.entries.length).toBeGreaterThanOrEqual(30);
    const ids = knowledge.entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('has unique ids', () => {
    const ids = knowledge.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never gives two entries the same name, variant or other meaning', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (key: string, owner: string) => {
      const previous = owners.get(key);
      if (previous !== undefined && previous !== owner) clashes.push(`${key}: ${previous} and ${owner}`);
      owners.set(key, owner);
    };
    for (const { form, id } of allForms) claim(caseKey(form), id);
    for (const entry of knowledge.entries) {
      for (const abbreviation of entry.abbreviations) {
        claim(`abbreviation:${abbreviation.text}`, entry.id);
        for (const meaning of abbreviation.otherMeanings)
          claim(caseKey(meaning), `other meaning of ${abbreviation.text}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never repeats a form within an entry', () => {
    for (const entry of knowledge.entries) {
      const keys = [entry.term, ...entry.otherNames, ...entry.variants].map(caseKey);
      expect(new Set(keys).size, entry.id).toBe(keys.length);
    }
  });

  it('cites only https sources, with titles, and a review date on every entry', () => {
    for (const entry of knowledge.entries) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const source of entry.sources) expect(new URL(source.url).protocol, entry.id).toBe('https:');
      expect(entry.reviewed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps definitions to one or two sentences', () => {
    for (const entry of knowledge.entries) {
      const sentences = entry.definition.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, entry.id).toBeLessThanOrEqual(2);
    }
  });

  it('never claims to diagnose', () => {
    for (const entry of knowledge.entries) {
      const text = [entry.definition, entry.harmlessWhen, entry.seeDoctorIf].join(' ').toLowerCase();
      expect(text, entry.id).not.toMatch(/\byou have (als|ms|a disease)\b|\bdiagnos(e|is) (you|yourself)\b/);
    }
  });

  it.each(REQUIRED_TERMS)('covers %j', (term) => {
    expect(allForms.map(({ form }) => caseKey(form))).toContain(caseKey(term));
  });

  it.each(REQUIRED_ABBREVIATIONS)('covers the abbreviation %s, marked ambiguous', (text) => {
    const abbreviation = knowledge.entries.flatMap((entry) => entry.abbreviations).find((a) => a.text === text);
    expect(abbreviation?.ambiguous).toBe(true);
  });
});

describe('knowledge/checklist.json', () => {
  it('has unique ids and items in every tier', () => {
    const ids = checklist.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tier of TIERS)
      expect(
        checklist.items.some((item) => item.tier === tier),
        tier,
      ).toBe(true);
  });

  it('cites an https source for every item', () => {
    for (const item of checklist.items) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const source of item.sources) expect(new URL(source.url).protocol, item.id).toBe('https:');
    }
  });

  it.each([
    ['emergency', /one side of the body/],
    ['emergency', /slurred/],
    ['emergency', /passing out/i],
    ['emergency', /high fever/i],
    ['emergency', /move a part of the body/],
    ['emergency', /pulse/],
    ['emergency', /botulinum/],
    ['emergency', /seizure/],
    ['soon', /more than 2 weeks/],
    ['soon', /several places/],
    ['soon', /weakness/],
    ['soon', /swallowing/],
    ['soon', /numbness or tingling/i],
    ['harmless', /caffeine/],
  ] as const)('has a %s item matching %s (from the seeds)', (tier, pattern) => {
    expect(checklist.items.some((item) => item.tier === tier && pattern.test(item.text))).toBe(true);
  });
});

describe('schemas', () => {
  const valid = knowledge.entries[0];
  it.each([
    ['an http source', { sources: [{ title: 'x', url: 'http://example.org/' }] }],
    ['no source', { sources: [] }],
    ['a bad id', { id: 'Not Kebab' }],
    ['a bad date', { reviewed: '21/11/2026' }],
    ['an unknown category', { category: 'gossip' }],
    ['a lowercase abbreviation', { abbreviations: [{ text: 'als', ambiguous: true, otherMeanings: [] }] }],
    ['an unknown field', { extra: true }],
  ])('rejects an entry with %s', (_, change) => {
    expect(v.safeParse(KnowledgeSchema, { entries: [{ ...valid, ...change }] }).success).toBe(false);
  });
});
