/**
 * What a scenario may do with a browser that has the built extension loaded:
 * the same small vocabulary for Chromium (playwright-core) and Firefox
 * (puppeteer-core over WebDriver BiDi), so that one scenario list runs in
 * both. Selectors are plain CSS; one that starts with the card's host element
 * (`mtg-card …`) reaches into the card's shadow root in both browsers.
 */
import type { Occurrence, PageState } from '../../../lib/platform/messages';

export type BrowserName = 'chromium' | 'firefox';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** An element found by its ARIA role and exact accessible name, as a person (or a screen reader) finds it. */
export interface Control {
  click(): Promise<void>;
  /** `aria-checked` (switches) or `checked` (checkboxes). */
  isChecked(): Promise<boolean>;
  text(): Promise<string>;
  box(): Promise<Box | null>;
  /** Waits until it exists (true when it does), up to `timeout` ms. */
  waitFor(timeout?: number): Promise<void>;
}

export interface TestPage {
  url(): string;
  /** Request URLs this page made since it was opened (documents, scripts, styles, images). */
  readonly requests: readonly string[];
  reload(): Promise<void>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
  waitFor(selector: string, options?: { gone?: boolean; timeout?: number }): Promise<void>;
  count(selector: string): Promise<number>;
  /** The first match's text content ('' when there is none). */
  text(selector: string): Promise<string>;
  box(selector: string): Promise<Box | null>;
  hover(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Runs `fn` in the page (not in the extension's content script) and returns its JSON result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn` returns true in the page. */
  waitUntil<A = undefined>(fn: (arg: A) => boolean, arg?: A, timeout?: number): Promise<void>;
  setViewport(size: Size): Promise<void>;
  viewport(): Size;
  role(role: string, name: string): Control;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  /** The test server on 127.0.0.1, and the same server under another host name (another site). */
  readonly origin: string;
  readonly otherOrigin: string;
  /** Where the extension's own pages and files live (`chrome-extension://…` or `moz-extension://…`). */
  readonly extensionOrigin: string;
  open(url: string): Promise<TestPage>;
  /** Opens the toolbar popup's page in a tab, targeting the tab that shows `page`. */
  openPopup(page: TestPage): Promise<TestPage>;
  openOptions(): Promise<TestPage>;
  /** What the page's content script reports: proof that it ran. */
  pageState(page: TestPage): Promise<PageState>;
  /** Every occurrence the page's content script has highlighted (under `within`), painted or wrapped, in order. */
  occurrences(page: TestPage, within?: string): Promise<Occurrence[]>;
  /** The toolbar button's badge and title for the tab that shows `page`. */
  toolbarButton(page: TestPage): Promise<{ badge: string; title: string }>;
  /** The address of the browser's own page for changing extension shortcuts. */
  readonly shortcutSettingsUrl: string;
  /** Everything the extension has stored, as JSON (sync, local and, where there is one, session storage). */
  storedJson(): Promise<string>;
  /** Back to the default settings. */
  clearSettings(): Promise<void>;
  /** Paths of the extension pages open as the toolbar popup right now. */
  openToolbarPopups(): Promise<string[]>;
  /** The addresses of the browser's open tabs, as the test sees them. */
  tabUrls(): Promise<string[]>;
  /** Whether the browser's `storage.sync` keeps one item of `chars` characters (the probe is removed again). */
  syncKeeps(chars: number): Promise<boolean>;
  close(): Promise<void>;
}

/** What a driver keeps behind a scenario's page (its own page object), failing loudly for a page of another browser. */
export function behind<T>(pages: WeakMap<TestPage, T>, testPage: TestPage): T {
  const kept = pages.get(testPage);
  if (kept === undefined) throw new Error('not a page of this browser');
  return kept;
}
