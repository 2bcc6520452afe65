/**
 * The product in Spanish, in a real browser: a Spanish health page read with
 * the Spanish index the background sends, its cards in Spanish; an English
 * page quoting Spanish read in both; Spanish prose about software and money
 * left alone; the card in the browser's language when the person asks; and
 * the popup of a Spanish browser entirely in Spanish.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../../knowledge';
import { translatorFor } from '../../lib/core/catalogues';
import { TERM_LANGUAGE_ATTRIBUTE } from '../../lib/core/constants';
import { launchBrowser } from '../../scripts/lib/launch-extension';
import { englishLeftovers } from '../helpers/english-leftovers';
import { CARD, highlightingDone, occurrencesOf, openHighlighted, pageStateOf, useE2E } from './support';

const e2e = useE2E();
const es = translatorFor('es');
const spanishEntry = (id: string) => KNOWLEDGE.es.entries.find((entry) => entry.id === id);
const englishEntry = (id: string) => KNOWLEDGE.en.entries.find((entry) => entry.id === id);

/** The open card's language, title and text. */
async function openCard(page: Page) {
  await page.waitForSelector(CARD);
  return page.evaluate(() => {
    const dialog = document.querySelector('mtg-card')?.shadowRoot?.querySelector('[role="dialog"]');
    return {
      lang: dialog?.getAttribute('lang') ?? null,
      title: dialog?.querySelector('h2')?.textContent ?? null,
      text: dialog?.textContent ?? '',
      close: dialog?.querySelector('button.close')?.getAttribute('aria-label') ?? null,
    };
  });
}

