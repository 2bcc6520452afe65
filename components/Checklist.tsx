import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ChecklistItem, Tier } from '../knowledge/schema';
import type { EmergencyService } from '../lib/core/call-numbers';
import { groupByTier, urgencyOf } from '../lib/core/checklist';
import { useMessages } from './i18n';
import { UrgencyNotice } from './UrgencyNotice';

const TIER_HEADINGS = {
  emergency: 'tierEmergency',
  soon: 'tierSoon',
  harmless: 'tierHarmless',
} as const satisfies Record<Tier, string>;

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
  const { t } = useMessages();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  };

  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklistTitle')}</h2>
      <p class="hint">{t('checklistHint')}</p>
      {region}
      <UrgencyNotice urgency={urgencyOf(items, ticked)} emergency={emergency} />
      {groupByTier(items).map(({ tier, items: tierItems }) => (
        <fieldset key={tier} class={`tier tier-${tier}`}>
          <legend>{t(TIER_HEADINGS[tier], emergency.ambulance)}</legend>
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
