/**
 * The product's promises, one scenario list for every browser the extension
 * ships for: each browser's test file calls `productPromises` with its
 * driver. A scenario is written once, in the words of ../drivers/driver.ts;
 * where a browser gives a person something else (Firefox cannot open the
 * toolbar popup from a web page's click), the scenario asserts what that
 * person gets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checklist, entries, KNOWLEDGE } from '../../../knowledge';
import { MAX_SITE_LIST_CHARS } from '../../../lib/core/site-rules';
import type { ExtensionDriver, TestPage } from '../drivers/driver';
import { paintedPoint, shownHighlights } from '../page-highlights';
import { CARD, HIGHLIGHT, POPUP_SIZE } from '../support';

const itemText = (id: string) => checklist.items.find((item) => item.id === id)?.text ?? id;
const STROKE_SIGNS = itemText('stroke-signs');
const TWITCH_PERSISTS = itemText('twitch-persists');
const SLEEP_JERK = itemText('eyelid-or-sleep-jerk');
const EMERGENCY_ITEMS = checklist.items.filter((item) => item.tier === 'emergency').length;
const fasciculation = entries.find((entry) => entry.id === 'fasciculation');
const fasciculacion = KNOWLEDGE.es.entries.find((entry) => entry.id === 'fasciculation');

/** Opens `url` and waits until its content script reports highlighting done (long pages take several slices). */
async function openHighlighted(driver: ExtensionDriver, url: string): Promise<TestPage> {
  const page = await driver.open(url);
  await page.waitFor(HIGHLIGHT);
  await expect.poll(async () => (await driver.pageState(page)).busy).toBe(false);
  return page;
}

/**
 * [text, entry id] of every highlighted occurrence, painted or wrapped, in
 * document order, as the content script reports it; its texts must be what
 * the page itself shows (elements and ranges in CSS.highlights).
 */
async function highlightsIn(driver: ExtensionDriver, page: TestPage, within?: string): Promise<[string, string][]> {
  const reported = await driver.occurrences(page, within);
  expect(await page.evaluate(shownHighlights, within ?? null)).toEqual(reported.map(([text]) => text));
  return reported.map(([text, id]) => [text, id]);
}
const termIdsOn = async (driver: ExtensionDriver, page: TestPage) =>
  (await highlightsIn(driver, page)).map(([, id]) => id);
/** How many occurrences the page shows highlighted, painted or wrapped. */
const shownCount = async (page: TestPage) => (await page.evaluate(shownHighlights, null)).length;
const bodyHtml = (page: TestPage) => page.evaluate(() => document.body.innerHTML);
/** The page's body as its author wrote it (parsed again from what the server sent). */
const originalBody = (page: TestPage) =>
  page.evaluate(() => (window as unknown as { originalBody: Promise<string> }).originalBody);
