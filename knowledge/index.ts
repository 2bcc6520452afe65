/**
 * The bundled knowledge, typed. The JSON files are checked against the schemas
 * by `tests/unit/knowledge.test.ts`; parsing them again on every page load
 * would only cost start-up time, so here they are taken as already valid.
 */
import checklistData from './en/checklist.json';
import contextWordsData from './en/context-words.json';
import termsData from './en/terms.json';
import type { Checklist, ContextWords, Entry } from './schema';

export const entries: readonly Entry[] = (termsData as { entries: Entry[] }).entries;
export const checklist: Checklist = checklistData as Checklist;
export const contextWords: ContextWords = contextWordsData;
