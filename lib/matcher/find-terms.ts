/**
 * Finding terms in one run of text (a paragraph, a list item), and deciding
 * which of them to highlight once the whole page has been seen.
 */
import type { TermHit, TermIndex } from './term-index';

export interface Candidate {
  /** Offset of the first character, within the text searched. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  readonly hit: TermHit;
}

/** Candidates that are highlighted: terms and abbreviations, never other meanings. */
export type Highlight = Candidate & { readonly hit: Exclude<TermHit, { kind: 'other-meaning' }> };

/**
 * An abbreviation glued to a path, file name, handle or part number
 * ("example.com/ALS", "MS-DOS", "@MS", "MS.Office") is not the medical one.
 */
const GLUED_BEFORE = /[./@#\\_-]/u;
const GLUED_AFTER = /^[./@\\_-][\p{L}\p{N}]/u;

/** Every term, abbreviation and other meaning in `text`, left to right, longest first. */
export function findCandidates(index: TermIndex, text: string): Candidate[] {
  const { pattern } = index;
  const found: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const hit = index.resolve(match[0]);
    if (!hit) continue;
    if (hit.kind === 'abbreviation' && isGlued(text, start, end)) continue;
    found.push({ start, end, hit });
  }
  return found;
}

function isGlued(text: string, start: number, end: number): boolean {
  return GLUED_BEFORE.test(text.charAt(start - 1)) || GLUED_AFTER.test(text.slice(end, end + 2));
}

/**
 * What the page as a whole says about itself: which entries appear written out
 * in full, and which abbreviations it uses in another sense.
 */
export interface PageTally {
  readonly entriesInFull: Set<string>;
  readonly otherMeanings: Set<string>;
}

export function createTally(): PageTally {
  return { entriesInFull: new Set(), otherMeanings: new Set() };
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
    }
  }
  return changed;
}

/**
 * Distinct health terms, written in full, that make a page "about health" for
 * ambiguous abbreviations and everyday words. Three, so one stray "atrophy" or
 * "dysphagia" in a software changelog is not enough.
 */
export const HEALTH_CONTEXT_MIN_TERMS = 3;

/** Hits that depend on what the rest of the page says: ambiguous abbreviations and everyday words. */
export type ContextualHit =
  | Extract<TermHit, { kind: 'abbreviation' }>
  | (Extract<TermHit, { kind: 'term' }> & { readonly everyday: true });

export function isContextual(hit: TermHit): hit is ContextualHit {
  return (hit.kind === 'abbreviation' && hit.ambiguous) || (hit.kind === 'term' && hit.everyday);
}

/**
 * Whether a hit is highlighted, given what the whole page says. An ambiguous
 * abbreviation needs its long form on the page ("multiple sclerosis (MS)"),
 * or a page plainly about health that does not use it in another sense; an
 * everyday word ("stroke") needs a page about health.
 */
export function isHighlightAllowed(hit: TermHit, tally: PageTally): boolean {
  if (hit.kind === 'other-meaning') return false;
  if (!isContextual(hit)) return true;
  if (tally.entriesInFull.has(hit.entryId)) return true;
  if (hit.kind === 'abbreviation' && tally.otherMeanings.has(hit.abbreviation)) return false;
  return tally.entriesInFull.size >= HEALTH_CONTEXT_MIN_TERMS;
}

export function selectHighlights(candidates: readonly Candidate[], tally: PageTally): Highlight[] {
  return candidates.filter((candidate): candidate is Highlight => isHighlightAllowed(candidate.hit, tally));
}

/** The highlights in a text that stands alone (a whole page's text, a test sentence). */
export function highlightsInText(index: TermIndex, text: string): Highlight[] {
  const candidates = findCandidates(index, text);
  const tally = createTally();
  addToTally(tally, candidates);
  return selectHighlights(candidates, tally);
}
