/** Data the popup shows, kept fresh while it is open. */

import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { useMessages } from '../../components/i18n';
import { TOGGLE_SITE_COMMAND } from '../core/constants';
import type { Settings } from '../core/settings';
import {
  type AccessRequest,
  ALL_SITES,
  accessRequestFor,
  type SitesAllowed,
  sitesAllowedOneByOne,
} from '../core/site-access';
import { askPageState, isPageTermsMessage, type PageState } from '../platform/messages';
import { loadSettings, updateSettings, watchSettings } from '../platform/settings-store';

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
 * What the tab's content script reports: asked once, then kept fresh from the
 * page's own reports (its top frame's). Pages without a content script
 * (browser pages, stores, PDFs, sites the browser has not allowed) are "unavailable".
 */
export function usePageState(tabId: number | undefined): PageStatus {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) {
      setStatus({ kind: 'unavailable' });
      return;
    }
    let live = true;
    void askPageState(tabId).then(
      (state) => live && setStatus(state ? { kind: 'ready', state } : { kind: 'unavailable' }),
    );
    const onMessage = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
      if (!isPageTermsMessage(message) || sender.tab?.id !== tabId || (sender.frameId ?? 0) !== 0) return;
      const { type: _, ...state } = message;
      setStatus({ kind: 'ready', state });
    };
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
  const { t } = useMessages();
  const save = (update: (current: Settings) => Settings) =>
    void updateSettings(update).then(
      () => setError(''),
      (reason: unknown) => setError(t('saveFailed', reason instanceof Error ? reason.message : String(reason))),
    );
  return { save, error };
}

/** Calls `onChange` whenever the sites the browser lets the extension read change; returns the unwatch function. */
function watchGrantedSites(onChange: () => void): () => void {
  browser.permissions.onAdded.addListener(onChange);
  browser.permissions.onRemoved.addListener(onChange);
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}

export type SiteAccess = { kind: 'checking' } | { kind: 'allowed' } | { kind: 'withheld'; request: AccessRequest };

/**
 * Whether the browser lets the extension read the tab's site, checked while
 * `needed` (its content script does not answer) and again whenever the
 * granted sites change. "allowed" also covers pages no extension may read
 * (browser pages): there is nothing to ask for there.
 */
export function useSiteAccess(tabId: number | undefined, needed: boolean): SiteAccess {
  const [access, setAccess] = useState<SiteAccess>({ kind: 'checking' });
  useEffect(() => {
    if (!needed || tabId === undefined) {
      setAccess({ kind: 'allowed' });
      return;
    }
    let live = true;
    const read = async (): Promise<SiteAccess> => {
      // The address is there only where the extension may read the page, or the toolbar button was clicked (activeTab).
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const request = accessRequestFor(tab?.url);
      if (!request) return { kind: 'allowed' };
      const granted = await browser.permissions.contains({ origins: request.origins }).catch(() => true);
      return granted ? { kind: 'allowed' } : { kind: 'withheld', request };
    };
    const refresh = () => void read().then((next) => live && setAccess(next));
    refresh();
    const unwatch = watchGrantedSites(refresh);
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId, needed]);
  return access;
}

/** The sites the browser lets the extension read: all of them, or those allowed one by one. Undefined while loading. */
export function useGrantedSites(): SitesAllowed | undefined {
  const [granted, setGranted] = useState<SitesAllowed>();
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void Promise.all([browser.permissions.contains({ origins: ALL_SITES }), browser.permissions.getAll()])
        .then(([all, permissions]) => ({ all, oneByOne: sitesAllowedOneByOne(permissions.origins ?? []) }))
        .catch(() => ({ all: true, oneByOne: [] }))
        .then((next) => live && setGranted(next));
    refresh();
    const unwatch = watchGrantedSites(refresh);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return granted;
}
