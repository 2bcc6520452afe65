import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import { loadSettings, SETTINGS_AREA, updateSettings } from '../../lib/platform/settings-store';
import { Options } from '../../lib/ui/Options';
import { requestSiteAccess } from '../../lib/ui/page-actions';
import { fakeExtensionPageBrowser } from './fake-extension-page';
import { fakeSitePermissions } from './fake-permissions';

beforeEach(() => fakeExtensionPageBrowser());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openOptions() {
  render(
    <Options synced place={{ timeZone: 'Asia/Kolkata', languages: ['en-US'] }} requestAccess={requestSiteAccess} />,
  );
  await screen.findByRole('heading', { name: 'Muscle Twitch Glossary settings' });
}

describe('options page', () => {
  it('shows the emergency number guessed for this browser and saves the country chosen instead', async () => {
    await openOptions();
    expect(screen.getByText(/Emergency number for/).textContent).toBe('Emergency number for India: 112 (or 108)');
    const select = screen.getByRole('combobox', { name: 'Country for the emergency number' }) as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect(select.options[0]?.textContent).toBe('Automatic (India)');
    fireEvent.change(select, { target: { value: 'ZA' } });
    await waitFor(async () => expect((await loadSettings()).emergencyRegion).toBe('ZA'));
    expect(screen.getByText(/Emergency number for/).textContent).toBe(
      'Emergency number for South Africa: 10177 (or 112)',
    );
  });

  it('shows the stored settings and saves each choice as it is made', async () => {
    await updateSettings(() => ({ ...DEFAULT_SETTINGS, density: 'first-per-page', sites: ['example.com'] }));
    await openOptions();
    expect((screen.getByRole('radio', { name: 'Only the first time on a page' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('button', { name: 'Remove example.com' })).toBeDefined();

    fireEvent.click(screen.getByRole('radio', { name: 'Soft background colour' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Medicines' }));
    await waitFor(async () =>
      expect(await loadSettings()).toMatchObject({
        highlightStyle: 'background',
        categories: ['symptom', 'condition', 'test', 'nutrient', 'body'],
      }),
    );
    expect(screen.getByText('Alt+Shift+H')).toBeDefined();
  });

  it('validates a new site with a clear message, then adds and removes it', async () => {
    await openOptions();
    const input = screen.getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(input, { target: { value: 'localhost:99999' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    expect(screen.getByRole('alert').textContent).toBe(
      '“localhost:99999” is not a site name. Try something like example.com.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(input, { target: { value: 'https://News.Example.org/today' } });
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    await screen.findByRole('button', { name: 'Remove news.example.org' });
    expect((await loadSettings()).sites).toEqual(['news.example.org']);
    expect(screen.getByText('Added news.example.org.')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Remove news.example.org' }));
    await screen.findByText('No sites listed yet.');
    expect((await loadSettings()).sites).toEqual([]);
  });

  it('says so when the browser refuses to save, and keeps the stored settings', async () => {
    await openOptions();
    vi.spyOn(fakeBrowser.storage[SETTINGS_AREA], 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Dark', exact: true }));
    const alert = await screen.findByText(
      'Your change could not be saved: QUOTA_BYTES_PER_ITEM quota exceeded. Please try again.',
    );
    expect(alert.getAttribute('role')).toBe('alert');
    vi.mocked(fakeBrowser.storage[SETTINGS_AREA].set).mockRestore();
    expect((await loadSettings()).theme).toBe('auto');
  });

  it('restores the defaults only after a second, explicit step', async () => {
    await updateSettings(() => ({ ...DEFAULT_SETTINGS, enabled: false, sites: ['a.org'] }));
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Restore default settings' }));
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect((await loadSettings()).sites).toEqual(['a.org']);
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(async () => expect(await loadSettings()).toEqual(DEFAULT_SETTINGS));
  });
});

describe('sites the browser lets the extension read', () => {
  it('says every site is allowed when it is', async () => {
    await openOptions();
    await screen.findByText(/Your browser lets Muscle Twitch Glossary read every site/);
    expect(screen.queryByRole('button', { name: 'Allow on all sites' })).toBeNull();
  });

  it('names the sites allowed one by one and asks for all with one button, then says so', async () => {
    const permissions = fakeSitePermissions(['https://www.nhs.uk/*', 'http://www.nhs.uk/*']);
    await openOptions();
    await screen.findByText(/read only these sites: www.nhs.uk\./);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on all sites' }));
    await screen.findByText(/Your browser lets Muscle Twitch Glossary read every site/);
    expect(permissions.requested).toEqual([['http://*/*', 'https://*/*']]);
  });

  it('says when no site is allowed yet', async () => {
    fakeSitePermissions([]);
    await openOptions();
    await screen.findByText(/has not let Muscle Twitch Glossary read any site yet/);
  });
});
