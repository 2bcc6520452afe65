/** What the hover card shows for an entry: the entry and the emergency red flags it links to. */
import type { Checklist, Entry } from '../../knowledge/schema';
import type { EntryDetails } from '../messages';

export function entryDetailsLookup(
  entries: readonly Entry[],
  checklist: Checklist,
): (id: string) => EntryDetails | undefined {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const items = new Map(checklist.items.map((item) => [item.id, item]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) return undefined;
    const emergencySigns = entry.warningSigns.flatMap((sign) => {
      const item = items.get(sign);
      return item?.tier === 'emergency' ? [item] : [];
    });
    return { entry, emergencySigns };
  };
}
