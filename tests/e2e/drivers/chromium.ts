/** The scenario vocabulary (./driver.ts) in Debian's Chromium, through playwright-core. */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../../scripts/lib/launch-extension';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { occurrencesOf, pageStateOf, tabIdFor } from '../support';
import { behind, type Control, type ExtensionDriver, type TestPage } from './driver';

export async function launchChromiumDriver(server: StaticServer): Promise<ExtensionDriver> {
  const browser = await launchBrowser();
  const pages = new WeakMap<TestPage, Page>();
  const wrap = (page: Page): TestPage => {
    const testPage = chromiumPage(page);
    pages.set(testPage, page);
    return testPage;
  };
  // The same tab-id cache and page-state request as the Chromium-only tests.
  const e2e = { browser, server };
  const tabIdOf = (testPage: TestPage) => tabIdFor(e2e, behind(pages, testPage));
  const { serviceWorker } = browser;
  return {
    name: 'chromium',
    origin: server.origin,
    otherOrigin: server.otherOrigin,
    extensionOrigin: `chrome-extension://${browser.extensionId}`,
    async open(url) {
      const page = wrap(await browser.context.newPage());
      await behind(pages, page).goto(url);
      return page;
    },
    async openPopup(page) {
      return wrap(await browser.openPopup(await tabIdOf(page)));
    },
    async openOptions() {
      const page = wrap(await browser.context.newPage());
      await behind(pages, page).goto(`chrome-extension://${browser.extensionId}/options.html`);
      return page;
    },
    pageState: (page) => pageStateOf(e2e, behind(pages, page)),
    occurrences: (page, within) => occurrencesOf(e2e, behind(pages, page), within),
    async toolbarButton(page) {
      const tabId = await tabIdOf(page);
      return serviceWorker.evaluate(
        async (id) => ({
          badge: await chrome.action.getBadgeText({ tabId: id }),
          title: await chrome.action.getTitle({ tabId: id }),
        }),
        tabId,
      );
    },
    shortcutSettingsUrl: 'chrome://extensions/shortcuts',
    storedJson: () =>
      serviceWorker.evaluate(async () =>
        JSON.stringify([
          await chrome.storage.sync.get(),
          await chrome.storage.local.get(),
          await chrome.storage.session.get(),
        ]),
      ),
    clearSettings: () => serviceWorker.evaluate(() => chrome.storage.sync.clear()),
    openToolbarPopups: () =>
      serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.POPUP] })).map(
          (context) => new URL(context.documentUrl ?? '').pathname,
        ),
      ),
    tabUrls: async () => browser.context.pages().map((page) => page.url()),
    syncKeeps: (chars) =>
      serviceWorker.evaluate(
        (length) =>
          chrome.storage.sync.set({ 'quota-probe': 'x'.repeat(length) }).then(
            () => chrome.storage.sync.remove('quota-probe').then(() => true),
            () => false,
          ),
        chars,
      ),
    close: () => browser.close(),
  };
}

function chromiumPage(page: Page): TestPage {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const control = (role: string, name: string): Control => {
    // biome-ignore lint/suspicious/noExplicitAny: roles come from the scenarios as plain strings.
    const locator = page.getByRole(role as any, { name, exact: true });
    return {
      click: () => locator.click(),
      isChecked: async () =>
        (await locator.getAttribute('aria-checked')) === 'true' ||
        (await locator.evaluate((element) => (element as HTMLInputElement).checked === true)),
      text: async () => (await locator.textContent()) ?? '',
      box: () => locator.boundingBox(),
      waitFor: (timeout = 10_000) => locator.waitFor({ timeout }),
    };
  };
  return {
    url: () => page.url(),
    requests,
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
    waitFor: async (selector, { gone = false, timeout = 10_000 } = {}) => {
      await page.waitForSelector(selector, { state: gone ? 'detached' : 'attached', timeout });
    },
    count: (selector) => page.locator(selector).count(),
    text: async (selector) => (await page.locator(selector).first().textContent()) ?? '',
    box: (selector) => page.locator(selector).first().boundingBox(),
    hover: (selector) => page.hover(selector),
    focus: (selector) => page.focus(selector),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    mouseMove: (x, y) => page.mouse.move(x, y),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitUntil: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout });
    },
    setViewport: (size) => page.setViewportSize(size),
    viewport: () => page.viewportSize() ?? { width: 0, height: 0 },
    role: control,
  };
}
