/**
 * The interface's messages in every language, typed by the English file (the
 * reference: a test fails when another language lacks one of its keys). The
 * files are the browser's own `_locales`, so the manifest's `__MSG_*__` names
 * and these strings come from one place.
 */
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import type { Language } from './languages';
import { type Catalogue, createTranslator, type Translator } from './translate';

export type MessageKey = keyof typeof en;
export type Messages = Translator<MessageKey>;

export const CATALOGUES: Readonly<Record<Language, Catalogue<MessageKey>>> = { en, es };

const translators = new Map<Language, Messages>();

export function translatorFor(language: Language): Messages {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language, CATALOGUES[language]);
    translators.set(language, translator);
  }
  return translator;
}

/** What the hover card says, in one language: sent with each card so the content script carries no catalogue. */
export type CardKey = Extract<MessageKey, `card_${string}` | 'numbersOr'>;
const isCardKey = (key: string) => key.startsWith('card_') || key === 'numbersOr';

export function cardMessages(language: Language): Catalogue<CardKey> {
  const catalogue = CATALOGUES[language];
  return Object.fromEntries(
    Object.entries(catalogue).filter(([key]) => isCardKey(key)),
  ) as unknown as Catalogue<CardKey>;
}
