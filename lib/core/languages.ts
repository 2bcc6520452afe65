/**
 * The languages the product speaks: its interface (`_locales`) and its
 * knowledge (`knowledge/<language>/`). English is complete and the fallback
 * for anything another language lacks.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FALLBACK_LANGUAGE: Language = 'en';

/** Exactly one of the product's language codes ("es", not "es-419"): what messages carry. */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/** "es-419" -> "es", "EN_us" -> "en", "fr" -> undefined. */
export function supportedLanguage(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary);
}

/** The interface language for the browser's UI language, as the browser picks `_locales`: its language, else English. */
export function interfaceLanguage(uiLanguage: string | undefined): Language {
  return supportedLanguage(uiLanguage) ?? FALLBACK_LANGUAGE;
}