describe('Spanish pages', () => {
  it('highlights a Spanish health page in Spanish, with Spanish cards', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/articulo-es.html`);
    await highlightingDone(e2e, page);
    const found = await occurrencesOf(e2e, page, '#serious');
    expect(found.map(([text, id, , language]) => [text, id, language])).toEqual(
      expect.arrayContaining([
        ['síndrome de fasciculación benigna', 'benign-fasciculation-syndrome', 'es'],
        ['ELA', 'amyotrophic-lateral-sclerosis', 'es'],
        ['esclerosis lateral amiotrófica', 'amyotrophic-lateral-sclerosis', 'es'],
        ['síndrome de Isaacs', 'isaacs-syndrome', 'es'],
      ]),
    );
    expect(new Set((await occurrencesOf(e2e, page)).map(([, , , language]) => language))).toEqual(new Set(['es']));

    await page.focus('#intro [data-health-term="fasciculation"][tabindex="0"]');
    const card = await openCard(page);
    const fasciculation = spanishEntry('fasciculation');
    expect(card.lang).toBe('es');
    expect(card.title).toBe('Fasciculación');
    expect(card.close).toBe('Cerrar');
    expect(card.text).toContain(fasciculation?.definition);
    expect(card.text).toContain(`Consulte a un médico si ${fasciculation?.seeDoctorIf}`);
    expect(card.text).toContain(es.t('card_disclaimer'));
    expect(card.text).toMatch(/Fuentes?:/);
    await page.close();
  });

  it('leaves an English page as it was: every occurrence English, no language mark, English cards', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/article-1.html`);
    await highlightingDone(e2e, page);
    const found = await occurrencesOf(e2e, page);
    expect(found.length).toBeGreaterThan(10);
    expect(new Set(found.map(([, , , language]) => language))).toEqual(new Set(['en']));
    expect(await page.locator(`[${TERM_LANGUAGE_ATTRIBUTE}]`).count()).toBe(0);
    await page.focus('[data-health-term="fasciculation"][tabindex="0"]');
    expect(await openCard(page)).toMatchObject({ lang: 'en', title: 'Fasciculation', close: 'Close' });
    await page.close();
  });

  it('reads an English page quoting Spanish in both languages, each card in its term’s language', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/quote-es.html`);
    await expect
      .poll(async () =>
        (await occurrencesOf(e2e, page, '#quote')).map(([text, id, , language]) => [text, id, language]),
      )
      .toEqual([
        ['fasciculaciones', 'fasciculation', 'es'],
        ['electromiografía', 'electromyography', 'es'],
      ]);
    expect((await occurrencesOf(e2e, page, '#before')).map(([text, , , language]) => [text, language])).toEqual([
      ['fasciculation', 'en'],
      ['electromyography', 'en'],
    ]);
    expect((await occurrencesOf(e2e, page, '#after')).map(([text, , , language]) => [text, language])).toEqual([
      ['amyotrophic lateral sclerosis', 'en'],
    ]);

    // The English tab stop opens an English card...
    await page.focus('#before [data-health-term="fasciculation"][tabindex="0"]');
    const english = await openCard(page);
    expect(english).toMatchObject({ lang: 'en', title: 'Fasciculation', close: 'Close' });
    expect(english.text).toContain(englishEntry('fasciculation')?.definition);
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { state: 'detached' });
    // ...and the Spanish occurrence a Spanish one (painted: reached with the pointer).
    const point = await page.evaluate(() => {
      const quote = document.querySelector('#quote')?.firstChild as Text;
      const range = document.createRange();
      const at = quote.data.indexOf('fasciculaciones');
      range.setStart(quote, at);
      range.setEnd(quote, at + 'fasciculaciones'.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const spanish = await openCard(page);
    expect(spanish).toMatchObject({ lang: 'es', title: 'Fasciculación', close: 'Cerrar' });
    await page.close();
  });

  it('leaves Spanish prose about software and money alone, though it read the page', async () => {
    const page = await e2e.browser.context.newPage();
    await page.goto(`${e2e.server.origin}/pages/otros-temas-es.html`);
    // The positive control: the content script ran here and finished.
    await expect.poll(async () => pageStateOf(e2e, page)).toMatchObject({ active: true, busy: false, termIds: [] });
    expect(await occurrencesOf(e2e, page)).toEqual([]);
    expect(await page.locator('[data-health-term]').count()).toBe(0);
    await page.close();
  });

  it('shows a Spanish term’s card in the browser’s language when the person chooses that', async () => {
    const options = await e2e.browser.context.newPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Always my browser’s language' }).check();
    await expect
      .poll(() => e2e.browser.serviceWorker.evaluate(() => chrome.storage.sync.get('settings')))
      .toMatchObject({ settings: { cardLanguage: 'interface' } });

    const page = await openHighlighted(e2e, `${e2e.server.origin}/demo/articulo-es.html`);
    await page.focus('#intro [data-health-term="fasciculation"][tabindex="0"]');
    const card = await openCard(page);
    expect(card).toMatchObject({ lang: 'en', title: 'Fasciculation', close: 'Close' });
    expect(card.text).toContain(englishEntry('fasciculation')?.definition);

    await options.getByRole('radio', { name: 'The language of the term' }).check();
    await page.close();
    await options.close();
  });
});

describe('a Spanish browser', () => {
  it('shows the popup entirely in Spanish, its checklist and terms from the Spanish knowledge', async () => {
    const browser = await launchBrowser({ locale: 'es-ES', timezoneId: 'Europe/Madrid' });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${e2e.server.origin}/demo/articulo-es.html`);
      await page.waitForSelector('[data-health-term]');
      const popup = await browser.openPopup(await browser.tabIdOf(page));
      await popup.getByRole('heading', { name: es.t('checklistTitle') }).waitFor();
      expect(await popup.locator('html').getAttribute('lang')).toBe('es');
      expect(await popup.locator('.emergency-number').textContent()).toBe(
        `${es.t('emergencyNumberFor', 'España')} 112 ${es.t('emergencyChange')}`,
      );
      for (const item of KNOWLEDGE.es.checklist.items) {
        expect(await popup.getByRole('checkbox', { name: item.text, exact: true }).count(), item.id).toBe(1);
      }
      await popup.getByRole('button', { name: 'Fasciculación', exact: true }).waitFor();
      const shown = await popup.evaluate(() => {
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
        for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]'))
          for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '');
        return [document.title, ...texts].join('\n');
      });
      expect(englishLeftovers(shown)).toEqual([]);
      expect(shown).toContain(es.t('popupFooter'));
    } finally {
      await browser.close();
    }
  });
});
