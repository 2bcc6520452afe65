/**
 * Schemas of the bundled knowledge. The schemas are the TypeScript types, so a
 * data file that passes the tests is exactly what the code expects.
 */
import * as v from 'valibot';
import { CATEGORIES } from './categories';

const IsoDate = v.pipe(v.string(), v.isoDate('review date must be YYYY-MM-DD'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1));

export const SourceSchema = v.strictObject({
  title: Text,
  url: v.pipe(v.string(), v.url(), v.startsWith('https://', 'sources must be https URLs')),
});

export { CATEGORIES, type Category } from './categories';

/**
 * Everyday uses of some abbreviations that the words around one occurrence
 * give away: a unit after a number ("250 MG"), a degree after a name
 * ("Jordan Reyes, MS"), a US state before a ZIP code ("Tupelo, MS 38801").
 */
export const ABBREVIATION_USES = ['unit', 'credential', 'us-state'] as const;
export type AbbreviationUse = (typeof ABBREVIATION_USES)[number];

export const AbbreviationSchema = v.strictObject({
  /** Matched case-sensitively: "ALS", never "als" or "Als". */
  text: v.pipe(
    v.string(),
    v.regex(/^[A-Z][A-Z0-9]{1,5}s?$/, 'abbreviations are 2-6 capitals or digits, with an optional plural s'),
  ),
  /**
   * Ambiguous abbreviations (MS = Microsoft, ALS = advanced life support) are
   * highlighted only on pages that are about health.
   */
  ambiguous: v.boolean(),
  /** Phrases that show a page means something else by the abbreviation. */
  otherMeanings: v.array(Text),
  /** Everyday uses recognised from the words around each occurrence. */
  otherUses: v.optional(v.array(v.picklist(ABBREVIATION_USES))),
});

export const EntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case')),
  /** Preferred term, shown as the card title. */
  term: Text,
  /** Other names a reader may meet, shown on the card (synonyms, brand names). */
  otherNames: v.array(Text),
  /** Further forms that are matched but not shown: plurals, spellings, misspellings. */
  variants: v.array(Text),
  /**
   * Forms that are also everyday words ("stroke", "seizure", "tremor"): highlighted only on
   * pages that are about health, and never counted as evidence that a page is.
   */
  everydayForms: v.array(Text),
  abbreviations: v.array(AbbreviationSchema),
  category: v.picklist(CATEGORIES),
  /** One or two plain-language sentences, in our own words. */
  definition: Text,
  /** When it is usually nothing to worry about. */
  harmlessWhen: v.optional(Text),
  /** When to see a doctor. */
  seeDoctorIf: v.optional(Text),
  /** Ids of red-flag checklist items this term relates to; the card shows the emergency ones. */
  warningSigns: v.array(v.string()),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every entry needs a source')),
  reviewed: IsoDate,
});

export const KnowledgeSchema = v.strictObject({
  entries: v.array(EntrySchema),
});

export const TIERS = ['emergency', 'soon', 'harmless'] as const;
export type Tier = (typeof TIERS)[number];

export const ChecklistItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  tier: v.picklist(TIERS),
  /** What the person notices, phrased so they can tick it. */
  text: Text,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

export const ChecklistSchema = v.strictObject({
  reviewed: IsoDate,
  items: v.array(ChecklistItemSchema),
});

/**
 * Words that show a page is about health without being terms to explain
 * (twitching, neurologist, symptoms): they count towards the context that
 * ambiguous abbreviations and everyday words need, and are never highlighted.
 * Forms that mean the same thing are one concept, so "twitch, twitches,
 * twitching" count once.
 */
export const ContextWordsSchema = v.strictObject({
  concepts: v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
      forms: v.pipe(v.array(Text), v.minLength(1)),
    }),
  ),
});

const RegionCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'regions are ISO 3166 codes'));
const PhoneNumber = v.pipe(
  v.string(),
  v.regex(/^\d{2,8}$/, 'numbers are 2-8 digits (a few places have only a local line)'),
);

/**
 * The number to call for an ambulance in every country and territory, from
 * one cited list (`source`). `also`: other numbers that reach help there
 * (112 from mobiles, a single national number), most useful first.
 */
export const EmergencyNumbersSchema = v.strictObject({
  source: SourceSchema,
  checked: IsoDate,
  regions: v.record(RegionCode, v.strictObject({ ambulance: PhoneNumber, also: v.optional(v.array(PhoneNumber)) })),
});

/** IANA time zone names (and their aliases) to the country they are in. */
export const TimeZonesSchema = v.record(v.string(), RegionCode);

export type Source = v.InferOutput<typeof SourceSchema>;
export type Abbreviation = v.InferOutput<typeof AbbreviationSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
/** The parts of an entry that decide what is highlighted (the rest is what the card says). */
export type TermForms = Pick<
  Entry,
  'id' | 'term' | 'otherNames' | 'variants' | 'everydayForms' | 'abbreviations' | 'category'
>;
export type Knowledge = v.InferOutput<typeof KnowledgeSchema>;
export type ContextWords = v.InferOutput<typeof ContextWordsSchema>;
export type EmergencyNumbers = v.InferOutput<typeof EmergencyNumbersSchema>;
export type ChecklistItem = v.InferOutput<typeof ChecklistItemSchema>;
export type Checklist = v.InferOutput<typeof ChecklistSchema>;
