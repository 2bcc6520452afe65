/** What the options page calls each choice, as message keys (the words are in `_locales`). */
import type { Category } from '../../knowledge/schema';
import type { MessageKey } from './catalogues';
import type { CardLanguage, Density, HighlightStyle, SiteMode, Theme } from './settings';

export interface ChoiceLabel {
  label: MessageKey;
  hint?: MessageKey;
}

export const SITE_MODE_LABELS: Record<SiteMode, ChoiceLabel> = {
  'all-except': { label: 'siteMode_allExcept' },
  'only-listed': { label: 'siteMode_onlyListed' },
};

export const SITE_LIST_TITLES: Record<SiteMode, MessageKey> = {
  'all-except': 'siteList_allExcept',
  'only-listed': 'siteList_onlyListed',
};

export const HIGHLIGHT_STYLE_LABELS: Record<HighlightStyle, ChoiceLabel> = {
  underline: { label: 'style_underline' },
  background: { label: 'style_background' },
  none: { label: 'style_none', hint: 'style_none_hint' },
};

/**
 * Each kind of term, with a message naming two entries of that kind as
 * examples (`examples`: their ids, so a test can check every language's
 * message names those entries as that language's knowledge spells them).
 */
export const CATEGORY_LABELS: Record<Category, { label: MessageKey; hint: MessageKey; examples: [string, string] }> = {
  condition: {
    label: 'category_condition',
    hint: 'category_condition_examples',
    examples: ['amyotrophic-lateral-sclerosis', 'isaacs-syndrome'],
  },
  symptom: {
    label: 'category_symptom',
    hint: 'category_symptom_examples',
    examples: ['fasciculation', 'muscle-cramp'],
  },
  test: { label: 'category_test', hint: 'category_test_examples', examples: ['electromyography', 'chvostek-sign'] },
  medicine: {
    label: 'category_medicine',
    hint: 'category_medicine_examples',
    examples: ['baclofen', 'botulinum-toxin'],
  },
  nutrient: {
    label: 'category_nutrient',
    hint: 'category_nutrient_examples',
    examples: ['electrolytes', 'caffeine'],
  },
  body: { label: 'category_body', hint: 'category_body_examples', examples: ['motor-neuron', 'neurotransmitter'] },
};

export const DENSITY_LABELS: Record<Density, ChoiceLabel> = {
  every: { label: 'density_every' },
  'first-per-section': { label: 'density_firstPerSection' },
  'first-per-page': { label: 'density_firstPerPage' },
};

export const THEME_LABELS: Record<Theme, ChoiceLabel> = {
  auto: { label: 'theme_auto', hint: 'theme_auto_hint' },
  light: { label: 'theme_light' },
  dark: { label: 'theme_dark' },
};

export const CARD_LANGUAGE_LABELS: Record<CardLanguage, ChoiceLabel> = {
  term: { label: 'cardLanguage_term', hint: 'cardLanguage_term_hint' },
  interface: { label: 'cardLanguage_interface' },
};
