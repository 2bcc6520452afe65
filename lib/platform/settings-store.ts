/**
 * Where settings live: one versioned item, in `storage.sync` where the
 * browser has it (so preferences follow the person across their browsers),
 * else in local storage. Read and watched through `repairSettings`, so bad
 * data never reaches the rest. Defined once here because WXT runs migrations
 * wherever an item is defined.
 */
import { storage } from '#imports';
import {
  DEFAULT_SETTINGS,
  migrateV1toV2,
  migrateV2toV3,
  repairSettings,
  SETTINGS_VERSION,
  type Settings,
} from '../core/settings';

import { SETTINGS_AREA, SETTINGS_KEY } from './settings-area';

export { SETTINGS_AREA };

const settingsItem = storage.defineItem<Settings>(`${SETTINGS_AREA}:${SETTINGS_KEY}`, {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
});

/** Version 1 kept settings in local storage; moved once into the settings area. */
const legacyItem = storage.defineItem<unknown>('local:settings');

let imported: Promise<void> | undefined;
function importLegacy(): Promise<void> {
  imported ??= (async () => {
    if (SETTINGS_AREA === 'local') return;
    const legacy = await legacyItem.getValue();
    if (legacy === null) return;
    if ((await storage.getItem(`${SETTINGS_AREA}:${SETTINGS_KEY}`)) === null)
      await settingsItem.setValue(migrateV1toV2(legacy));
    await legacyItem.removeValue({ removeMeta: true });
  })().catch(() => undefined);
  return imported;
}

export async function loadSettings(): Promise<Settings> {
  await importLegacy();
  try {
    return repairSettings(await settingsItem.getValue());
  } catch {
    return repairSettings(undefined);
  }
}

/** Calls `onChange` with repaired settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(repairSettings(value)));
}

/** Changes made on one page, one after another: two quick clicks each see the other's change. */
let lastUpdate: Promise<unknown> = Promise.resolve();

export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const update = lastUpdate.then(async () => {
    const next = repairSettings(change(await loadSettings()));
    await settingsItem.setValue(next);
    return next;
  });
  lastUpdate = update.catch(() => undefined);
  return update;
}
