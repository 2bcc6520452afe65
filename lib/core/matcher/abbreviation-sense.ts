/**
 * What the words around one occurrence of an ambiguous abbreviation say it
 * means. Pages defeat a page-level rule both ways: an article about multiple
 * sclerosis has a reviewer's "MS" degree in its byline and an address in
 * Mississippi; a forum thread about twitching writes only "BFS", "EMG" and
 * "ALS". So each occurrence is read in its sentence first:
 *
 * - `other`: the text shows another sense right here: a dose or unit
 *   ("250 MG tablets"), a degree after a name ("Jordan Reyes, MS, CNS"), a US
 *   state before a ZIP code ("Tupelo, MS 38801"), shouting, or another meaning
 *   named in the same sentence ("Microsoft").
 * - `defined-other`: the text defines the abbreviation as something else in
 *   parentheses ("simple moving average (SMA)", "EMG (Emerald Media Group)");
 *   like a definition in a paper, that holds for the rest of the page. An
 *   expansion known only by its initials gives way to a sentence about health.
 * - `health`: the same sentence names a health term or uses words that only
 *   health writing uses (twitching, neurologist, symptoms, diagnosed).
 * - undefined: the sentence says nothing either way; the page decides.
 */
import type { Candidate } from './find-terms';
import type { TermHit, TermIndex } from './term-index';

export type LocalSense = 'health' | 'other' | 'defined-other' | undefined;

type AbbreviationHit = Extract<TermHit, { kind: 'abbreviation' }>;

/** How far a sentence is read on either side, for runs without punctuation (forum posts). */
const WINDOW = 160;

/** Degrees and credentials that follow a name in bylines ("Jane Doe, MS, RD"). */
const CREDENTIALS = new Set(
  (
    'MD DO PhD MS MSc MA MBA MPH MPA BS BSc BA RN BSN MSN NP APRN FNP PA PA-C RD RDN LD LDN CNS CSCS DPT PT OT OTR ' +
    'FACP FAAN FACS FRCP MRCP MBBS MBChB DM DNP PharmD RPh CPT CDCES CDE IBCLC LPN LCSW PsyD DC ND ATC CRNP MEd EdD'
  ).split(' '),
);

