/**
 * Messages in the browser's own `_locales/<language>/messages.json` format,
 * formatted the way `browser.i18n.getMessage` does ($name$ placeholders, $1-$9
 * substitutions, $$ for a dollar sign), with plurals and numbers by `Intl` in
 * the message's language.
 *
 * Why not only `browser.i18n.getMessage`: it always answers in the browser's
 * language, but the hover card speaks the language of the term it explains
 * (a Spanish term on an English browser gets a Spanish card). So the same
 * files are read here for any language, and the interface simply asks for
 * the browser's.
 */

export interface CatalogueMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A language's messages, by key. */
export type Catalogue<K extends string = string> = Readonly<Record<K, CatalogueMessage>>;

/** A plural message is stored as `<base>_one`, `<base>_other` (and any other CLDR category the language needs). */
export type PluralBase<K extends string> = string extends K ? string : K extends `${infer Base}_other` ? Base : never;

export interface Translator<K extends string = string> {
  readonly language: string;
  /** The message for `key` with its substitutions; the key itself if the catalogue lacks it (a test keeps that from shipping). */
  t(key: K, ...substitutions: (string | number)[]): string;
  /** The plural form for `count` (formatted as $1), then the further substitutions as $2... */
  plural(base: PluralBase<K>, count: number, ...substitutions: (string | number)[]): string;
  /** "2026-11-21" -> "21 de noviembre de 2026" (long date, independent of time zone). */
  date(isoDate: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** `getMessage`'s formatting: named placeholders first, then $1-$9 and $$. */
export function formatMessage(entry: CatalogueMessage, substitutions: readonly string[]): string {
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = placeholders[name.toLowerCase()] ?? placeholders[name];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (substitutions[Number(what) - 1] ?? ''),
  );
}

export function createTranslator<K extends string>(language: string, catalogue: Catalogue<K>): Translator<K> {
  const numbers = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const text = (value: string | number) => (typeof value === 'number' ? numbers.format(value) : value);
  const t = (key: K, ...substitutions: (string | number)[]) => {
    const entry = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
    return entry ? formatMessage(entry, substitutions.map(text)) : key;
  };
  return {
    language,
    t,
    plural(base, count, ...substitutions) {
      const specific = `${base}_${plurals.select(count)}` as K;
      const key = Object.hasOwn(catalogue, specific) ? specific : (`${base}_other` as K);
      return t(key, count, ...substitutions);
    },
    date(isoDate) {
      const date = new Date(`${isoDate}T12:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dates.format(date);
    },
    number: (value, options) => (options ? new Intl.NumberFormat(language, options) : numbers).format(value),
  };
}
