/**
 * `npm run demo`: serves the bundled demo pages on 127.0.0.1 and opens
 * Chromium with the built extension. With a display, the browser stays open
 * until you close it. Without one (a server, CI), it runs headless and writes
 * screenshots of a highlighted page, an open hover card and the popup.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import checklist from '../knowledge/en/checklist.json' with { type: 'json' };
import { launchBrowser } from './lib/launch-extension.ts';
import { startStaticServer } from './lib/static-server.ts';

const PAGES = resolve(import.meta.dirname, '../demo/pages');
const SCREENSHOTS = resolve(import.meta.dirname, '../demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const server = await startStaticServer({ '/demo/': PAGES });
const browser = await launchBrowser({ headless: !headed });
const index = `${server.origin}/demo/index.html`;
console.log(`Demo pages: ${index}`);

if (headed) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(index);
  console.log(
    'Hover or Tab to a highlighted term; click the toolbar icon for the checklist. Close the browser to stop.',
  );
  await new Promise((done) => browser.context.on('close', done));
} else {
  await mkdir(SCREENSHOTS, { recursive: true });
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/article-4.html`);
  await page.waitForSelector('[data-health-term]');
  await page.locator('[data-health-term="amyotrophic-lateral-sclerosis"]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: resolve(SCREENSHOTS, 'highlighted-page.png') });

  await page.locator('[data-health-term="isaacs-syndrome"]').first().hover();
  await page.waitForSelector('mtg-card [role="dialog"]');
  await page.waitForTimeout(300); // let the card's fade-in finish
  await page.screenshot({ path: resolve(SCREENSHOTS, 'hover-card.png') });

  const popup = await browser.openPopup(await browser.tabIdOf(page));
  await popup.setViewportSize({ width: 420, height: 900 });
  const strokeSigns = checklist.items.find((item) => item.id === 'stroke-signs')?.text ?? '';
  await popup.getByRole('checkbox', { name: strokeSigns }).check();
  await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup.png'), fullPage: true });
  console.log(`No display found: wrote highlighted-page.png, hover-card.png and popup.png to ${SCREENSHOTS}`);
}

await browser.close();
await server.close();
