import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/launch-extension';
import { openHighlighted, useE2E } from './support';

const e2e = useE2E();

describe('popup', () => {
  it('tells the person to call the emergency number at once when an emergency sign is ticked', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(page));
    const alert = popup.getByRole('alert');
    expect((await alert.textContent())?.trim()).toBe('');

    await popup.getByRole('checkbox', { name: 'Sudden weakness or numbness on one side of the body' }).check();
    expect(await alert.textContent()).toContain('Call 911 now');

    await popup.getByRole('checkbox', { name: 'A twitch that has lasted more than 2 weeks' }).check();
    expect(await alert.textContent()).toContain('Call 911 now');
    await popup.getByRole('checkbox', { name: 'Sudden weakness or numbness on one side of the body' }).uncheck();
    expect(await alert.textContent()).toContain('See a doctor soon');
    expect(await alert.textContent()).not.toContain('Call 911 now');
    await popup.close();
    await page.close();
  });

  it('stores nothing the person ticks', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(page));
    await popup.getByRole('checkbox', { name: 'A single jerk as you fall asleep' }).check();
    const stored = await e2e.browser.serviceWorker.evaluate(async () =>
      JSON.stringify([
        await chrome.storage.local.get(),
        await chrome.storage.sync.get(),
        await chrome.storage.session.get(),
      ]),
    );
    expect(stored).not.toContain('sleep');
    expect(stored).not.toContain('jerk');
    await popup.reload();
    expect(await popup.getByRole('checkbox', { name: 'A single jerk as you fall asleep' }).isChecked()).toBe(false);
    await popup.close();
    await page.close();
  });

  it('lists the terms found on the tab with their definitions', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const popup = await e2e.browser.openPopup(await e2e.browser.tabIdOf(page));
    await popup.getByRole('heading', { name: /Terms on this page \(7\)/ }).waitFor();
    const terms = await popup.$$eval('.term dt', (nodes) => nodes.map((node) => node.textContent));
    expect(terms).toEqual([
      'Fasciculation',
      'Isaacs syndrome',
      'Spinal muscular atrophy',
      'Multiple sclerosis',
      'Dysphagia',
      'Electromyography',
      'Nerve conduction study',
    ]);
    await popup.close();
    await page.close();
  });

  it('shows the number of distinct terms on the toolbar badge', async () => {
    const page = await openHighlighted(e2e, `${e2e.server.origin}/pages/article.html`);
    const tabId = await e2e.browser.tabIdOf(page);
    const badge = () => e2e.browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('7');
    await page.close();
  });

  it('gives the emergency number of the browser’s region', async () => {
    const british = await launchBrowser({ locale: 'en-GB' });
    try {
      const page = await british.context.newPage();
      await page.goto(`${e2e.server.origin}/pages/article.html`);
      await page.waitForSelector('[data-health-term]');
      const popup = await british.openPopup(await british.tabIdOf(page));
      await popup.getByRole('checkbox', { name: 'Passing out, being hard to wake, or suddenly confused' }).check();
      expect(await popup.getByRole('alert').textContent()).toContain('Call 999 now');
    } finally {
      await british.close();
    }
  });
});
