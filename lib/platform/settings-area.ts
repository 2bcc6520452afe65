/** Where the settings item lives: `storage.sync` where the browser has it (preferences follow the person), else local. */
import { browser } from '#imports';

export const SETTINGS_AREA: 'sync' | 'local' = browser.storage?.sync ? 'sync' : 'local';
/** The storage key of the settings item (WXT keeps its version beside it, under `settings$`). */
export const SETTINGS_KEY = 'settings';
