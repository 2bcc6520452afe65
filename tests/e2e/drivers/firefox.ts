/**
 * The scenario vocabulary (./driver.ts) in Debian's Firefox ESR, through
 * puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded browser).
 *
 * Three things differ from Chromium and are handled here, once:
 * - The extension is installed temporarily from the unpacked build, with its
 *   UUID pinned (pref `extensions.webextensions.uuids`), so its pages have a
 *   known `moz-extension://` address.
 * - BiDi refuses to navigate a tab to a `moz-extension://` page unless Firefox
 *   runs with `--remote-allow-system-access`; even then it reports no load
 *   event for the page, so a navigation is confirmed by asking the new
 *   document where it is.
 * - There is no background service worker to evaluate in: one extension page
 *   (the options page, opened in its own tab) runs the extension API calls
 *   a test needs, with the same rights as the background.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { MESSAGE } from '../../../lib/core/constants';
import type { Occurrence, PageState } from '../../../lib/platform/messages';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { behind, type Control, type ExtensionDriver, type TestPage } from './driver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_PATH = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
/** Any fixed UUID: the extension's pages then live at moz-extension://<this>/. */
const EXTENSION_UUID = '6d1f4c52-8a3e-4b7d-9c15-2f0e8b7a3d91';
const CARD_HOST = 'mtg-card';

export interface FirefoxOptions {
  /**
   * Whether Firefox grants the extension its sites at install (its default).
   * False is what a person gets who withholds them: the content script runs
   * nowhere until they allow a site.
   */
  grantSitesAtInstall?: boolean;
}

