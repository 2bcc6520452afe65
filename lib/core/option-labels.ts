/** What the options page calls each choice, in plain words. */
import type { Category } from '../../knowledge/schema';
import type { Density, HighlightStyle, SiteMode, Theme } from './settings';

export interface ChoiceLabel {
  label: string;
  hint?: string;
}

export const SITE_MODE_LABELS: Record<SiteMode, ChoiceLabel> = {
  'all-except': { label: 'On every site, except the sites listed below' },
  'only-listed': { label: 'Only on the sites listed below' },
};

export const SITE_LIST_TITLES: Record<SiteMode, string> = {
  'all-except': 'Sites where terms are not highlighted',
  'only-listed': 'Sites where terms are highlighted',
};

export const HIGHLIGHT_STYLE_LABELS: Record<HighlightStyle, ChoiceLabel> = {
  underline: { label: 'Dotted underline' },
  background: { label: 'Soft background colour' },
  none: { label: 'No marking', hint: 'Terms stay unmarked, but their card still opens on hover or with the Tab key.' },
};

/** Each kind of term, with two entries of that kind as examples (terms as the knowledge spells them). */
export const CATEGORY_LABELS: Record<Category, { label: string; examples: [string, string] }> = {
  condition: { label: 'Conditions', examples: ['amyotrophic lateral sclerosis', 'Isaacs syndrome'] },
  symptom: { label: 'Symptoms', examples: ['fasciculation', 'muscle cramp'] },
  test: { label: 'Tests and exam signs', examples: ['electromyography', 'Chvostek sign'] },
  medicine: { label: 'Medicines', examples: ['baclofen', 'botulinum toxin'] },
  nutrient: { label: 'Nutrients, body salts and stimulants', examples: ['electrolytes', 'caffeine'] },
  body: { label: 'How muscles and nerves work', examples: ['motor neuron', 'neurotransmitter'] },
};

export const DENSITY_LABELS: Record<Density, ChoiceLabel> = {
  every: { label: 'Every time a term appears' },
  'first-per-section': { label: 'The first time in each section' },
  'first-per-page': { label: 'Only the first time on a page' },
};

export const THEME_LABELS: Record<Theme, ChoiceLabel> = {
  auto: { label: 'Automatic', hint: 'Follows your system, and turns dark on dark pages.' },
  light: { label: 'Light' },
  dark: { label: 'Dark' },
};
