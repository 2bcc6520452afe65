/** The interface language: the browser's UI language where the product speaks it, else English (as `_locales` falls back). */
import { browser } from '#imports';
import { interfaceLanguage, type Language } from '../core/languages';

export function browserInterfaceLanguage(): Language {
  return interfaceLanguage(browser.i18n.getUILanguage());
}