export async function launchFirefoxDriver(
  server: StaticServer,
  { grantSitesAtInstall = true }: FirefoxOptions = {},
): Promise<ExtensionDriver> {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID,
      }),
      'extensions.originControls.grantByDefault': grantSitesAtInstall,
      // A test cannot click the browser's own permission prompt: requests from a click are granted as if accepted.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_PATH);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  // The page that stands in for the background: any extension page may call the same APIs.
  const helperPage = await browser.newPage();
  await openExtensionPage(helperPage, `${extensionOrigin}/options.html`);
  // Firefox's promise-based `browser` namespace has Chrome's shape; it is handed to `fn` as `api`.
  const inExtension = <R, A>(fn: (api: typeof chrome, arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    helperPage.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg ?? null)})`) as Promise<R>;

  const pages = new WeakMap<TestPage, () => Page>();
  const tabIds = new WeakMap<TestPage, number>();
  const wrap = (page: Page, reopen?: () => Promise<Page>): TestPage => {
    const { testPage, current } = firefoxPage(page, reopen);
    pages.set(testPage, current);
    return testPage;
  };
  const tabIdOf = async (testPage: TestPage) => {
    let id = tabIds.get(testPage);
    if (id === undefined) {
      await behind(pages, testPage)().bringToFront();
      // The switch of tabs reaches the extension a moment later: wait for the active tab to be this page's
      // (its address is hidden where the extension may not read the site; then the active tab is taken as is).
      const url = testPage.url();
      const deadline = Date.now() + 5_000;
      for (;;) {
        const active = await inExtension(async (api) => {
          const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
          return { id: tab?.id, url: tab?.url };
        }, undefined);
        if (
          typeof active.id === 'number' &&
          (active.url === undefined || active.url === url || Date.now() > deadline)
        ) {
          id = active.id;
          break;
        }
        await new Promise((next) => setTimeout(next, 50));
      }
      tabIds.set(testPage, id);
    }
    return id;
  };
  const openExtensionTab = async (path: string) => {
    const page = await browser.newPage();
    await openExtensionPage(page, `${extensionOrigin}${path}`);
    return page;
  };
  // Reloading an extension page leaves puppeteer's view of the tab behind (no BiDi events for it), so a
  // reload opens the page afresh, as a person reopening the popup does.
  const openExtension = async (path: string) => wrap(await openExtensionTab(path), () => openExtensionTab(path));

  return {
    name: 'firefox',
    origin: server.origin,
    otherOrigin: server.otherOrigin,
    extensionOrigin,
    async open(url) {
      const page = await browser.newPage();
      const testPage = wrap(page);
      await page.goto(url);
      return testPage;
    },
    async openPopup(page) {
      return openExtension(`/popup.html?tab=${await tabIdOf(page)}`);
    },
    openOptions: () => openExtension('/options.html'),
    async pageState(page) {
      const tabId = await tabIdOf(page);
      return inExtension(
        (api, [id, type]) => api.tabs.sendMessage(id, { type }, { frameId: 0 }) as Promise<PageState>,
        [tabId, MESSAGE.pageState] as const,
      );
    },
    async occurrences(page, within) {
      const tabId = await tabIdOf(page);
      return inExtension(
        (api, [id, type, inside]) =>
          api.tabs.sendMessage(id, { type, within: inside }, { frameId: 0 }) as Promise<Occurrence[]>,
        [tabId, MESSAGE.occurrences, within ?? null] as const,
      );
    },
    async toolbarButton(page) {
      const tabId = await tabIdOf(page);
      return inExtension(
        async (api, id) => ({
          badge: await api.action.getBadgeText({ tabId: id }),
          title: await api.action.getTitle({ tabId: id }),
        }),
        tabId,
      );
    },
    shortcutSettingsUrl: 'about:addons',
    storedJson: () =>
      inExtension(async (api) => {
        return JSON.stringify([
          await api.storage.sync.get(),
          await api.storage.local.get(),
          api.storage.session ? await api.storage.session.get() : {},
        ]);
      }, undefined),
    clearSettings: () => inExtension((api) => api.storage.sync.clear(), undefined),
    openToolbarPopups: () =>
      inExtension(
        (api) =>
          (api as unknown as { extension: { getViews(filter: { type: string }): Window[] } }).extension
            .getViews({ type: 'popup' })
            .map((view) => view.location.pathname),
        undefined,
      ),
    tabUrls: async () => (await browser.pages()).map((page) => page.url()),
    syncKeeps: (chars) =>
      inExtension(
        (api, length) =>
          api.storage.sync.set({ 'quota-probe': 'x'.repeat(length) }).then(
            () => api.storage.sync.remove('quota-probe').then(() => true),
            () => false,
          ),
        chars,
      ),
    close: () => browser.close(),
  };
}

/**
 * Navigates `page` to an extension page and waits until that document has
 * loaded. BiDi sends no load event for it, so the navigation is not awaited:
 * the new document is asked where it is until it answers.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await untilDocument(page, url);
}

async function untilDocument(page: Page, url: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (href === url) return;
    if (Date.now() > deadline) throw new Error(`the page did not reach the expected document (last: ${href})`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

function pierce(selector: string): string {
  return selector.startsWith(`${CARD_HOST} `) ? `${CARD_HOST} >>> ${selector.slice(CARD_HOST.length + 1)}` : selector;
}

function ariaSelector(role: string, name: string): string {
  return `::-p-aria([name="${name.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"][role="${role}"])`;
}

function firefoxPage(first: Page, reopen?: () => Promise<Page>): { testPage: TestPage; current: () => Page } {
  const requests: string[] = [];
  let page = first;
  const watch = (watched: Page) =>
    watched.on('request', (request) => {
      requests.push(request.url());
    });
  watch(page);
  const control = (role: string, name: string): Control => {
    const selector = ariaSelector(role, name);
    const element = async () => {
      const found = await page.waitForSelector(selector, { timeout: 10_000 });
      if (!found) throw new Error(`no ${role} named ${name}`);
      return found;
    };
    return {
      click: async () => (await element()).click(),
      isChecked: async () =>
        (await element()).evaluate(
          (node) => node.getAttribute('aria-checked') === 'true' || (node as HTMLInputElement).checked === true,
        ),
      text: async () => (await element()).evaluate((node) => node.textContent ?? ''),
      box: async () => (await element()).boundingBox(),
      waitFor: async (timeout = 10_000) => {
        await page.waitForSelector(selector, { timeout });
      },
    };
  };
  const testPage: TestPage = {
    url: () => page.url(),
    requests,
    async reload() {
      if (!reopen) {
        await page.reload();
        return;
      }
      const old = page;
      page = await reopen();
      watch(page);
      await old.close();
    },
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    async waitFor(selector, { gone = false, timeout = 10_000 } = {}) {
      await page.waitForSelector(pierce(selector), { hidden: gone, timeout });
    },
    count: async (selector) => (await page.$$(pierce(selector))).length,
    text: async (selector) => page.$eval(pierce(selector), (node) => node.textContent ?? '').catch(() => ''),
    box: async (selector) => (await page.$(pierce(selector)))?.boundingBox() ?? null,
    hover: (selector) => page.hover(pierce(selector)),
    focus: (selector) => page.focus(pierce(selector)),
    click: (selector) => page.click(pierce(selector)),
    press: (key) => page.keyboard.press(key as KeyInput),
    mouseMove: (x, y) => page.mouse.move(x, y),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitUntil(fn, arg, timeout = 10_000) {
      await page.waitForFunction(fn as never, { timeout }, arg);
    },
    setViewport: (size) => page.setViewport(size),
    viewport: () => page.viewport() ?? { width: 0, height: 0 },
    role: control,
  };
  return { testPage, current: () => page };
}
