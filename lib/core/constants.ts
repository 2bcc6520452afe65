/**
 * Every name the extension puts into a web page, in one place, with one prefix,
 * so tests, styles and clean-up agree and nothing collides with the page.
 */

const PREFIX = 'mtg';

/**
 * Highlights are a custom element, not `<mark>`: page rules such as
 * `mark { display: block }` or `span { display: none }` cannot reach it.
 */
export const HIGHLIGHT_TAG = `${PREFIX}-term`;

/** Public DOM contract: every highlight carries the id of its knowledge entry. */
export const TERM_ID_ATTRIBUTE = 'data-health-term';

/**
 * Public contract: the name under which the page's painted highlights (CSS
 * Custom Highlight API ranges, no elements) are registered in `CSS.highlights`.
 */
export const PAINTED_HIGHLIGHT_NAME = 'health-term';

/** Set on the highlights that stand for an abbreviation (the card shows its expansion). */
export const ABBREVIATION_ATTRIBUTE = `data-${PREFIX}-abbreviation`;
/** The language a term was read in, on highlights of terms not in English (its card speaks it). */
export const TERM_LANGUAGE_ATTRIBUTE = `data-${PREFIX}-lang`;

/** Set on the second and later pieces of a term split across markup (`<em>Isaacs</em> syndrome`). */
export const CONTINUATION_ATTRIBUTE = `data-${PREFIX}-continued`;

/** How screen readers name the tab stop of a term ("fasciculation, highlighted term"). */
export const TERM_ROLE_DESCRIPTION = 'highlighted term';

/**
 * Terms inside these are highlighted but never made tab stops: a focusable
 * element inside a link or label would be nested interactive content.
 */
export const INTERACTIVE_ANCESTORS =
  'a[href], label, summary, [role="link"], [role="button"], [role="menuitem"], [role="tab"], [role="option"]';

/** Keyboard shortcut (content script) to move to the next / previous highlighted term. */
export const NEXT_TERM_KEYS = { altKey: true, shiftKey: true, next: 'ArrowDown', previous: 'ArrowUp' } as const;
/** The same keys as people read them. */
export const NEXT_TERM_KEY_NAMES = { next: 'Alt+Shift+↓', previous: 'Alt+Shift+↑' } as const;
/** Keys as their caps read (the same in every language the interface speaks). */
export const KEY_CAPS = { tab: 'Tab', escape: 'Esc' } as const;

/** Our `<style>` element in the page (highlight look only; the card lives in a shadow root). */
export const STYLE_ELEMENT_ID = `${PREFIX}-highlight-style`;

/** Tag of the shadow-root host that holds the hover card. */
export const CARD_HOST_TAG = `${PREFIX}-card`;

/** A page (or a part of it) opts out of highlighting with `data-no-health-terms` (any value, or none). */
export const OPT_OUT_ATTRIBUTE = 'data-no-health-terms';
/**
 * The opt-out of 1.0, `data-health-terms="off"`, still honoured: its name was one letter from
 * `data-health-term`, which marks a highlight, so the new name says what it does.
 */
export const LEGACY_OPT_OUT_ATTRIBUTE = 'data-health-terms';
export const LEGACY_OPT_OUT_VALUE = 'off';

/**
 * Where text is never read or highlighted: code, forms and editors,
 * non-rendered text, the page's graphics, our own UI, and opted-out parts.
 * (Text inside our own highlights is not read again either; see text-runs.)
 */
const SKIPPED_TAG_NAMES = [
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'pre',
  'code',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'canvas',
  CARD_HOST_TAG,
];

/** `nodeName`s of skipped elements: upper case in HTML, lower case for SVG and MathML. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(
  SKIPPED_TAG_NAMES.flatMap((name) => [name, name.toUpperCase()]),
);

/**
 * Roots of code and rich-text editors that draw text with ordinary elements
 * (CodeMirror 5 and 6, Monaco, ProseMirror, Quill, Draft.js), by class name;
 * Slate marks its root with an attribute.
 */
export const EDITOR_CLASSES: readonly string[] = [
  'CodeMirror',
  'cm-editor',
  'monaco-editor',
  'ProseMirror',
  'ql-editor',
  'DraftEditor-root',
];
export const EDITOR_ATTRIBUTE = 'data-slate-editor';

/** The same places as CSS selectors (for `closest` and tests), with the attribute- and class-based ones. */
export const SKIPPED_SELECTORS: readonly string[] = [
  ...SKIPPED_TAG_NAMES,
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  `[${OPT_OUT_ATTRIBUTE}]`,
  `[${LEGACY_OPT_OUT_ATTRIBUTE}="${LEGACY_OPT_OUT_VALUE}"]`,
  ...EDITOR_CLASSES.map((name) => `.${name}`),
  `[${EDITOR_ATTRIBUTE}]`,
];

/**
 * Elements that break a line of text (blocks, line breaks, images). Words never
 * match across them, so `<li>fatigue</li><li>multiple sclerosis</li>` (minified,
 * no space between) still finds "multiple sclerosis" and never glues
 * "fatiguemultiple".
 */
export const TEXT_BREAK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'IMG',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Milliseconds after the pointer leaves term and card before the card closes. */
export const CARD_CLOSE_DELAY_MS = 300;

/** Message types between popup, background and content script. */
export const MESSAGE = {
  pageState: `${PREFIX}:page-state`,
  pageTerms: `${PREFIX}:page-terms`,
  openChecklist: `${PREFIX}:open-checklist`,
  entryDetails: `${PREFIX}:entry-details`,
  showTerm: `${PREFIX}:show-term`,
  workLog: `${PREFIX}:work-log`,
  occurrences: `${PREFIX}:occurrences`,
  languagePack: `${PREFIX}:language-pack`,
} as const;

/** The `commands` name of the keyboard shortcut that turns highlighting on or off for the current site. */
export const TOGGLE_SITE_COMMAND = 'toggle-site';
