import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ChecklistItem, Tier } from '../knowledge/schema';
import type { EmergencyService } from '../lib/core/call-numbers';
import { groupByTier, urgencyOf } from '../lib/core/checklist';
import { UrgencyNotice } from './UrgencyNotice';

const TIER_HEADINGS: Record<Tier, (ambulance: string) => string> = {
  emergency: (ambulance) => `Call ${ambulance} now if you notice`,
  soon: () => 'See a doctor soon if you notice',
  harmless: () => 'Usually harmless',
};

export interface ChecklistProps {
  items: readonly ChecklistItem[];
  emergency: EmergencyService;
  /** Shown under the title: which country the number is for, and how to change it. */
  region?: ComponentChildren;
}

/**
 * The red-flag checklist. Ticks live only in this component's memory: nothing
 * is stored or sent, and closing the popup forgets them.
 */
export function Checklist({ items, emergency, region }: ChecklistProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  };

  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Red-flag checklist</h2>
      <p class="hint">Tick what you notice. Nothing you tick is saved or sent.</p>
      {region}
      <UrgencyNotice urgency={urgencyOf(items, ticked)} emergency={emergency} />
      {groupByTier(items).map(({ tier, items: tierItems }) => (
        <fieldset key={tier} class={`tier tier-${tier}`}>
          <legend>{TIER_HEADINGS[tier](emergency.ambulance)}</legend>
          {tierItems.map((item) => (
            <label key={item.id} class="item">
              <input
                type="checkbox"
                name={item.id}
                checked={ticked.has(item.id)}
                onChange={(event) => toggle(item.id, event.currentTarget.checked)}
              />
              <span>{item.text}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
