export interface ShortcutInfoProps {
  /** The toggle-site shortcut's keys as the browser has them, '' when none is set, undefined while loading. */
  shortcut: string | undefined;
  /** Opens the browser's own page for changing shortcuts. */
  onChange: () => void;
}

/** The toggle-site shortcut as the browser has it now, with a way to change it. */
export function ShortcutInfo({ shortcut, onChange }: ShortcutInfoProps) {
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
      <button type="button" class="link-button" onClick={onChange}>
        {shortcut ? 'Change shortcut' : 'Set a shortcut'}
      </button>
    </p>
  );
}
