/**
 * Starts Debian's Chromium with the built extension loaded, through
 * playwright-core (never a downloaded browser). Shared by the end-to-end
 * tests, the demo and the benchmark.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the extension's popup as a page, targeting the tab `tabId`. */
  openPopup(tabId: number): Promise<Page>;
  /** The browser's id of the tab showing `page` (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Load the extension (false gives the same browser without it, for baselines). */
  withExtension?: boolean;
  locale?: string;
  /** An IANA time zone for the browser's pages (the machine's own when not given). */
  timezoneId?: string;
  viewport?: { width: number; height: number };
  /** A touch screen (taps instead of hovers). */
  hasTouch?: boolean;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const {
    headless = true,
    withExtension = true,
    locale = 'en-US',
    viewport = { width: 1280, height: 800 },
    hasTouch = false,
    timezoneId,
  } = options;
  const userDataDir = await mkdtemp(join(tmpdir(), 'mtg-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    locale,
    ...(timezoneId ? { timezoneId } : {}),
    viewport,
    hasTouch,
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
  const close = async () => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  if (!withExtension) {
    return {
      context,
      extensionId: '',
      serviceWorker: undefined as unknown as Worker,
      openPopup: () => Promise.reject(new Error('no extension loaded')),
      tabIdOf: () => Promise.reject(new Error('no extension loaded')),
      close,
    };
  }
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    extensionId,
    serviceWorker,
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const id = await serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      if (typeof id !== 'number') throw new Error('no active tab');
      return id;
    },
    close,
  };
}
