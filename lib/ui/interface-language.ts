/**
 * An extension page in the interface language: the page's `lang` and title
 * set, and the messages its components take (through `MessagesContext`).
 */
import { type Messages, translatorFor } from '../core/catalogues';
import type { Language } from '../core/languages';
import { browserInterfaceLanguage } from '../platform/interface-language';

export function pageInInterfaceLanguage(title: (messages: Messages) => string): {
  language: Language;
  messages: Messages;
} {
  const language = browserInterfaceLanguage();
  const messages = translatorFor(language);
  document.documentElement.lang = language;
  document.title = title(messages);
  return { language, messages };
}
