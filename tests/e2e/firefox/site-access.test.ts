/**
 * Firefox lets a person withhold the sites an extension reads (MV3 host
 * permissions; Firefox for Android has no menu to grant them later). Where
 * they are withheld nothing runs, so the popup and the options page say so
 * and offer one button that asks for them. Firefox here starts as for a
 * person who withheld every site (`extensions.originControls.grantByDefault`
 * false); the driver accepts the browser's own prompt, which a test cannot click.
 */
import { describe, expect, it } from 'vitest';
import { useDriver } from '../drivers/use-driver';
import { HIGHLIGHT } from '../support';

const driverOf = useDriver('firefox', { grantSitesAtInstall: false });

describe('sites withheld in Firefox', () => {
  it('the popup says the page cannot be read and one click allows it; the page then highlights', async () => {
    const driver = driverOf();
    const options = await driver.openOptions();
    await options.role('button', 'Allow on all sites').waitFor();
    expect(await options.text('.access-summary')).toContain(
      'Your browser has not let Muscle Twitch Glossary read any site yet',
    );

    const page = await driver.open(`${driver.origin}/pages/article.html`);
    const popup = await driver.openPopup(page);
    // A popup opened without a click on the toolbar button cannot see the tab's address, so it asks for every site.
    const allow = popup.role('button', 'Allow on all sites');
    await allow.waitFor();
    expect(await popup.text('.access-request')).toContain(
      'Your browser has not let Muscle Twitch Glossary read this page, so no terms are highlighted here.',
    );
    expect(await page.count(HIGHLIGHT)).toBe(0);
    expect(await popup.count('[role="switch"]')).toBe(1); // only "on all sites": no site switch for a page it cannot read

    await allow.click();
    // The positive control for the count above: the page reloads with the content script and highlights.
    await page.waitFor(HIGHLIGHT);
    expect(await driver.pageState(page)).toMatchObject({ site: { host: '127.0.0.1' }, active: true });
    await popup.role('switch', 'Highlight terms on 127.0.0.1').waitFor();
    expect(await popup.count('.access-request')).toBe(0);
    // The options page follows the change while open.
    await options.waitFor('.access-summary:not(.access-request)');
    expect(await options.text('.access-summary')).toContain('Your browser lets Muscle Twitch Glossary read every site');
    await popup.close();
    await page.close();
    await options.close();
  });
});
