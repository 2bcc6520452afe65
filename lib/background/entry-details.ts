/**
 * What the hover card shows for an entry, in the language asked for: the
 * entry, the emergency red flags it links to, the number to call for them,
 * and the card's own words. A language without a twin of the entry answers in
 * English, words and all, so a card never mixes two languages.
 */
import type { LanguageKnowledge } from '../../knowledge';
import type { ChecklistItem, Entry } from '../../knowledge/schema';
import { type CardKey, cardMessages } from '../core/catalogues';
import { type BrowserPlace, emergencyService } from '../core/emergency-number';
import { FALLBACK_LANGUAGE, type Language } from '../core/languages';
import type { Catalogue } from '../core/translate';
import type { EntryDetails } from '../platform/messages';

/** One language's entries and checklist items by id, and its card words: built once, on its first card. */
interface LanguageLookup {
  entries: Map<string, Entry>;
  items: Map<string, ChecklistItem>;
  messages: Catalogue<CardKey>;
}

export function entryDetailsLookup(
  knowledge: Readonly<Record<Language, LanguageKnowledge>>,
  place: () => BrowserPlace,
): (id: string, region: string, language: Language) => EntryDetails | undefined {
  const lookups = new Map<Language, LanguageLookup>();
  const lookupOf = (language: Language) => {
    let lookup = lookups.get(language);
    if (!lookup) {
      const { entries, checklist } = knowledge[language];
      lookup = {
        entries: new Map(entries.map((entry) => [entry.id, entry])),
        items: new Map(checklist.items.map((item) => [item.id, item])),
        messages: cardMessages(language),
      };
      lookups.set(language, lookup);
    }
    return lookup;
  };
  return (id, region, asked) => {
    const language = knowledge[asked].own.has(id) ? asked : FALLBACK_LANGUAGE;
    const { entries, items, messages } = lookupOf(language);
    const entry = entries.get(id);
    if (!entry) return undefined;
    const emergencySigns = entry.warningSigns.flatMap((sign) => {
      const item = items.get(sign);
      return item?.tier === 'emergency' ? [item] : [];
    });
    return { entry, emergencySigns, emergency: emergencyService(region, place()), language, messages };
  };
}
