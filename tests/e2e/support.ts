/**
 * Shared set-up for the end-to-end tests: the built extension in Debian's
 * Chromium, and the test and demo pages served over http from 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { MESSAGE } from '../../lib/core/constants';
import type { Occurrence, PageState, WorkLog } from '../../lib/platform/messages';
import { EXTENSION_PATH, type ExtensionBrowser, launchBrowser } from '../../scripts/lib/launch-extension';
import { type StaticServer, startStaticServer } from '../../scripts/lib/static-server';
import { paintedPoint, shownHighlights } from './page-highlights';

export const HIGHLIGHT = '[data-health-term]';
/** The open hover card, inside its host's shadow root. */
export const CARD = 'mtg-card [role="dialog"]';

/** The toolbar popup: its own width (entrypoints/popup/style.css) and Chrome's greatest popup height. */
export const POPUP_SIZE = { width: 420, height: 600 };

export interface E2E {
  browser: ExtensionBrowser;
  server: StaticServer;
}

/** Starts server and browser before the file's tests and stops them after; fields are filled in `beforeAll`. */
export function useE2E(): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    Object.assign(e2e, await startE2E());
  });
  afterAll(() => stopE2E(e2e));
  return e2e;
}

async function startE2E(): Promise<E2E> {
  requireBuild(EXTENSION_PATH, 'npm run build');
  const server = await startTestServer();
  const browser = await launchBrowser();
  return { browser, server };
}

/** Fails with what to run when a browser's build of the extension is missing. */
export function requireBuild(path: string, command: string): void {
  if (!existsSync(resolve(path, 'manifest.json'))) {
    throw new Error(`Build the extension first (${command}): ${path} is missing`);
  }
}

/** The test pages, the demo pages and a real framework, served over http from 127.0.0.1. */
export function startTestServer(): Promise<StaticServer> {
  return startStaticServer({
    '/pages/': resolve(import.meta.dirname, 'pages'),
    '/demo/': resolve(import.meta.dirname, '../../demo/pages'),
    // A real framework for the page-safety tests, served locally like everything else.
    '/vendor/': resolve(import.meta.dirname, '../../node_modules/preact/dist'),
  });
}

async function stopE2E(e2e: Partial<E2E>): Promise<void> {
  await e2e.browser?.close();
  await e2e.server?.close();
}

/** Opens `url` in a new tab and waits until the extension has highlighted at least one term. */
export async function openHighlighted(e2e: E2E, url: string): Promise<Page> {
  const page = await e2e.browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector(HIGHLIGHT, { timeout: 10_000 });
  return page;
}

/**
 * What the page's content script reports once it has decided whether to
 * highlight: proof that it ran, for tests that expect no highlight at all.
 */
export async function pageStateOf(e2e: E2E, page: Page): Promise<PageState> {
  const tabId = await tabIdFor(e2e, page);
  return e2e.browser.serviceWorker.evaluate(
    ([id, type]) => chrome.tabs.sendMessage<{ type: string }, PageState>(id, { type }, { frameId: 0 }),
    [tabId, MESSAGE.pageState] as const,
  );
}

/** What highlighting has cost on the page so far, as its content script logged it. */
export async function workLogOf(e2e: E2E, page: Page): Promise<WorkLog> {
  const tabId = await tabIdFor(e2e, page);
  return e2e.browser.serviceWorker.evaluate(
    ([id, type]) => chrome.tabs.sendMessage<{ type: string }, WorkLog>(id, { type }, { frameId: 0 }),
    [tabId, MESSAGE.workLog] as const,
  );
}

const tabIds = new WeakMap<Page, number>();

/**
 * The browser's id of the tab showing `page`, asked once per page: asking
 * brings the tab to the front, which makes the browser render a huge page
 * again (100-250 ms), so tests that measure a page's stalls ask before loading it.
 */
export async function tabIdFor(e2e: E2E, page: Page): Promise<number> {
  let id = tabIds.get(page);
  if (id === undefined) {
    id = await e2e.browser.tabIdOf(page);
    tabIds.set(page, id);
  }
  return id;
}

/**
 * [text, entry id] of every highlighted occurrence on the page (or inside the
 * element `within`), painted or wrapped, in document order. The entry ids
 * come from the content script (painted ranges carry none the page can see);
 * the texts must equal what the page itself shows as highlighted.
 */
export async function highlightsOn(e2e: E2E, page: Page, within?: string): Promise<[string, string][]> {
  const reported = await occurrencesOf(e2e, page, within);
  const shown = await page.evaluate(shownHighlights, within ?? null);
  expect(shown, 'what the page shows as highlighted').toEqual(reported.map(([text]) => text));
  return reported.map(([text, id]) => [text, id]);
}

/** What the page's content script has highlighted (under `within`), painted or wrapped, in document order. */
export async function occurrencesOf(e2e: E2E, page: Page, within?: string): Promise<Occurrence[]> {
  const tabId = await tabIdFor(e2e, page);
  return e2e.browser.serviceWorker.evaluate(
    ([id, type, within]) =>
      chrome.tabs.sendMessage<{ type: string; within: string | null }, Occurrence[]>(
        id,
        { type, within },
        { frameId: 0 },
      ),
    [tabId, MESSAGE.occurrences, within ?? null] as const,
  );
}

/** Moves the mouse onto a painted occurrence (a range: there is no element to hover). */
export async function hoverPainted(page: Page, text: string, within?: string, nth = 0): Promise<void> {
  const point = await page.evaluate(paintedPoint, { text, within: within ?? null, nth });
  if (!point) throw new Error(`No painted "${text}"${within ? ` in ${within}` : ''} on ${page.url()}`);
  await page.mouse.move(point.x, point.y);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on `page`, limited to `include` (CSS selectors; an
 * array of selectors reaches into shadow roots). Evaluated through the
 * debugger protocol, so extension pages' CSP does not block it.
 */
export async function axeViolations(page: Page, include?: string[][]): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: object,
          options: object,
        ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const result = await axe.run(context ? { include: context } : document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => JSON.stringify(node.target)) }));
  }, include);
}

/** Width and height from a PNG's header (the IHDR chunk right after the 8-byte signature). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Whether `selector` is gone within `ms`. A test that expects something to
 * stay uses this same wait as its positive control, seeing it go when it should.
 */
export function detachesWithin(page: Page, selector: string, ms: number): Promise<boolean> {
  return page.waitForSelector(selector, { state: 'detached', timeout: ms }).then(
    () => true,
    () => false,
  );
}

/** Whether `selector` appears within `ms`; the counterpart of `detachesWithin`. */
export function appearsWithin(page: Page, selector: string, ms: number): Promise<boolean> {
  return page.waitForSelector(selector, { timeout: ms }).then(
    () => true,
    () => false,
  );
}

/** Waits until the open card has finished its entrance animation (what a person, or a screenshot, then sees). */
export async function cardShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const card = document.querySelector('mtg-card')?.shadowRoot?.querySelector('[role="dialog"]');
    return card?.getAnimations({ subtree: true }).every((animation) => animation.playState === 'finished') === true;
  });
}

/** Waits until the page's content script reports no highlighting work left. */
export async function highlightingDone(e2e: E2E, page: Page): Promise<void> {
  await expect.poll(async () => (await pageStateOf(e2e, page)).busy).toBe(false);
}
