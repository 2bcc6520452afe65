/**
 * Finding terms in one run of text (a paragraph, a list item), and deciding
 * which of them to highlight once the whole page has been seen.
 */
import { localSense } from './abbreviation-sense';
import type { TermHit, TermIndex } from './term-index';

export interface Candidate {
  /** Offset of the first character, within the text searched. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  readonly hit: TermHit;
  /** An ambiguous abbreviation whose own sentence shows it is the medical one. */
  readonly local?: 'health';
}

type HighlightedHit = Extract<TermHit, { kind: 'term' | 'abbreviation' }>;

/** Candidates that are highlighted: terms and abbreviations, never other meanings or context words. */
export type Highlight = Candidate & { readonly hit: HighlightedHit };

/**
 * An abbreviation glued to a path, file name, handle or part number
 * ("example.com/ALS", "MS-DOS", "@MS", "MS.Office") is not the medical one.
 */
const GLUED_BEFORE = /[./@#\\_-]/u;
const GLUED_AFTER = /^[./@\\_-][\p{L}\p{N}]/u;

/**
 * Every term, abbreviation, other meaning and context word in `text`, left to
 * right, longest first. Each ambiguous abbreviation is read in its sentence:
 * dropped where the words around it give another sense away, turned into an
 * other meaning where the text defines it as something else, marked `local`
 * where its sentence is about health.
 */
export function findCandidates(index: TermIndex, text: string): Candidate[] {
  const { pattern } = index;
  const searched = index.searchable(text);
  const found: Candidate[] = [];
  let ambiguous = false;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(searched); match !== null; match = pattern.exec(searched)) {
    const start = match.index;
    const end = start + match[0].length;
    const hit = index.resolve(match[0]);
    if (!hit) continue;
    if (hit.kind === 'abbreviation' && isGlued(text, start, end)) continue;
    if (hit.kind === 'abbreviation' && hit.ambiguous) ambiguous = true;
    found.push({ start, end, hit });
  }
  if (!ambiguous) return found;
  return found.flatMap((candidate): Candidate[] => {
    const { hit } = candidate;
    if (hit.kind !== 'abbreviation' || !hit.ambiguous) return [candidate];
    switch (localSense(index, text, { ...candidate, hit }, found)) {
      case 'other':
        return [];
      case 'defined-other':
        return [{ ...candidate, hit: { kind: 'other-meaning', abbreviations: [hit.abbreviation] } }];
      case 'health':
        return [{ ...candidate, local: 'health' }];
      default:
        return [candidate];
    }
  });
}

function isGlued(text: string, start: number, end: number): boolean {
  return GLUED_BEFORE.test(text.charAt(start - 1)) || GLUED_AFTER.test(text.slice(end, end + 2));
}

/**
 * What the page as a whole says about itself: which entries appear written out
 * in full, which abbreviations it uses in another sense, and which health
 * context words (twitching, neurologist, symptoms) it uses.
 */
export interface PageTally {
  readonly entriesInFull: Set<string>;
  readonly otherMeanings: Set<string>;
  readonly contextConcepts: Set<string>;
}

export function createTally(): PageTally {
  return { entriesInFull: new Set(), otherMeanings: new Set(), contextConcepts: new Set() };
}

/** Adds what `candidates` show about the page; returns true if that could change decisions. */
export function addToTally(tally: PageTally, candidates: readonly Candidate[]): boolean {
  let changed = false;
  for (const { hit } of candidates) {
    if (hit.kind === 'term' && !hit.everyday && !tally.entriesInFull.has(hit.entryId)) {
      tally.entriesInFull.add(hit.entryId);
      changed = true;
    } else if (hit.kind === 'other-meaning') {
      for (const abbreviation of hit.abbreviations) {
        if (!tally.otherMeanings.has(abbreviation)) {
          tally.otherMeanings.add(abbreviation);
          changed = true;
        }
      }
    } else if (hit.kind === 'context' && !tally.contextConcepts.has(hit.concept)) {
      tally.contextConcepts.add(hit.concept);
      changed = true;
    }
  }
  return changed;
}

/**
 * Distinct signals (health terms written in full, health context words) that
 * make a page "about health" for ambiguous abbreviations and everyday words.
 * Three, so one stray "atrophy" in a software changelog, or "symptoms" and
 * "doctor" in a bug report, is not enough; a forum thread that says twitching,
 * neuro and symptoms is.
 */
export const HEALTH_CONTEXT_MIN_SIGNALS = 3;

function isAboutHealth(tally: PageTally): boolean {
  return tally.entriesInFull.size + tally.contextConcepts.size >= HEALTH_CONTEXT_MIN_SIGNALS;
}

/** Hits that depend on what the rest of the page says: ambiguous abbreviations and everyday words. */
export type ContextualHit =
  | Extract<TermHit, { kind: 'abbreviation' }>
  | (Extract<TermHit, { kind: 'term' }> & { readonly everyday: true });

export function isContextual(hit: TermHit): hit is ContextualHit {
  return (hit.kind === 'abbreviation' && hit.ambiguous) || (hit.kind === 'term' && hit.everyday === true);
}

/**
 * Whether a candidate is highlighted, given what the whole page says. An
 * ambiguous abbreviation needs its long form on the page ("multiple sclerosis
 * (MS)"), or, on a page that does not use it in another sense, a sentence or
 * a page about health; an everyday word ("stroke") needs a page about health.
 * (Occurrences whose own words show another sense never get this far.)
 */
export function isHighlightAllowed(candidate: Candidate, tally: PageTally): boolean {
  const { hit } = candidate;
  if (hit.kind === 'other-meaning' || hit.kind === 'context') return false;
  if (!isContextual(hit)) return true;
  if (tally.entriesInFull.has(hit.entryId)) return true;
  if (hit.kind === 'abbreviation' && tally.otherMeanings.has(hit.abbreviation)) return false;
  return candidate.local === 'health' || isAboutHealth(tally);
}

export function selectHighlights(candidates: readonly Candidate[], tally: PageTally): Highlight[] {
  return candidates.filter((candidate): candidate is Highlight => isHighlightAllowed(candidate, tally));
}
