import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklist, entries } from '../../knowledge';
import { MESSAGE } from '../../lib/core/constants';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { loadSettings, SETTINGS_AREA, updateSettings } from '../../lib/platform/settings-store';
import { Popup } from '../../lib/ui/Popup';
import { requestSiteAccess } from '../../lib/ui/page-actions';
import { fakeExtensionPageBrowser } from './fake-extension-page';
import { fakeSitePermissions } from './fake-permissions';

const TAB_ID = 7;
const byId = new Map(entries.map((entry) => [entry.id, entry]));

beforeEach(() =>
  fakeExtensionPageBrowser({
    site: { host: 'example.org', port: '' },
    active: true,
    termIds: ['fasciculation'],
    busy: false,
  }),
);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const IN_ZURICH = { timeZone: 'Europe/Zurich', languages: ['de-CH', 'en'] };

function openPopup(place = IN_ZURICH) {
  return render(
    <Popup
      tabId={TAB_ID}
      checklist={checklist}
      entries={byId}
      place={place}
      showTerm={() => undefined}
      openOptions={() => undefined}
      requestAccess={(request) => requestSiteAccess(request, TAB_ID)}
    />,
  );
}

describe('popup switches', () => {
  it('stay hidden until the settings are read, so they never show a wrong "off"', async () => {
    const area = fakeBrowser.storage[SETTINGS_AREA];
    const realGet = area.get.bind(area);
    let releaseSettings = () => {};
    const settingsRead = new Promise<void>((resolve) => {
      releaseSettings = resolve;
    });
    vi.spyOn(area, 'get').mockImplementation(((keys: never) => settingsRead.then(() => realGet(keys))) as never);

    openPopup();
    await screen.findByRole('heading', { name: 'Terms on this page (1)' });
    expect(screen.queryByRole('switch')).toBeNull();

    releaseSettings();
    const siteSwitch = await screen.findByRole('switch', { name: 'Highlight terms on example.org' });
    expect(siteSwitch.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByRole('switch', { name: 'Highlight on all sites' }).getAttribute('aria-checked')).toBe('true');
  });

  it('show a site listed as off, and the site switch is disabled while everything is off', async () => {
    await updateSettings(() => ({ ...DEFAULT_SETTINGS, enabled: false, sites: ['example.org'] }));
    openPopup();
    const siteSwitch = await screen.findByRole('switch', { name: 'Highlight terms on example.org' });
    expect(siteSwitch.getAttribute('aria-checked')).toBe('false');
    expect((siteSwitch as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('switch', { name: 'Highlight on all sites' }).getAttribute('aria-checked')).toBe('false');
  });
});

describe('popup emergency number', () => {
  it('says which region it assumed, and the number there', async () => {
    openPopup();
    expect((await screen.findByText(/Emergency number for/)).textContent).toBe(
      'Emergency number for Switzerland: 144 (or 112) Change country',
    );
    expect(screen.getByRole('group', { name: 'Call 144 now if you notice' })).toBeTruthy();
  });

  it('changes the region in one step, saves the choice, and shows it when opened again', async () => {
    const popup = openPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Change country' }));
    const select = screen.getByRole('combobox', { name: 'Country for the emergency number' }) as HTMLSelectElement;
    expect(select.options[0]?.textContent).toBe('Automatic (Switzerland)');
    fireEvent.change(select, { target: { value: 'NO' } });
    await waitFor(async () => expect((await loadSettings()).emergencyRegion).toBe('NO'));
    expect((await screen.findByText(/Emergency number for Norway/)).textContent).toContain('113 (or 112)');

    popup.unmount();
    openPopup();
    expect((await screen.findByText(/Emergency number for/)).textContent).toContain('Norway: 113');
    expect(screen.queryByText(/Switzerland/)).toBeNull();
  });

  it('says when it does not know the region, and uses 112', async () => {
    openPopup({ timeZone: 'UTC', languages: [] });
    expect((await screen.findByText(/Emergency number/)).textContent).toBe(
      'Emergency number: 112 (works from mobile phones in most countries) Change country',
    );
  });
});

describe('a site the browser has not let the extension read', () => {
  const noContentScript = (url: string | undefined) => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => ({ id: TAB_ID, url })) as never);
    return vi.spyOn(fakeBrowser.tabs, 'reload').mockImplementation((async () => undefined) as never);
  };

  it.each<[string, string | undefined, string[], string]>([
    // The address is known (activeTab): ask for that site only.
    ['named', 'https://www.nhs.uk/conditions/', ['https://www.mayoclinic.org/*'], 'Allow on www.nhs.uk'],
    // The browser hides the address where the extension may not read: ask for every site.
    ['unnamed', undefined, [], 'Allow on all sites'],
  ])('says so and asks for it with one button (%s site), then reloads the page', async (_, url, granted, label) => {
    const reload = noContentScript(url);
    const permissions = fakeSitePermissions(granted);
    openPopup();
    await screen.findByText(/Your browser has not let Muscle Twitch Glossary read/);
    expect(screen.queryByText('Terms can’t be highlighted on this page.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: label }));
    await waitFor(() => expect(reload).toHaveBeenCalledWith(TAB_ID));
    expect(permissions.requested).toEqual([
      url ? ['http://www.nhs.uk/*', 'https://www.nhs.uk/*'] : ['http://*/*', 'https://*/*'],
    ]);
    // Granted: the request gives way (the page's own state follows once it has reloaded).
    await waitFor(() => expect(screen.queryByRole('button', { name: label })).toBeNull());
  });

  it('keeps the button and says nothing changed when the person refuses', async () => {
    const reload = noContentScript('https://www.nhs.uk/');
    const permissions = fakeSitePermissions([]);
    permissions.answer = false;
    openPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on www.nhs.uk' }));
    await screen.findByText(/Nothing was changed/);
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Allow on www.nhs.uk' })).toBeTruthy();
  });

  it.each([
    ['a browser page', 'about:addons', []],
    ['an allowed site whose page has no content script yet', 'https://www.nhs.uk/', ['https://www.nhs.uk/*']],
    ['a hidden address where every site is allowed', undefined, ['http://*/*', 'https://*/*']],
  ])('on %s says only that terms can’t be highlighted', async (_, url, granted) => {
    noContentScript(url);
    fakeSitePermissions(granted);
    openPopup();
    await screen.findByText('Terms can’t be highlighted on this page.');
    expect(screen.queryByText(/Your browser has not let/)).toBeNull();
  });
});

describe('the page’s own reports', () => {
  const report = (termIds: string[], frameId: number, tabId = TAB_ID) =>
    fakeBrowser.runtime.onMessage.trigger(
      { type: MESSAGE.pageTerms, site: { host: 'example.org', port: '' }, active: true, termIds, busy: false },
      { tab: { id: tabId }, frameId } as never,
      () => undefined,
    );

  it('shows what the top frame reports without asking the page again, and ignores other frames and tabs', async () => {
    openPopup();
    await screen.findByRole('heading', { name: 'Terms on this page (1)' });
    await report(['fasciculation', 'dysphagia'], 0);
    await screen.findByRole('heading', { name: 'Terms on this page (2)' });
    await report(['fasciculation', 'dysphagia', 'myokymia'], 3);
    await report(['fasciculation', 'dysphagia', 'myokymia'], 0, TAB_ID + 1);
    // The positive control for the two ignored reports: the next top-frame report shows at once.
    await report(['fasciculation', 'dysphagia', 'electromyography'], 0);
    await screen.findByText('Electromyography');
    expect(screen.queryByText('Myokymia')).toBeNull();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(1);
  });
});
