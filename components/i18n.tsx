/**
 * The interface language for components: the popup and options pages provide
 * the browser's language; without a provider (tests) it is English. The hover
 * card does not use this: it takes its messages as a prop, in the language of
 * the term it explains.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Messages, translatorFor } from '../lib/core/catalogues';

export const MessagesContext = createContext<Messages>(translatorFor('en'));

export function useMessages(): Messages {
  return useContext(MessagesContext);
}

const MARK = '\u0001';

/**
 * A message whose placeholders are elements (keys, links): `text` is the
 * message formatted with `slots(n)` as its substitutions, then split there.
 */
export function slots(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${MARK}${i}${MARK}`);
}

export function withElements(text: string, elements: readonly ComponentChildren[]): ComponentChildren[] {
  return text.split(new RegExp(`${MARK}(\\d+)${MARK}`)).map((part, i) => (i % 2 === 1 ? elements[Number(part)] : part));
}
