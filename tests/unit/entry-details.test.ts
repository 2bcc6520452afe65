import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, type LanguageKnowledge } from '../../knowledge';
import { entryDetailsLookup } from '../../lib/background/entry-details';
import type { BrowserPlace } from '../../lib/core/emergency-number';

const inSwitzerland: BrowserPlace = { timeZone: 'Europe/Zurich', languages: ['de-CH'] };

describe('entryDetailsLookup', () => {
  const details = entryDetailsLookup(KNOWLEDGE, () => inSwitzerland);

  it('answers in the language asked: entry, emergency signs and card words', () => {
    const spanish = details('stroke', 'auto', 'es');
    expect(spanish?.language).toBe('es');
    expect(spanish?.entry.term).toBe(KNOWLEDGE.es.entries.find((entry) => entry.id === 'stroke')?.term);
    expect(spanish?.emergencySigns.map((sign) => sign.text)).toEqual([
      KNOWLEDGE.es.checklist.items.find((item) => item.id === 'stroke-signs')?.text,
    ]);
    expect(spanish?.messages.card_seeDoctorIf?.message).toBe('Consulte a un médico si');
    expect(spanish?.emergency.ambulance).toBe('144');

    const english = details('stroke', 'auto', 'en');
    expect(english?.language).toBe('en');
    expect(english?.messages.card_seeDoctorIf?.message).toBe('See a doctor if');
    expect(english?.emergencySigns[0]?.text).toMatch(/^Face drooping/);
  });

  it('answers in English, words and all, for an entry the language does not have', () => {
    const english = KNOWLEDGE.en;
    const withoutStroke: LanguageKnowledge = {
      ...KNOWLEDGE.es,
      own: new Set([...KNOWLEDGE.es.own].filter((id) => id !== 'stroke')),
    };
    const partial = entryDetailsLookup({ en: english, es: withoutStroke }, () => inSwitzerland);
    const answer = partial('stroke', 'auto', 'es');
    expect(answer?.language).toBe('en');
    expect(answer?.messages.card_seeDoctorIf?.message).toBe('See a doctor if');
    expect(answer?.entry.term).toBe('stroke');
  });

  it('answers nothing for an unknown id', () => {
    expect(details('no-such-entry', 'auto', 'es')).toBeUndefined();
  });
});
