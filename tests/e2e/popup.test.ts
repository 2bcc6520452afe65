import { describe, expect, it } from 'vitest';
import { checklist } from '../../knowledge';
import { launchBrowser } from '../../scripts/lib/launch-extension';
import { openHighlighted, useE2E } from './support';

const e2e = useE2E();

const itemText = (id: string) => checklist.items.find((item) => item.id === id)?.text ?? id;
const STROKE_SIGNS = itemText('stroke-signs');
const COLLAPSE_SEIZURE = itemText('collapse-seizure');
const _TWITCH_PERSISTS = itemText('twitch-persists');
const _SLEEP_JERK = itemText('eyelid-or-sleep-jerk');
const _EMERGENCY_ITEMS = checklist.items.filter((item) => item.tier === 'emergency').length;

// Emergency guidance, nothing stored, the terms, the badge, the first screen: ./scenarios/promises.ts, in both browsers.
describe('popup', () => {
  it.each([
    ['en-GB', 'Europe/London', 'United Kingdom: 999 (or 112)', 'Call 999 now'],
    ['de-CH', 'Europe/Zurich', 'Schweiz: 144 (or 112)', 'Call 144 now'],
    // An English (US) browser in India: the time zone says where it is.
    ['en-US', 'Asia/Kolkata', 'India: 112 (or 108)', 'Call 112 now'],
    ['es-AR', 'America/Argentina/Buenos_Aires', 'Argentina: 107 (or 112)', 'Call 107 now'],
  ])('in %s and %s says the number for %s', async (locale, timezoneId, place, call) => {
    const browser = await launchBrowser({ locale, timezoneId });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${e2e.server.origin}/pages/article.html`);
      await page.waitForSelector('[data-health-term]');
      const popup = await browser.openPopup(await browser.tabIdOf(page));
      expect(await popup.locator('.emergency-number').textContent()).toBe(
        `Emergency number for ${place} Change country`,
      );
      await popup.getByRole('checkbox', { name: COLLAPSE_SEIZURE }).check();
      expect(await popup.getByRole('alert').textContent()).toContain(call);
    } finally {
      await browser.close();
    }
  });

  it('keeps the country chosen for the number across a reload, in the popup and on the page’s cards', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(page));
    await popup.getByRole('button', { name: 'Change country' }).click();
    await popup.getByRole('combobox', { name: 'Country for the emergency number' }).selectOption('NO');
    await popup.getByText('Emergency number for Norway: 113 (or 112)').waitFor();

    await popup.reload();
    expect(await popup.locator('.emergency-number').textContent()).toBe(
      'Emergency number for Norway: 113 (or 112) Change country',
    );
    await popup.getByRole('checkbox', { name: STROKE_SIGNS }).check();
    expect(await popup.getByRole('alert').textContent()).toContain('Call 113 now');

    // The card of a term with an emergency red flag names the same number.
    await page.bringToFront();
    await page.hover('[data-health-term="dysphagia"]');
    const card = page.locator('mtg-card [role="dialog"]');
    await card.getByText('Call 113 (or 112) now for').waitFor();

    await popup.getByRole('button', { name: 'Change country' }).click();
    await popup.getByRole('combobox', { name: 'Country for the emergency number' }).selectOption('auto');
    await popup.getByText('Emergency number for United States: 911').waitFor();
    await popup.close();
    await page.close();
  });
});
