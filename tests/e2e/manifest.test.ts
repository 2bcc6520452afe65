/** The built manifests ask for as little as possible (run after `npm run build` and `npm run build:firefox`). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = (target: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${target}/manifest.json`), 'utf8')) as Record<
    string,
    unknown
  >;

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const built = manifest(target);

  it('asks for storage only, with no host permissions beyond its content script', () => {
    expect(built.permissions).toEqual(['storage']);
    expect(built.host_permissions).toBeUndefined();
    expect(built.optional_permissions).toBeUndefined();
    expect(built.optional_host_permissions).toBeUndefined();
  });

  it('keeps the default content security policy and exposes no files to pages', () => {
    expect(built.content_security_policy).toBeUndefined();
    expect(built.web_accessible_resources).toBeUndefined();
    expect(built.externally_connectable).toBeUndefined();
  });

  it('runs its content script on http(s) pages, in every frame', () => {
    expect(built.content_scripts).toEqual([
      expect.objectContaining({ matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_start' }),
    ]);
  });
});

describe.each(['chrome-mv3', 'firefox-mv3'])('%s controls', (target) => {
  const built = manifest(target);
  const output = resolve(import.meta.dirname, `../../.output/${target}`);

  it('has every icon size, for the toolbar in both states, in the package', () => {
    const sizes = ['16', '32', '48', '96', '128'];
    expect(Object.keys(built.icons as object)).toEqual(sizes);
    expect((built.action as { default_icon: object }).default_icon).toEqual(built.icons);
    for (const size of sizes) {
      for (const state of ['on', 'off']) expect(existsSync(resolve(output, `icons/${state}-${size}.png`))).toBe(true);
    }
  });

  it('declares the toggle-site shortcut, and an options page in a tab', () => {
    expect(built.commands).toEqual({
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlighting on or off for the current site',
      },
    });
    expect(built.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    expect(existsSync(resolve(output, 'options.html'))).toBe(true);
  });
});

describe('firefox-mv3 manifest', () => {
  it('declares that it collects no data', () => {
    const gecko = (manifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.id).toMatch(/@/);
  });
});
