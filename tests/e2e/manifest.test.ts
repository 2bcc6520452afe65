/** The built manifests ask for as little as possible (run after `npm run build` and `npm run build:firefox`). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from './support';

const manifest = (target: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${target}/manifest.json`), 'utf8')) as Record<
    string,
    unknown
  >;

/** A built package's messages in one language (`_locales/<language>/messages.json`). */
const messages = (target: string, language: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../.output/${target}/_locales/${language}/messages.json`), 'utf8'),
  ) as Record<string, { message: string } | undefined>;

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (target) => {
  const built = manifest(target);

  it('asks for storage and activeTab only, with no host permissions beyond its content script', () => {
    expect(built.permissions).toEqual(['storage', 'activeTab']);
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

  it('has every icon size, for the toolbar in both states, each drawn at its own size', () => {
    const sizes = ['16', '32', '48', '96', '128'];
    expect(Object.keys(built.icons as object)).toEqual(sizes);
    expect((built.action as { default_icon: object }).default_icon).toEqual(built.icons);
    for (const size of sizes) {
      const [on, off] = ['on', 'off'].map((state) => readFileSync(resolve(output, `icons/${state}-${size}.png`)));
      expect(pngSize(on as Buffer)).toEqual({ width: Number(size), height: Number(size) });
      expect(pngSize(off as Buffer)).toEqual({ width: Number(size), height: Number(size) });
      // The turned-off state must look different, at every size.
      expect((on as Buffer).equals(off as Buffer)).toBe(false);
    }
  });

  it('carries the version in package.json, the one CHANGELOG.md releases last', () => {
    const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));
    const changelog = readFileSync(resolve(import.meta.dirname, '../../CHANGELOG.md'), 'utf8');
    expect(built.version).toBe(version);
    expect(changelog.match(/^## \[?(\d+\.\d+\.\d+)\]?/m)?.[1]).toBe(version);
  });

  it('declares the toggle-site shortcut, and an options page in a tab', () => {
    expect(built.commands).toEqual({
      'toggle-site': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleSite__' },
    });
    expect(messages('chrome-mv3', 'en').commandToggleSite?.message).toBe(
      'Turn highlighting on or off for the current site',
    );
    expect(built.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    expect(existsSync(resolve(output, 'options.html'))).toBe(true);
  });
});

describe('store listing', () => {
  const listing = readFileSync(resolve(import.meta.dirname, '../../store/listing.md'), 'utf8');
  const built = manifest('chrome-mv3');

  it.each([
    ['en', 'store/listing.md', /^## Summary\n\n(.+)$/m],
    ['es', 'store/listing.es.md', /^## Resumen\n\n(.+)$/m],
  ] as const)(
    '%s: uses the manifest description as its summary, within the Chrome Web Store limit',
    (language, file, heading) => {
      expect(built.description).toBe('__MSG_extDescription__');
      const description = messages('chrome-mv3', language).extDescription?.message ?? '';
      const summary = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8').match(heading)?.[1];
      expect(summary).toBe(description);
      expect(description.length).toBeLessThanOrEqual(132);
    },
  );

  it('names the extension in each language, English by default', () => {
    expect(built).toMatchObject({ name: '__MSG_extName__', default_locale: 'en' });
    expect(messages('chrome-mv3', 'en').extName?.message).toBe('Muscle Twitch Glossary');
    expect(messages('chrome-mv3', 'es').extName?.message).toBe('Glosario de contracciones musculares');
    expect((built.action as { default_title: string }).default_title).toBe('__MSG_extName__');
  });

  it('justifies every permission and every host the content script reads', () => {
    const justified = [...listing.matchAll(/^\| (.+?) \| .{40,} \|$/gm)].map((row) => row[1] ?? '');
    for (const permission of built.permissions as string[]) {
      expect(justified.some((row) => row.includes(`\`${permission}\``))).toBe(true);
    }
    const hosts = (built.content_scripts as { matches: string[] }[]).flatMap((script) => script.matches);
    for (const host of hosts) expect(justified.some((row) => row.includes(`\`${host}\``))).toBe(true);
  });
});

describe('firefox-mv3 manifest', () => {
  it('declares that it collects no data', () => {
    const gecko = (manifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.id).toMatch(/@/);
  });
});
