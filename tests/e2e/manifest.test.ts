/** The built manifests ask for as little as possible (run after `npm run build` and `npm run build:firefox`). */
import { readFileSync } from 'node:fs';
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

describe('firefox-mv3 manifest', () => {
  it('declares that it collects no data', () => {
    const gecko = (manifest('firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.id).toMatch(/@/);
  });
});