const NUMBER_BEFORE = /\d[\d.,]*\s*$/u;
/** A person's name, then a comma: "Jordan Reyes, ". */
const NAME_BEFORE = /\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu}[\p{L}'’.-]*,\s*$/u;
/** A credential, then a comma: "MD, ". */
const CREDENTIAL_BEFORE = /(?<![\p{L}\p{N}])([A-Z][A-Za-z-]{1,6}),\s*$/u;
/** What may follow a credential: the end, another credential, a byline separator or date. */
const AFTER_CREDENTIAL = /^(?:\s*[.;]?\s*$|\s*[|—–)]|\s+on\s+(?:\p{Lu}|\d)|\s*,\s*([A-Z][A-Za-z-]{1,6})\b)/u;
const PLACE_BEFORE = /\p{Lu}[\p{Ll}'’.-]+,\s*$/u;
const ZIP_OR_COUNTRY_AFTER = /^,?\s+(?:\d{5}(?:-\d{4})?(?!\d)|(?:USA|U\.S\.A?\.|United States)\b)/u;
const WORD = /[\p{L}\p{N}'’-]+/gu;
const SHOUTED = /^\p{Lu}[\p{Lu}'’-]+$/u;
const PARENTHESIS_AFTER = /^\s*\(([^()]{2,80})\)/u;
/** Small words that initials skip, in the languages the knowledge speaks ("síndrome de fatiga crónica" -> SFC). */
const STOPWORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'to',
  '&',
  'de',
  'del',
  'la',
  'las',
  'el',
  'los',
  'y',
  'e',
  'en',
  'por',
  'para',
  'a',
]);

/**
 * The sense of the ambiguous abbreviation `candidate` within `text`, given every
 * candidate found in the same text (terms, other meanings, context words).
 */
export function localSense(
  index: TermIndex,
  text: string,
  candidate: Candidate & { hit: AbbreviationHit },
  candidates: readonly Candidate[],
): LocalSense {
  const { start, end, hit } = candidate;
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  const uses = hit.otherUses ?? [];

  if (uses.includes('unit') && NUMBER_BEFORE.test(before)) return 'other';
  if (uses.includes('credential') && isCredential(before, after)) return 'other';
  if (uses.includes('us-state') && PLACE_BEFORE.test(before) && ZIP_OR_COUNTRY_AFTER.test(after)) return 'other';

  const defined = definedInParentheses(index, text, candidate, candidates);
  if (defined === 'health' || defined === 'defined-other') return defined;

  const [from, to] = sentenceAround(text, start, end);
  if (isShouting(index, text.slice(from, to))) return 'other';
  const near = candidates.filter((other) => other !== candidate && other.start >= from && other.end <= to);
  if (near.some((other) => meansOther(other.hit, hit))) return 'other';
  const healthSentence = near.some((other) => isHealthEvidence(other.hit));
  // Initials alone are weak: "The EMG (electrical muscle graph) showed fasciculations" is still about health.
  if (defined === 'spelled-other') return healthSentence ? 'health' : 'defined-other';
  return healthSentence ? 'health' : undefined;
}

/** A phrase naming another meaning of the abbreviation ("Microsoft" for MS). */
function meansOther(other: TermHit, abbreviation: AbbreviationHit): boolean {
  return other.kind === 'other-meaning' && other.abbreviations.includes(abbreviation.abbreviation);
}

/** Words and terms that only health writing uses; everyday words ("stroke") and other abbreviations are not enough. */
function isHealthEvidence(hit: TermHit): boolean {
  if (hit.kind === 'context') return true;
  if (hit.kind === 'term') return !hit.everyday;
  return hit.kind === 'abbreviation' && !hit.ambiguous;
}

function isCredential(before: string, after: string): boolean {
  const credential = CREDENTIAL_BEFORE.exec(before)?.[1];
  if (!NAME_BEFORE.test(before) && !(credential && CREDENTIALS.has(credential))) return false;
  const next = AFTER_CREDENTIAL.exec(after);
  if (!next) return false;
  return next[1] === undefined || CREDENTIALS.has(next[1]);
}

/**
 * "ALS (amyotrophic lateral sclerosis)" or "amyotrophic lateral sclerosis (ALS)"
 * is the entry itself; "ALS (advanced life support)", "simple moving average
 * (SMA)" or any expansion whose initials spell the abbreviation is another sense.
 */
function definedInParentheses(
  index: TermIndex,
  text: string,
  candidate: Candidate & { hit: AbbreviationHit },
  candidates: readonly Candidate[],
): LocalSense | 'spelled-other' {
  const { start, end, hit } = candidate;
  const letters = hit.abbreviation.replace(/s$/, '');

  const following = PARENTHESIS_AFTER.exec(text.slice(end));
  if (following) {
    const innerStart = end + following[0].indexOf('(') + 1;
    const innerEnd = innerStart + (following[1]?.length ?? 0);
    const inside = candidates.filter((other) => other.start >= innerStart && other.end <= innerEnd);
    const sense = senseOfExpansion(hit, inside);
    if (sense) return sense;
    if (spellsInitials(words(following[1] ?? ''), letters) && !inside.some((other) => isHealthEvidence(other.hit)))
      return 'spelled-other';
    return undefined;
  }

  const lookBehind = Math.max(0, start - 3);
  const opening = /\(\s*$/u.exec(text.slice(lookBehind, start));
  if (!opening || !/^\s*\)/u.test(text.slice(end))) return undefined;
  const expansionEnd = text.slice(0, lookBehind + opening.index).trimEnd().length;
  const justBefore = candidates.filter((other) => other.end === expansionEnd);
  const sense = senseOfExpansion(hit, justBefore);
  if (sense) return sense;
  const preceding = words(text.slice(Math.max(0, expansionEnd - 120), expansionEnd));
  for (let count = letters.length; count <= letters.length + 3 && count <= preceding.length; count++) {
    const expansion = preceding.slice(-count);
    if (!spellsInitials(expansion, letters) || index.resolve(expansion.join(' '))) continue;
    // An expansion with health words in it ("nerve conduction velocity (NCV)") is not another sense.
    const expansionStart = text.lastIndexOf(expansion[0] ?? '', expansionEnd);
    const within = candidates.filter((other) => other.start >= expansionStart && other.end <= expansionEnd);
    return within.some((other) => isHealthEvidence(other.hit)) ? undefined : 'spelled-other';
  }
  return undefined;
}

function senseOfExpansion(hit: AbbreviationHit, expansion: readonly Candidate[]): LocalSense {
  for (const { hit: other } of expansion) {
    if (other.kind === 'term' && other.entryId === hit.entryId) return 'health';
    if (meansOther(other, hit)) return 'defined-other';
  }
  return undefined;
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Whether the words' initials, small words aside, spell the letters ("simple moving average" -> SMA). */
function spellsInitials(candidateWords: readonly string[], letters: string): boolean {
  const initials = candidateWords
    .filter((word) => !STOPWORDS.has(word.toLowerCase()))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return initials === letters.toUpperCase();
}

/** The sentence around [start, end), at most WINDOW characters either side. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const windowStart = Math.max(0, start - WINDOW);
  const head = text.slice(windowStart, start);
  let from = windowStart;
  for (const match of head.matchAll(/[.!?](?:\s|$)/gu)) from = windowStart + match.index + match[0].length;
  const tail = text.slice(end, end + WINDOW);
  const stop = /[.!?](?:\s|$)/u.exec(tail);
  return [from, stop ? end + stop.index + 1 : Math.min(text.length, end + WINDOW)];
}

/**
 * A sentence written in capitals ("I THINK I HAVE ALS PLEASE HELP", "ALS ICH DAS SAH"):
 * every word looks like an abbreviation, so none can be trusted to be one.
 */
function isShouting(index: TermIndex, sentence: string): boolean {
  const all = words(sentence).filter((word) => /\p{L}.*\p{L}/u.test(word));
  const shouted = all.filter((word) => SHOUTED.test(word) && index.resolve(word)?.kind !== 'abbreviation');
  return shouted.length >= 3 && shouted.length * 5 >= all.length * 3;
}
