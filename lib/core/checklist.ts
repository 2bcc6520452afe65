/**
 * The red-flag checklist as pure logic: what the ticked signs add up to.
 * Nothing here is stored; the popup forgets every tick when it closes.
 */
import type { ChecklistItem, Tier } from '../../knowledge/schema';
import { TIERS } from '../../knowledge/schema';

/** Most urgent first: the order the popup shows the groups in. */
export function groupByTier(items: readonly ChecklistItem[]): { tier: Tier; items: ChecklistItem[] }[] {
  return TIERS.map((tier) => ({ tier, items: items.filter((item) => item.tier === tier) }));
}

/** The most urgent tier among the ticked items, or undefined when nothing is ticked. */
export function urgencyOf(items: readonly ChecklistItem[], ticked: ReadonlySet<string>): Tier | undefined {
  return TIERS.find((tier) => items.some((item) => item.tier === tier && ticked.has(item.id)));
}
