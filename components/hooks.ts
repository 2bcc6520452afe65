/** Data the popup shows, kept fresh while it is open. */

import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { MESSAGE, TOGGLE_SITE_COMMAND } from '../lib/constants';
import { isPageState, isPageTermsMessage, type PageState } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { loadSettings, updateSettings, watchSettings } from '../lib/settings-store';

/** The stored settings (repaired), or undefined while loading. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

export type PageStatus = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; state: PageState };

/**
 * What the tab's content script reports. Pages without one (browser pages,
 * stores, PDFs) are "unavailable". Refreshed whenever the tab reports a change.
 */
export function usePageState(tabId: number | undefined): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) {
      setStatus({ kind: 'unavailable' });
      return;
    }
    let live = true;
    const refresh = () =>
      browser.tabs
        // The top frame answers for the page (every frame runs a content script).
        .sendMessage(tabId, { type: MESSAGE.pageState }, { frameId: 0 })
        .then((reply: unknown) => (isPageState(reply) ? { kind: 'ready' as const, state: reply } : undefined))
        .catch(() => undefined)
        .then((next) => live && setStatus(next ?? { kind: 'unavailable' }));
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (isPageTermsMessage(message) && sender.tab?.id === tabId) void refresh();
    };
    void refresh();
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);
  return status;
}

/**
 * The key combination of the toggle-site shortcut, '' when the person removed
 * it (or another extension holds it), undefined while loading.
 */
export function useShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    let live = true;
    const read = () =>
      void browser.commands
        .getAll()
        .then((commands) => commands.find((command) => command.name === TOGGLE_SITE_COMMAND)?.shortcut ?? '')
        .catch(() => '')
        .then((found) => live && setShortcut(found));
    read();
    // The person may change it in the browser's shortcut settings and come back.
    window.addEventListener('focus', read);
    return () => {
      live = false;
      window.removeEventListener('focus', read);
    };
  }, []);
  return shortcut;
}

/** Applies the person's theme to the page (`data-theme` on the root; "auto" follows the system). */
export function useTheme(settings: Settings | undefined): void {
  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);
}

/**
 * Saves a change of settings; `error` says so when the browser refused to
 * store it (sync storage has size and rate limits), until a save succeeds.
 */
export function useSaveSettings(): { save: (update: (current: Settings) => Settings) => void; error: string } {
  const [error, setError] = useState('');
  const save = (update: (current: Settings) => Settings) =>
    void updateSettings(update).then(
      () => setError(''),
      (reason: unknown) =>
        setError(
          `Your change could not be saved: ${reason instanceof Error ? reason.message : String(reason)}. Please try again.`,
        ),
    );
  return { save, error };
}
