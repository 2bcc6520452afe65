import { openShortcutSettings } from '../lib/shortcut-settings';
import { useShortcut } from './hooks';

/** The toggle-site shortcut as the browser has it now, with a way to change it. */
export function ShortcutInfo() {
  const shortcut = useShortcut();
  if (shortcut === undefined) return null;
  return (
    <p class="hint shortcut">
      {shortcut ? (
        <>
          Shortcut to turn this site on or off: <kbd>{shortcut}</kbd>.{' '}
        </>
      ) : (
        'No keyboard shortcut is set to turn a site on or off. '
      )}
      <button type="button" class="link-button" onClick={() => void openShortcutSettings()}>
        {shortcut ? 'Change shortcut' : 'Set a shortcut'}
      </button>
    </p>
  );
}
