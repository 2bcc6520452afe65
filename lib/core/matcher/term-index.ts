/**
 * The term index: every way of writing every entry, compiled once into ONE
 * regular expression plus a lookup table from matched text to entry.
 *
 * The expression is a trie (common prefixes shared), so the engine tests each
 * position of the text once instead of once per term, and greedy optional
 * branches make the longest term win at any position ("spinal muscular
 * atrophy" beats "atrophy"). It is case-insensitive; the lookup then applies
 * the case rule for abbreviations ("ALS" yes, "als" and "Als" no).
 *
 * The pattern and tables are plain data (`TermIndexData`), computed from the
 * knowledge at build time; a page only restores them.
 */
import type { AbbreviationUse, Category, ContextWords, TermForms } from '../../../knowledge/schema';
import { accentKey, caseKey, characterPattern, typographyKey, withoutAccents } from '../text-keys';

/** What a piece of matched text stands for. */
export type TermHit =
  /**
   * `everyday`: a form that is also an everyday word ("stroke"), highlighted only on health
   * pages; left out when false, as the index ships in the content script.
   */
  | { readonly kind: 'term'; readonly entryId: string; readonly everyday?: true }
  | {
      readonly kind: 'abbreviation';
      readonly entryId: string;
      readonly abbreviation: string;
      readonly ambiguous: boolean;
      /** Everyday uses the words around an occurrence can give away (a unit, a degree, a US state). */
      readonly otherUses?: readonly AbbreviationUse[];
    }
  /** A phrase that shows the page means something else by an abbreviation ("Microsoft" for MS). */
  | { readonly kind: 'other-meaning'; readonly abbreviations: readonly string[] }
  /** A word that shows the text is about health (twitching, neurologist), never highlighted itself. */
  | { readonly kind: 'context'; readonly concept: string };

export interface TermIndex {
  /** Global pattern; callers reset `lastIndex` before use, and run it on `searchable(text)`. */
  readonly pattern: RegExp;
  /** The text as the pattern reads it: the same, or without accents for an accent-insensitive index (same length). */
  searchable(text: string): string;
  /** The entry (or other meaning) a matched piece of text stands for, if any. */
  resolve(matchedText: string): TermHit | undefined;
  /** The kind of an entry (conditions, symptoms…), for the person's choice of what to highlight. */
  categoryOf(entryId: string): Category | undefined;
}

/**
 * The index as plain data: built from the knowledge at build time and
 * bundled into the content script, so a page only pays for `restoreTermIndex`.
 */
export interface TermIndexData {
  source: string;
  flags: string;
  /**
   * Each distinct hit once: most forms of an entry share one (the data ships in the content
   * script). A plain term is packed as its entry id (`~` before it: an everyday form).
   */
  hits: PackedHit[];
  /** Abbreviations, by their exact (case-sensitive) text: the index of their hit. */
  byExactText: Record<string, number>;
  /**
   * Names, variants, other meanings and context words: for each hit (same index as `hits`),
   * its case-insensitive keys joined by KEY_SEPARATOR (a third of the size of a key-to-index table).
   */
  keysOfHit: string[];
  /** The entry ids of each category, rather than a category per form or per entry (the data ships in the content script). */
  categories: Partial<Record<Category, string[]>>;
  /** Accents do not count (a Spanish index: "fasciculacion" is "fasciculación"); the keys are accent-folded. */
  foldAccents?: true;
}

export interface TermIndexOptions {
  /** Match with or without acute accents and diaeresis: writers of the language often leave them out. */
  foldAccents?: boolean;
}

/** A hit as shipped: plain terms, most of the hits, as a bare entry id (7 KB less content script). */
export type PackedHit = string | TermHit;

const EVERYDAY_MARK = '~';
/** Distinct matched texts remembered with their resolution. */
const RESOLVED_CACHE_SIZE = 4096;
const KEY_SEPARATOR = '|';

export function packHit(hit: TermHit): PackedHit {
  if (hit.kind !== 'term') return hit;
  return hit.everyday ? `${EVERYDAY_MARK}${hit.entryId}` : hit.entryId;
}

export function unpackHit(packed: PackedHit): TermHit {
  if (typeof packed !== 'string') return packed;
  return packed.startsWith(EVERYDAY_MARK)
    ? { kind: 'term', entryId: packed.slice(EVERYDAY_MARK.length), everyday: true }
    : { kind: 'term', entryId: packed };
}

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

/**
 * Letters and digits of the scripts health pages are written in. A term must
 * not touch one on either side ("ALS" in "FALSE" is not a term). Listed rather
 * than \p{L}: a Unicode-aware pattern this size takes twice as long to compile.
 */
const WORD_CHAR =
  '[0-9A-Za-z_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';
const WORD_BEFORE = `(?<!${WORD_CHAR})`;
const WORD_AFTER = `(?!${WORD_CHAR})`;

export function buildTermIndex(
  entries: readonly TermForms[],
  contextWords: ContextWords,
  options: TermIndexOptions = {},
): TermIndex {
  return restoreTermIndex(termIndexData(entries, contextWords, options));
}

