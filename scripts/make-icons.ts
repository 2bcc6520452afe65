/**
 * Renders assets/icon.svg into the PNG icons the stores and toolbars need
 * (16, 32, 48, 96, 128 px), in two states: on, and off (grey, struck through)
 * for a site where highlighting is turned off. Uses Chromium, like the tests.
 * Run when the source changes: `node scripts/make-icons.ts`; the PNGs are committed.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../lib/core/icons.ts';
import { CHROMIUM_PATH } from './lib/launch-extension.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = ICON_SIZES;
const svg = await readFile(resolve(ROOT, 'assets/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const state of ['on', 'off'] as const) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><div class="${state}" style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div></body></html>`,
    );
    await page.screenshot({ path: resolve(ROOT, `public/icons/${state}-${size}.png`), omitBackground: true });
  }
}
await browser.close();
console.log(`Wrote ${SIZES.length * 2} icons to public/icons`);
