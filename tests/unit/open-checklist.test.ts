import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openChecklist } from '../../lib/background/open-checklist';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('openChecklist', () => {
  it('opens the toolbar popup where the browser allows it', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openChecklist(7)).toBe('popup');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the popup page in a tab, for the same tab, where it does not', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('not allowed without a user gesture'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openChecklist(7)).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html?tab=7') });
  });
});
