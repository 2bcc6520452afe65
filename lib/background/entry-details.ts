/**
 * What the hover card shows for an entry, in the language asked for: the
 * entry, the emergency red flags it links to, the number to call for them,
 * and the card's own words. A language without a twin of the entry answers in
 * English, words and all, so a card never mixes two languages.
 */
import type { LanguageKnowledge } from '../../knowledge';
import type { Entry } from '../../knowledge/schema';
import { cardMessages } from '../core/catalogues';
import { type BrowserPlace, emergencyService } from '../core/emergency-number';
import { FALLBACK_LANGUAGE, type Language } from '../core/languages';
import type { EntryDetails } from '../platform/messages';

export function entryDetailsLookup(
  knowledge: Readonly<Record<Language, LanguageKnowledge>>,
  place: () => BrowserPlace,
): (id: string, region: string, language: Language) => EntryDetails | undefined {
  const byId = new Map<Language, Map<string, Entry>>();
  const entryIn = (language: Language, id: string) => {
    let entries = byId.get(language);
    if (!entries) {
      entries = new Map(knowledge[language].entries.map((entry) => [entry.id, entry]));
      byId.set(language, entries);
    }
    return entries.get(id);
  };
  return (id, region, asked) => {
    const language = knowledge[asked].own.has(id) ? asked : FALLBACK_LANGUAGE;
    const entry = entryIn(language, id);
    if (!entry) return undefined;
    const items = new Map(knowledge[language].checklist.items.map((item) => [item.id, item]));
    const emergencySigns = entry.warningSigns.flatMap((sign) => {
      const item = items.get(sign);
      return item?.tier === 'emergency' ? [item] : [];
    });
    return {
      entry,
      emergencySigns,
      emergency: emergencyService(region, place()),
      language,
      messages: cardMessages(language),
    };
  };
}
