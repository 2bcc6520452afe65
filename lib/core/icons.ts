/** The toolbar icon in two states (`public/icons/`, drawn by `scripts/make-icons.ts` from `assets/icon.svg`). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Icon paths for the manifest and `action.setIcon`: `icons/on-16.png` … (relative to the extension root) */
export function iconPaths(state: 'on' | 'off'): Record<number, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${state}-${size}.png`]));
}
