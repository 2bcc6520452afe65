/**
 * The content script's view of the settings: read and watched straight from
 * the storage area, repaired on the way in, without WXT's storage module
 * (about 8 KB of the content script, paid on every page). Writing and
 * migrating stay with lib/platform/settings-store.ts, which the background
 * runs at start-up, so the stored item is already in the current shape when
 * a page reads it.
 */
import { browser } from '#imports';
import { repairSettings, type Settings } from '../core/settings';
import { SETTINGS_AREA, SETTINGS_KEY } from './settings-area';

export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage[SETTINGS_AREA].get(SETTINGS_KEY);
    return repairSettings(stored[SETTINGS_KEY]);
  } catch {
    return repairSettings(undefined);
  }
}

/** Calls `onChange` with repaired settings whenever they change; returns the unwatch function. */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[SETTINGS_KEY];
    if (change) onChange(repairSettings(change.newValue));
  };
  const area = browser.storage[SETTINGS_AREA];
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}
