/**
 * Words that need a page about health (abbreviations such as "MS", everyday
 * words such as "stroke") are not highlighted until the page has shown it is
 * one. This remembers the ones passed over, with the places they were seen,
 * and says which places to read again once the page's tally supports them.
 * Pure: a place is whatever the caller reads again (the page layer: a block).
 */
import { type Candidate, type ContextualHit, isContextual, isHighlightAllowed, type PageTally } from './find-terms';

export interface ContextRetry<Place> {
  /** Notes `candidate`, seen in `place`, if it needs context the tally does not give yet. */
  noteIfUnsupported(candidate: Candidate, tally: PageTally, place: Place): void;
  /** The places whose passed-over words the tally now allows, each once; they are forgotten. */
  placesToReread(tally: PageTally): Place[];
  /** Forgets everything (the page is highlighted afresh). */
  forget(): void;
}

export function createContextRetry<Place>(): ContextRetry<Place> {
  /** Keyed by the abbreviation (all its entries wait for the same context) or the entry. */
  let waiting = new Map<string, { candidate: Candidate & { hit: ContextualHit }; places: Set<Place> }>();
  return {
    noteIfUnsupported(candidate, tally, place) {
      const { hit } = candidate;
      if (!isContextual(hit) || isHighlightAllowed(candidate, tally)) return;
      const key = hit.kind === 'abbreviation' ? hit.abbreviation : hit.entryId;
      const entry = waiting.get(key) ?? { candidate: { ...candidate, hit }, places: new Set<Place>() };
      entry.places.add(place);
      waiting.set(key, entry);
    },
    placesToReread(tally) {
      const places = new Set<Place>();
      for (const [key, { candidate, places: seenIn }] of waiting) {
        if (!isHighlightAllowed(candidate, tally)) continue;
        waiting.delete(key);
        for (const place of seenIn) places.add(place);
      }
      return [...places];
    },
    forget() {
      waiting = new Map();
    },
  };
}
