/**
 * The highlight style (how highlights look), as one `<style>` element in the page (the hover
 * card has its own styles inside its shadow root), and as an adopted sheet in
 * web components' shadow roots. `all: unset` plus `!important` on a selector
 * more specific than any page rule for an unknown tag keeps page CSS from
 * changing the layout around a highlight.
 */
import { HIGHLIGHT_TAG, PAINTED_HIGHLIGHT_NAME, STYLE_ELEMENT_ID, TERM_ID_ATTRIBUTE } from '../core/constants';
import type { HighlightStyle } from '../core/settings';

const SELECTOR = `${HIGHLIGHT_TAG}[${TERM_ID_ATTRIBUTE}][${TERM_ID_ATTRIBUTE}]`;

const HIGHLIGHT_STYLE_CSS: Record<HighlightStyle, string> = {
  underline: `
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 1.5px !important;
  text-underline-offset: 0.18em !important;`,
  background: `
  background-color: rgba(255, 196, 0, 0.28) !important;
  border-radius: 2px !important;`,
  // Nothing on the page; the card still opens on hover and focus.
  none: '',
};

/**
 * Painted ranges take only text-decoration, colours and shadows (CSS Pseudo 4
 * lists what applies to ::highlight), so each look is drawn with those: the
 * same dotted line and soft background as the elements, without the radius.
 */
const PAINTED_STYLE_CSS: Record<HighlightStyle, string> = {
  underline: `
  text-decoration: underline dotted 1.5px;
  text-underline-offset: 0.18em;`,
  background: `
  background-color: rgba(255, 196, 0, 0.28);`,
  none: '',
};

/**
 * The page's highlight CSS. `withPaintedRule` adds the ::highlight rule, added
 * only once something is painted, so a page without terms gets no highlight
 * rule at all. (A first measurement suggested the rule alone cost a 2 MB page
 * 150 ms; a repeated A/B run showed that was noise. It costs nothing to wait.)
 */
export function highlightCss(highlightStyle: HighlightStyle, withPaintedRule = false): string {
  const painted = withPaintedRule
    ? `
::highlight(${PAINTED_HIGHLIGHT_NAME}) {${PAINTED_STYLE_CSS[highlightStyle]}
}`
    : '';
  const paintedForcedColors = withPaintedRule
    ? `
  ::highlight(${PAINTED_HIGHLIGHT_NAME}) { text-decoration: underline dotted; }`
    : '';
  return `${painted}
${SELECTOR} {
  all: unset !important;
  display: inline !important;
  cursor: help !important;${HIGHLIGHT_STYLE_CSS[highlightStyle]}
}
${SELECTOR}:focus-visible {
  outline: 2px solid #2563eb !important;
  outline-offset: 1px !important;
}
@media (forced-colors: active) {
  ${SELECTOR} { text-decoration-line: underline !important; text-decoration-style: dotted !important; }${paintedForcedColors}
}
`;
}

/** Adds (or updates) the highlight style in the page. */
export function setHighlightStyle(document: Document, highlightStyle: HighlightStyle): void {
  currentStyle = highlightStyle;
  render(document);
}

/** Adds the ::highlight rule once the page has painted occurrences (see highlightCss). */
export function stylePaintedHighlights(document: Document): void {
  if (painting) return;
  painting = true;
  render(document);
}

function render(document: Document): void {
  let style = document.getElementById(STYLE_ELEMENT_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ELEMENT_ID;
    (document.head ?? document.documentElement).append(style);
  }
  style.textContent = highlightCss(currentStyle, painting);
  if (shadowSheet) shadowSheet.replaceSync(highlightCss(currentStyle, painting));
}

export function removeHighlightStyle(document: Document): void {
  document.getElementById(STYLE_ELEMENT_ID)?.remove();
  painting = false;
}

/** One shared sheet for the shadow roots of web components (page styles do not reach into them). */
let shadowSheet: CSSStyleSheet | undefined;
let currentStyle: HighlightStyle = 'underline';
/** Whether the ::highlight rule is in (something is painted). */
let painting = false;

/** Adds the highlight style to a shadow root, as an adopted sheet (no element in the page's shadow tree). */
export function addHighlightStyleTo(root: ShadowRoot): void {
  if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
  if (!shadowSheet) {
    shadowSheet = new CSSStyleSheet();
    shadowSheet.replaceSync(highlightCss(currentStyle, painting));
  }
  if (!root.adoptedStyleSheets.includes(shadowSheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
}

export function removeHighlightStyleFrom(root: ShadowRoot): void {
  if (shadowSheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== shadowSheet);
  }
}
