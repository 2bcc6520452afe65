import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../../knowledge';
import { CATEGORIES } from '../../knowledge/schema';
import { translatorFor } from '../../lib/core/catalogues';
import { LANGUAGES } from '../../lib/core/languages';
import { CATEGORY_LABELS } from '../../lib/core/option-labels';
import { accentKey } from '../../lib/core/text-keys';

describe('category labels on the options page', () => {
  it.each(LANGUAGES.flatMap((language) => CATEGORIES.map((category) => [language, category] as const)))(
    '%s, %s: the hint names two entries of that kind as that language spells them',
    (language, category) => {
      const hint = accentKey(translatorFor(language).t(CATEGORY_LABELS[category].hint));
      for (const id of CATEGORY_LABELS[category].examples) {
        const entry = KNOWLEDGE[language].entries.find((candidate) => candidate.id === id);
        expect(entry?.category).toBe(category);
        expect(KNOWLEDGE[language].own.has(id)).toBe(true);
        const names = entry ? [entry.term, ...entry.otherNames].map(accentKey) : [];
        expect(
          names.some((name) => hint.includes(name)),
          `${hint} names ${names}`,
        ).toBe(true);
      }
    },
  );
});
