/**
 * One highlighted occurrence of a term, whatever draws it: an element (a tab
 * stop, or every occurrence where the browser cannot paint ranges) or a range
 * painted through the CSS Custom Highlight API. The card and the popup's
 * "show on page" work with this, not with elements.
 */
import { ABBREVIATION_ATTRIBUTE, TERM_ID_ATTRIBUTE, TERM_LANGUAGE_ATTRIBUTE } from '../core/constants';
import { FALLBACK_LANGUAGE, type Language, supportedLanguage } from '../core/languages';

export interface TermRef {
  readonly entryId: string;
  /** Set when the text is an abbreviation ("ALS"): the card shows its expansion. */
  readonly abbreviation: string | undefined;
  /** The language the term was read in: its card speaks it (unless the person chose their browser's). */
  readonly language: Language;
  /** The highlight element; undefined for a painted range (which has no element and no focus). */
  readonly element: HTMLElement | undefined;
  /** A live range over the occurrence's text as it is now (to place the card, to scroll to it). */
  range(): Range;
}

const refOfElement = new WeakMap<HTMLElement, TermRef>();

/** The one TermRef of a highlight element (the same object each time, so refs compare with ===). */
export function termRefOf(element: HTMLElement): TermRef {
  let ref = refOfElement.get(element);
  if (!ref) {
    ref = {
      entryId: element.getAttribute(TERM_ID_ATTRIBUTE) ?? '',
      abbreviation: element.getAttribute(ABBREVIATION_ATTRIBUTE) ?? undefined,
      language: supportedLanguage(element.getAttribute(TERM_LANGUAGE_ATTRIBUTE)) ?? FALLBACK_LANGUAGE,
      element,
      range() {
        const range = element.ownerDocument.createRange();
        range.selectNodeContents(element);
        return range;
      },
    };
    refOfElement.set(element, ref);
  }
  return ref;
}

/** The element a term's text sits in: for a painted range, the parent of its first text node. */
export function elementOf(term: TermRef): Element | null {
  if (term.element) return term.element;
  const start = term.range().startContainer;
  return start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
}
