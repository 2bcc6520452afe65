import { describe, expect, it } from 'vitest';
import { checklist, KNOWLEDGE } from '../../knowledge';
import { translatorFor } from '../../lib/core/catalogues';
import { launchBrowser } from '../../scripts/lib/launch-extension';
import { openHighlighted, useE2E } from './support';

const e2e = useE2E();

const itemText = (id: string) => checklist.items.find((item) => item.id === id)?.text ?? id;
const STROKE_SIGNS = itemText('stroke-signs');

// Emergency guidance, nothing stored, the terms, the badge, the first screen: ./scenarios/promises.ts, in both browsers.
describe('popup', () => {
  it.each([
    ['en-GB', 'Europe/London', 'en', 'United Kingdom', '999 (or 112)', 'Call 999 now'],
    // A German browser gets the English interface (no German yet), countries named in it.
    ['de-CH', 'Europe/Zurich', 'en', 'Switzerland', '144 (or 112)', 'Call 144 now'],
    // An English (US) browser in India: the time zone says where it is.
    ['en-US', 'Asia/Kolkata', 'en', 'India', '112 (or 108)', 'Call 112 now'],
    // A Spanish browser gets the Spanish interface and checklist.
    ['es-AR', 'America/Argentina/Buenos_Aires', 'es', 'Argentina', '107 (o 112)', 'Llame al 107 ahora'],
  ] as const)(
    'in %s and %s (interface %s) says the number for %s: %s',
    async (locale, timezoneId, language, place, numbers, call) => {
      const browser = await launchBrowser({ locale, timezoneId });
      const { t } = translatorFor(language);
      try {
        const page = await browser.context.newPage();
        await page.goto(`${e2e.server.origin}/pages/article.html`);
        await page.waitForSelector('[data-health-term]');
        const popup = await browser.openPopup(await browser.tabIdOf(page));
        expect(await popup.locator('.emergency-number').textContent()).toBe(
          `${t('emergencyNumberFor', place)} ${numbers} ${t('emergencyChange')}`,
        );
        const collapse = KNOWLEDGE[language].checklist.items.find((item) => item.id === 'collapse-seizure');
        await popup.getByRole('checkbox', { name: collapse?.text }).check();
        expect(await popup.getByRole('alert').textContent()).toContain(call);
      } finally {
        await browser.close();
      }
    },
  );

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