/** No highlight element and nothing of ours in CSS.highlights (runs in the page). */
const noHighlightLeft = () =>
  document.querySelectorAll('[data-health-term]').length === 0 &&
  ![...((globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights?.keys() ?? [])].some((name) =>
    name.startsWith('health-term'),
  );

export function productPromises(driverOf: () => ExtensionDriver): void {
  // Each scenario starts from the default settings, whatever the one before did.
  afterEach(() => driverOf().clearSettings());

  describe('highlighting', () => {
    it('highlights the terms of a demo health article, as the content script reports', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/demo/article-4.html`);
      const ids = new Set(await termIdsOn(driver, page));
      for (const id of [
        'fasciculation',
        'multiple-sclerosis',
        'amyotrophic-lateral-sclerosis',
        'isaacs-syndrome',
        'radiculopathy',
        'herniated-disc',
        'spasticity',
        'vitamin-b6-toxicity',
        'electrolytes',
      ]) {
        expect(ids, id).toContain(id);
      }
      const state = await driver.pageState(page);
      expect(state).toMatchObject({ site: { host: '127.0.0.1' }, active: true });
      expect(new Set(state.termIds)).toEqual(ids);
      await page.close();
    });

    it('highlights nothing on a software page full of look-alike abbreviations, though it ran there', async () => {
      const driver = driverOf();
      const page = await driver.open(`${driver.origin}/demo/release-notes.html`);
      // The report is the positive control: the content script ran and decided.
      expect(await driver.pageState(page)).toMatchObject({ site: { host: '127.0.0.1' }, active: true, termIds: [] });
      expect(await shownCount(page)).toBe(0);
      await page.close();
    });

    it('follows a page that grows after it loaded', async () => {
      const driver = driverOf();
      const page = await driver.open(`${driver.origin}/pages/later.html`);
      expect(await driver.pageState(page)).toMatchObject({ termIds: [] });
      await page.evaluate(() => {
        (window as unknown as { addPost(text: string): void }).addPost('New post: my fasciculations come and go.');
      });
      await page.waitFor(`.post ${HIGHLIGHT}`);
      expect(await termIdsOn(driver, page)).toEqual(['fasciculation']);
      await page.close();
    });
  });

  describe('in Spanish', () => {
    it('reads a Spanish page in Spanish, its card in Spanish, and an English page quoting Spanish in both', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/demo/articulo-es.html`);
      const found = await driver.occurrences(page, '#serious');
      expect(found.map(([text, id, , language]) => [text, id, language])).toEqual(
        expect.arrayContaining([
          ['ELA', 'amyotrophic-lateral-sclerosis', 'es'],
          ['síndrome de Isaacs', 'isaacs-syndrome', 'es'],
        ]),
      );
      await page.focus(`#intro ${HIGHLIGHT}[data-health-term="fasciculation"]`);
      await page.waitFor(CARD, { timeout: 2_000 });
      expect(await page.text('mtg-card h2')).toBe('Fasciculación');
      expect(await page.text(CARD)).toContain(fasciculacion?.definition);
      await page.close();

      const quoting = await openHighlighted(driver, `${driver.origin}/pages/quote-es.html`);
      await expect
        .poll(async () => (await driver.occurrences(quoting, '#quote')).map(([text, , , language]) => [text, language]))
        .toEqual([
          ['fasciculaciones', 'es'],
          ['electromiografía', 'es'],
        ]);
      expect((await driver.occurrences(quoting, '#before')).map(([text, , , language]) => [text, language])).toEqual([
        ['fasciculation', 'en'],
        ['electromyography', 'en'],
      ]);
      await quoting.close();
    });
  });

  describe('the page stays the page’s own', () => {
    it('marks each term once, as the longest match, across markup and never in forms or code', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      expect(await highlightsIn(driver, page)).toEqual([
        ['fasciculation', 'fasciculation'],
        ['Isaacs syndrome', 'isaacs-syndrome'],
        ['spinal muscular atrophy', 'spinal-muscular-atrophy'],
        ['multiple sclerosis', 'multiple-sclerosis'],
        ['MS', 'multiple-sclerosis'],
        ['dysphagia', 'dysphagia'],
        ['electromyography', 'electromyography'],
        ['EMG', 'electromyography'],
        ['nerve conduction study', 'nerve-conduction-study'],
      ]);
      // Elements only for the tab stops (the first of each term); the rest is painted, adding no node.
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('[data-health-term]')].map((element) => element.textContent),
        ),
      ).toEqual([
        'fasciculation',
        'Isaacs',
        ' syndrome',
        'spinal muscular atrophy',
        'multiple sclerosis',
        'dysphagia',
        'electromyography',
        'nerve conduction study',
      ]);
      expect(
        await page.evaluate(() => [
          (document.getElementById('notes') as HTMLTextAreaElement).value,
          (document.getElementById('field') as HTMLInputElement).value,
          document.getElementById('code')?.textContent,
        ]),
      ).toEqual(['fasciculation in a textarea', 'dysphagia', 'const fasciculation = true;']);
      await page.close();
    });

    it('shows exactly what page code writes into or removes from text nodes it holds', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/framework.html`);
      await page.waitUntil(() => document.querySelectorAll('#first [data-health-term]').length === 2);
      await page.evaluate(() => (window as unknown as { rewriteOwned(): void }).rewriteOwned());
      await page.waitUntil(() => document.querySelector('#first [data-health-term="myoclonus"]') !== null);
      expect(await page.text('#first')).toBe('Rewritten: now about myoclonus only.');
      expect(
        await page.evaluate(() => (window as unknown as { ownedStillAttached(): boolean }).ownedStillAttached()),
      ).toBe(true);
      await page.evaluate(() => (window as unknown as { removeOwned(): void }).removeOwned());
      await page.waitUntil(() => document.querySelector('#second')?.innerHTML === '<b>Keep</b>');
      await page.close();
    });
  });

  describe('the card', () => {
    it('opens on hover with the plain-language explanation, inside the viewport, and closes on Escape', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      await page.hover(`#intro ${HIGHLIGHT}`);
      await page.waitFor(CARD, { timeout: 2_000 });
      const text = await page.text(CARD);
      expect(text).toContain(fasciculation?.definition);
      expect(text).toContain('See a doctor if');
      expect(text).toContain('Not medical advice');
      // Where the facts come from, linked.
      expect(
        await page.evaluate(() =>
          [...(document.querySelector('mtg-card')?.shadowRoot?.querySelectorAll('[role="dialog"] a') ?? [])].map(
            (link) => link.getAttribute('href'),
          ),
        ),
      ).toEqual(fasciculation?.sources.map((source) => source.url));
      const box = await page.box(CARD);
      const viewport = page.viewport();
      expect(box).not.toBeNull();
      if (box) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }
      // Styled inside its shadow root: a real card, not unstyled text on the page.
      expect(
        await page.evaluate(
          () =>
            getComputedStyle(
              document.querySelector('mtg-card')?.shadowRoot?.querySelector('[role="dialog"]') ?? document.body,
            ).position,
        ),
      ).toBe('fixed');
      await page.press('Escape');
      await page.waitFor(CARD, { gone: true, timeout: 2_000 });
      await page.close();
    });

    it('opens from a painted occurrence (a range, no element) under the mouse, and closes when it leaves', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const heading = () =>
        page.evaluate(() => document.querySelector('mtg-card')?.shadowRoot?.querySelector('h2')?.textContent ?? null);
      const point = await page.evaluate(paintedPoint, { text: 'MS', within: null, nth: 0 });
      expect(point).not.toBeNull();
      if (!point) return;
      await page.mouseMove(2, 2);
      await page.mouseMove(point.x, point.y);
      await page.waitFor(CARD, { timeout: 2_000 });
      expect(await heading()).toBe('MS: multiple sclerosis');
      await page.mouseMove(2, 2);
      await page.waitFor(CARD, { gone: true, timeout: 2_000 });
      await page.close();
    });

    it('opens from the keyboard and gives focus back to the term on Escape', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      await page.focus(`#intro ${HIGHLIGHT}`);
      await page.waitFor(CARD, { timeout: 2_000 });
      await page.press('Escape');
      await page.waitFor(CARD, { gone: true, timeout: 2_000 });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-health-term'))).toBe('fasciculation');
      await page.close();
    });

    it('opens the red-flag checklist as the toolbar popup from the card', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      await page.bringToFront();
      expect(await driver.openToolbarPopups()).toEqual([]);
      await page.hover(`#intro ${HIGHLIGHT}`);
      await page.waitFor(CARD);
      await page.click('mtg-card button.checklist-link');
      await expect.poll(() => driver.openToolbarPopups()).toEqual(['/popup.html']);
      await page.close();
    });
  });

  describe('the popup', () => {
    it('says to call the emergency number at once when an emergency sign is ticked', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const popup = await driver.openPopup(page);
      await popup.role('checkbox', STROKE_SIGNS).waitFor();
      expect((await popup.text('[role="alert"]')).trim()).toBe('');

      await popup.role('checkbox', STROKE_SIGNS).click();
      expect(await popup.text('[role="alert"]')).toContain('Call 911 now');
      await popup.role('checkbox', TWITCH_PERSISTS).click();
      expect(await popup.text('[role="alert"]')).toContain('Call 911 now');
      await popup.role('checkbox', STROKE_SIGNS).click();
      expect(await popup.text('[role="alert"]')).toContain('See a doctor soon');
      expect(await popup.text('[role="alert"]')).not.toContain('Call 911 now');
      await popup.close();
      await page.close();
    });

    it('stores nothing the person ticks', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const popup = await driver.openPopup(page);
      await popup.role('checkbox', SLEEP_JERK).click();
      expect(await popup.role('checkbox', SLEEP_JERK).isChecked()).toBe(true);
      const stored = await driver.storedJson();
      expect(stored).not.toContain('sleep');
      expect(stored).not.toContain('jerk');
      await popup.reload();
      expect(await popup.role('checkbox', SLEEP_JERK).isChecked()).toBe(false);
      await popup.close();
      await page.close();
    });

    it('shows the whole emergency tier on its first screen at the toolbar popup’s size', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const popup = await driver.openPopup(page);
      await popup.setViewport(POPUP_SIZE);
      const tier = popup.role('group', 'Call 911 now if you notice');
      await tier.waitFor();
      const box = await tier.box();
      expect(box && box.y + box.height).toBeLessThanOrEqual(POPUP_SIZE.height);
      expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(POPUP_SIZE.width);
      expect(await popup.count('fieldset.tier-emergency input[type="checkbox"]')).toBe(EMERGENCY_ITEMS);
      expect(await popup.count('input[type="checkbox"]')).toBeLessThanOrEqual(15);
      await popup.close();
      await page.close();
    });

    it('lists the terms on the page, counts them on the toolbar badge and names the shortcut', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      await expect.poll(() => driver.toolbarButton(page)).toEqual({ badge: '7', title: 'Muscle Twitch Glossary' });
      const popup = await driver.openPopup(page);
      await popup.role('heading', 'Terms on this page (7)').waitFor();
      expect(
        await popup.evaluate(() => [...document.querySelectorAll('.term dt')].map((node) => node.textContent)),
      ).toEqual([
        'Fasciculation',
        'Isaacs syndrome',
        'Spinal muscular atrophy',
        'Multiple sclerosis',
        'Dysphagia',
        'Electromyography',
        'Nerve conduction study',
      ]);
      expect(await popup.text('.shortcut kbd')).toBe('Alt+Shift+H');
      await popup.close();
      await page.close();
    });

    it('opens the browser’s own page for changing the shortcut', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const popup = await driver.openPopup(page);
      await popup.role('button', 'Change shortcut').click();
      await expect.poll(() => driver.tabUrls()).toContain(driver.shortcutSettingsUrl);
      await popup.close();
      await page.close();
    });
  });

  describe('the switches', () => {
    it('turns a site off live, restores the page exactly, survives a reload, and leaves other sites alone', async () => {
      const driver = driverOf();
      const site = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const otherSite = await openHighlighted(driver, `${driver.otherOrigin}/pages/article.html`);
      const highlightCount = await shownCount(site);
      expect(highlightCount).toBeGreaterThan(await site.count(`${HIGHLIGHT}[tabindex="0"]`));
      // An open card too, so turning off has to remove the card's host as well.
      await site.hover(`#intro ${HIGHLIGHT}`);
      await site.waitFor(CARD);

      const popup = await driver.openPopup(site);
      const siteSwitch = popup.role('switch', 'Highlight terms on 127.0.0.1');
      expect(await siteSwitch.isChecked()).toBe(true);
      await siteSwitch.click();
      await site.waitUntil(noHighlightLeft);
      await site.waitUntil(() => document.querySelector('mtg-card') === null);
      expect(await siteSwitch.isChecked()).toBe(false);
      expect(await bodyHtml(site)).toBe(await originalBody(site));
      // The toolbar button says so for this tab: no count, a title that says off.
      await expect
        .poll(() => driver.toolbarButton(site))
        .toEqual({ badge: '', title: 'Muscle Twitch Glossary (off on this site)' });
      expect(await shownCount(otherSite)).toBe(highlightCount);

      await site.reload();
      await otherSite.reload();
      await otherSite.waitFor(HIGHLIGHT);
      expect(await driver.pageState(site)).toMatchObject({ site: { host: '127.0.0.1' }, active: false, termIds: [] });
      expect(await shownCount(site)).toBe(0);

      await popup.reload();
      await popup.role('switch', 'Highlight terms on 127.0.0.1').click();
      await expect.poll(() => shownCount(site)).toBe(highlightCount);
      await popup.close();
      await site.close();
      await otherSite.close();
    });

    it('turns highlighting off everywhere with the global switch, also after a reload, and back on', async () => {
      const driver = driverOf();
      const site = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const otherSite = await openHighlighted(driver, `${driver.otherOrigin}/pages/article.html`);
      const popup = await driver.openPopup(site);
      await popup.role('switch', 'Highlight on all sites').click();
      for (const page of [site, otherSite]) {
        await page.waitUntil(noHighlightLeft);
        expect(await bodyHtml(page)).toBe(await originalBody(page));
      }
      await site.reload();
      // The page's report is the positive control: the content script ran after the reload and stayed off.
      expect(await driver.pageState(site)).toMatchObject({ active: false, termIds: [] });
      expect(await shownCount(site)).toBe(0);
      await popup.role('switch', 'Highlight on all sites').click();
      await site.waitFor(HIGHLIGHT);
      await otherSite.waitFor(HIGHLIGHT);
      await popup.close();
      await site.close();
      await otherSite.close();
    });
  });

  describe('the options page', () => {
    it('changes how highlights look live in an open tab, and keeps the choice in the browser’s storage', async () => {
      const driver = driverOf();
      const page = await openHighlighted(driver, `${driver.origin}/pages/article.html`);
      const options = await driver.openOptions();
      const background = () =>
        page.evaluate(() => {
          const element = document.querySelector('[data-health-term]');
          return element ? getComputedStyle(element).backgroundColor : '';
        });
      expect(await background()).toBe('rgba(0, 0, 0, 0)');
      await options.role('radio', 'Soft background colour').click();
      await expect.poll(background).not.toBe('rgba(0, 0, 0, 0)');
      expect(await driver.storedJson()).toContain('"highlightStyle":"background"');
      // The longest site list the options page accepts, with every other setting, fits one sync item;
      // the browser does limit an item's size (8 KB in both), which is why the list has a cap.
      expect(await driver.syncKeeps(MAX_SITE_LIST_CHARS + 1_000)).toBe(true);
      expect(await driver.syncKeeps(9_000)).toBe(false);

      await options.reload();
      expect(await options.role('radio', 'Soft background colour').isChecked()).toBe(true);
      await page.reload();
      await page.waitFor(HIGHLIGHT);
      expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
      await driver.clearSettings();
      await expect.poll(background).toBe('rgba(0, 0, 0, 0)');
      await options.close();
      await page.close();
    });
  });

  describe('privacy', () => {
    it('requests nothing but the local pages and the extension’s own files, with cards, popup and switches used', async () => {
      const driver = driverOf();
      const requests: string[] = [];
      for (const path of ['/pages/article.html', '/demo/article-4.html', '/demo/forum.html']) {
        const page = await openHighlighted(driver, `${driver.origin}${path}`);
        await page.hover(HIGHLIGHT);
        await page.waitFor(CARD);
        const popup = await driver.openPopup(page);
        await popup.role('checkbox', STROKE_SIGNS).click();
        await popup.role('switch', 'Highlight terms on 127.0.0.1').click();
        await page.waitUntil(noHighlightLeft);
        await popup.role('switch', 'Highlight terms on 127.0.0.1').click();
        await page.waitFor(HIGHLIGHT);
        requests.push(...page.requests, ...popup.requests);
        await popup.close();
        await page.close();
      }
      // The positive control: the pages' own requests were seen.
      expect(requests.filter((url) => url.startsWith(driver.origin)).length).toBeGreaterThanOrEqual(3);
      // data: addresses never leave the machine (Firefox loads a built-in font as one).
      const local = [driver.origin, driver.extensionOrigin, 'data:'];
      expect(requests.filter((url) => !local.some((origin) => url.startsWith(origin)))).toEqual([]);
    });
  });
}
