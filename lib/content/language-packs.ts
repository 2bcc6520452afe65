/**
 * Other languages' term indexes, asked from the background the first time a
 * page needs one: the content script carries only English, so its size and
 * an English page's start-up do not grow with each language.
 */
import { TERM_ROLE_DESCRIPTION } from '../core/constants';
import { FALLBACK_LANGUAGE, type Language } from '../core/languages';
import { restoreTermIndex, type TermIndex } from '../core/matcher/term-index';
import type { LanguagePack } from '../platform/messages';

export interface LanguagePacks {
  /** The language's index; undefined until it has arrived (asked for on the first call). */
  index(language: Language): TermIndex | undefined;
  /** How screen readers name a highlighted term in the language. */
  termRole(language: Language): string;
  /** Asks for a language's index before any block needs it (the page says it is in that language). */
  prefetch(language: Language): void;
}

export function createLanguagePacks(
  ask: (language: Language) => Promise<LanguagePack | undefined>,
  onReady: (language: Language) => void,
): LanguagePacks {
  const loaded = new Map<Language, { index: TermIndex; termRole: string }>();
  const asked = new Set<Language>();
  const packs: LanguagePacks = {
    prefetch(language) {
      if (language !== FALLBACK_LANGUAGE) packs.index(language);
    },
    index(language) {
      const pack = loaded.get(language);
      if (pack) return pack.index;
      if (!asked.has(language)) {
        asked.add(language);
        void ask(language).then((answer) => {
          if (!answer) return;
          loaded.set(language, { index: restoreTermIndex(answer.index), termRole: answer.termRole });
          onReady(language);
        });
      }
      return undefined;
    },
    termRole: (language) => loaded.get(language)?.termRole ?? TERM_ROLE_DESCRIPTION,
  };
  return packs;
}
