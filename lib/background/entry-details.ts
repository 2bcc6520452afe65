/**
 * What the hover card shows for an entry: the entry, the emergency red flags
 * it links to, and the number to call for them.
 */
import type { Checklist, Entry } from '../../knowledge/schema';
import { type BrowserPlace, emergencyService } from '../core/emergency-number';
import type { EntryDetails } from '../platform/messages';

export function entryDetailsLookup(
  entries: readonly Entry[],
  checklist: Checklist,
  place: () => BrowserPlace,
): (id: string, region: string) => EntryDetails | undefined {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const items = new Map(checklist.items.map((item) => [item.id, item]));
  return (id, region) => {
    const entry = byId.get(id);
    if (!entry) return undefined;
    const emergencySigns = entry.warningSigns.flatMap((sign) => {
      const item = items.get(sign);
      return item?.tier === 'emergency' ? [item] : [];
    });
    return { entry, emergencySigns, emergency: emergencyService(region, place()) };
  };
}