export function restoreTermIndex(data: TermIndexData): TermIndex {
  const categories = new Map<string, Category>();
  for (const [category, ids] of Object.entries(data.categories) as [Category, string[]][])
    for (const id of ids) categories.set(id, category);
  // Nothing is copied at start-up (most pages have no term): abbreviations are looked up in place,
  // the case-insensitive keys go into a Map when the pattern first matches, and hits are unpacked
  // when first matched, once each.
  const hits: (TermHit | undefined)[] = [];
  const hitAt = (index: number) => {
    let hit = hits[index];
    if (!hit) {
      const packed = data.hits[index];
      if (packed === undefined) return undefined;
      hit = unpackHit(packed);
      hits[index] = hit;
    }
    return hit;
  };
  const lookUp = (table: Record<string, number>, key: string) =>
    Object.hasOwn(table, key) ? hitAt(table[key] as number) : undefined;
  let byCase: Map<string, number> | undefined;
  const caseLookUp = (key: string) => {
    if (!byCase) {
      byCase = new Map();
      for (const [index, keys] of data.keysOfHit.entries()) {
        if (keys) for (const one of keys.split(KEY_SEPARATOR)) byCase.set(one, index);
      }
    }
    const index = byCase.get(key);
    return index === undefined ? undefined : hitAt(index);
  };
  // A page repeats its words: the same matched text is resolved once (two normalisations and two
  // look-ups saved per repeat; a 2 MB page has ~14,000 matches of a few hundred texts).
  const resolved = new Map<string, TermHit | undefined>();
  const keyOf = data.foldAccents ? accentKey : caseKey;
  return {
    pattern: new RegExp(data.source, data.flags),
    searchable: data.foldAccents ? withoutAccents : (text) => text,
    resolve(matchedText) {
      if (resolved.has(matchedText)) return resolved.get(matchedText);
      const hit = lookUp(data.byExactText, typographyKey(matchedText)) ?? caseLookUp(keyOf(matchedText));
      // Bounded, so a hostile page of endless distinct matches cannot grow it without end.
      if (resolved.size >= RESOLVED_CACHE_SIZE) resolved.clear();
      resolved.set(matchedText, hit);
      return hit;
    },
    categoryOf: (entryId) => categories.get(entryId),
  };
}

export function termIndexData(
  entries: readonly TermForms[],
  contextWords: ContextWords,
  { foldAccents = false }: TermIndexOptions = {},
): TermIndexData {
  const keyOf = foldAccents ? accentKey : caseKey;
  const byCase = new Map<string, TermHit>();
  const byExactText = new Map<string, TermHit>();
  const otherMeanings = new Map<string, string[]>();
  const trie: TrieNode = { terminal: false, children: new Map() };

  for (const entry of entries) {
    const everyday = new Set(entry.everydayForms.map(keyOf));
    for (const form of [entry.term, ...entry.otherNames, ...entry.variants]) {
      const key = keyOf(form);
      byCase.set(key, { kind: 'term', entryId: entry.id, ...(everyday.has(key) ? { everyday: true } : {}) });
      insert(trie, key);
    }
    for (const abbreviation of entry.abbreviations) {
      byExactText.set(typographyKey(abbreviation.text), {
        kind: 'abbreviation',
        entryId: entry.id,
        abbreviation: abbreviation.text,
        ambiguous: abbreviation.ambiguous,
        ...(abbreviation.otherUses?.length ? { otherUses: abbreviation.otherUses } : {}),
      });
      insert(trie, keyOf(abbreviation.text));
      for (const phrase of abbreviation.otherMeanings) {
        const key = keyOf(phrase);
        otherMeanings.set(key, [...(otherMeanings.get(key) ?? []), abbreviation.text]);
        insert(trie, key);
      }
    }
  }
  for (const [key, abbreviations] of otherMeanings) {
    if (!byCase.has(key)) byCase.set(key, { kind: 'other-meaning', abbreviations });
  }
  for (const { id, forms } of contextWords.concepts) {
    for (const form of forms) {
      const key = keyOf(form);
      if (byCase.has(key)) continue;
      byCase.set(key, { kind: 'context', concept: id });
      insert(trie, key);
    }
  }
  const categories: Partial<Record<Category, string[]>> = {};
  for (const entry of entries) {
    const ids = categories[entry.category] ?? [];
    ids.push(entry.id);
    categories[entry.category] = ids;
  }
  const hits: PackedHit[] = [];
  const hitIndex = new Map<string, number>();
  const intern = (table: Map<string, TermHit>) =>
    Object.fromEntries(
      [...table].map(([key, hit]) => {
        const shape = JSON.stringify(hit);
        let index = hitIndex.get(shape);
        if (index === undefined) {
          index = hits.push(packHit(hit)) - 1;
          hitIndex.set(shape, index);
        }
        return [key, index];
      }),
    );
  const byExactIndex = intern(byExactText);
  const keysOfHit: string[] = [];
  for (const [key, index] of Object.entries(intern(byCase))) {
    if (key.includes(KEY_SEPARATOR)) throw new Error(`A form contains "${KEY_SEPARATOR}": ${key}`);
    keysOfHit[index] = keysOfHit[index] ? `${keysOfHit[index]}${KEY_SEPARATOR}${key}` : key;
  }
  return {
    source: `${WORD_BEFORE}${trieSource(trie)}${WORD_AFTER}`,
    flags: 'gi',
    byExactText: byExactIndex,
    keysOfHit: Array.from(hits, (_, index) => keysOfHit[index] ?? ''),
    hits,
    categories,
    ...(foldAccents ? { foldAccents: true as const } : {}),
  };
}

function insert(trie: TrieNode, key: string): void {
  let node = trie;
  for (const char of key) {
    let child = node.children.get(char);
    if (!child) {
      child = { terminal: false, children: new Map() };
      node.children.set(char, child);
    }
    node = child;
  }
  node.terminal = true;
}

/** Greedy optional groups try the longer continuation first, so the longest term wins. */
function trieSource(node: TrieNode): string {
  const branches = [...node.children].map(([char, child]) => characterPattern(char) + trieSource(child));
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  return node.terminal ? `(?:${alternation})?` : alternation;
}
