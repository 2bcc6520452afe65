/**
 * The look of highlights, as one `<style>` element in the page (the hover
 * card has its own styles inside its shadow root). `all: unset` plus
 * `!important` on a selector more specific than any page rule for an unknown
 * tag keeps page CSS from changing the layout around a highlight.
 */
import { HIGHLIGHT_TAG, STYLE_ELEMENT_ID, TERM_ID_ATTRIBUTE } from '../constants';

const SELECTOR = `${HIGHLIGHT_TAG}[${TERM_ID_ATTRIBUTE}][${TERM_ID_ATTRIBUTE}]`;

export const HIGHLIGHT_CSS = `
${SELECTOR} {
  all: unset !important;
  display: inline !important;
  cursor: help !important;
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 1.5px !important;
  text-underline-offset: 0.18em !important;
  background-color: rgba(255, 196, 0, 0.2) !important;
  border-radius: 2px !important;
}
${SELECTOR}:focus-visible {
  outline: 2px solid #2563eb !important;
  outline-offset: 1px !important;
}
@media (forced-colors: active) {
  ${SELECTOR} { background-color: Mark !important; color: MarkText !important; }
}
`;

export function addHighlightStyle(document: Document): void {
  if (document.getElementById(STYLE_ELEMENT_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ELEMENT_ID;
  style.textContent = HIGHLIGHT_CSS;
  (document.head ?? document.documentElement).append(style);
}

export function removeHighlightStyle(document: Document): void {
  document.getElementById(STYLE_ELEMENT_ID)?.remove();
}

/** One shared sheet for the shadow roots of web components (page styles do not reach into them). */
let shadowSheet: CSSStyleSheet | undefined;

/** Adds the highlight style to a shadow root, as an adopted sheet (no element in the page's shadow tree). */
export function addHighlightStyleTo(root: ShadowRoot): void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
  if (!shadowSheet) {
    shadowSheet = new CSSStyleSheet();
    shadowSheet.replaceSync(HIGHLIGHT_CSS);
  }
  if (!root.adoptedStyleSheets.includes(shadowSheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
}

export function removeHighlightStyleFrom(root: ShadowRoot): void {
  if (shadowSheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== shadowSheet);
  }
}
