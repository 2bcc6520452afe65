import { useMessages } from './i18n';

export interface ShortcutInfoProps {
  /** The toggle-site shortcut's keys as the browser has them, '' when none is set, undefined while loading. */
  shortcut: string | undefined;
  /** Opens the browser's own page for changing shortcuts. */
  onChange: () => void;
}

/** The toggle-site shortcut as the browser has it now, with a way to change it. */
export function ShortcutInfo({ shortcut, onChange }: ShortcutInfoProps) {
  const { t } = useMessages();
  if (shortcut === undefined) return null;
  return (
    <p class="hint shortcut">
      {shortcut ? (
        <>
          {t('shortcutIs')} <kbd>{shortcut}</kbd>.{' '}
        </>
      ) : (
        `${t('shortcutNone')} `
      )}
      <button type="button" class="link-button" onClick={onChange}>
        {shortcut ? t('shortcutChange') : t('shortcutSet')}
      </button>
    </p>
  );
}
