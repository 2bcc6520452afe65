/**
 * Where settings live: one versioned item in extension storage, read and
 * watched through `repairSettings` so bad data never reaches the rest.
 * Defined once here because WXT runs migrations wherever an item is defined.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/** Calls `onChange` with repaired settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(repairSettings(value)));
}

export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem.setValue(next);
  return next;
}
