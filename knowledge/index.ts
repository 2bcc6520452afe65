/**
 * The bundled knowledge, typed, per language. The JSON files are checked
 * against the schemas by `tests/unit/knowledge.test.ts`; parsing them again on
 * every page load would only cost start-up time, so here they are taken as
 * already valid.
 *
 * Each language's entries carry the ids of their English twins, so settings,
 * the term list and checklist links work across languages; an entry a
 * language does not have yet is shown in English.
 */
import enChecklist from './en/checklist.json';
import enContextWords from './en/context-words.json';
import enTerms from './en/terms.json';
import esChecklist from './es/checklist.json';
import esContextWords from './es/context-words.json';
import esTerms from './es/terms.json';
import type { Checklist, ContextWords, Entry } from './schema';

export type KnowledgeLanguage = 'en' | 'es';

export interface LanguageKnowledge {
  /** Every entry, in this language where it has a twin, in English where not (same ids, same order). */
  entries: readonly Entry[];
  /** Ids of the entries that are in this language (the rest are English fallbacks). */
  own: ReadonlySet<string>;
  checklist: Checklist;
  contextWords: ContextWords;
}

const english = (enTerms as { entries: Entry[] }).entries;

function languageKnowledge(own: readonly Entry[], checklist: Checklist, contextWords: ContextWords): LanguageKnowledge {
  const byId = new Map(own.map((entry) => [entry.id, entry]));
  return {
    entries: english.map((entry) => byId.get(entry.id) ?? entry),
    own: new Set(byId.keys()),
    checklist,
    contextWords,
  };
}

export const KNOWLEDGE: Readonly<Record<KnowledgeLanguage, LanguageKnowledge>> = {
  en: languageKnowledge(english, enChecklist as Checklist, enContextWords),
  es: languageKnowledge((esTerms as { entries: Entry[] }).entries, esChecklist as Checklist, esContextWords),
};

/** The English knowledge, the reference every other language follows. */
export const entries: readonly Entry[] = english;
export const checklist: Checklist = KNOWLEDGE.en.checklist;
export const contextWords: ContextWords = KNOWLEDGE.en.contextWords;
