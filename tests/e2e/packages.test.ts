/**
 * The store packages `npm run zip` writes: what a store (and a Firefox
 * reviewer) receives. Runs after `npm run zip`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checklist, entries } from '../../knowledge';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
/** The files of the package `npm run zip` wrote for `kind` in the project at `root`. */
const unzip = async (kind: string, root = ROOT) =>
  unzipSync(new Uint8Array(await readFile(resolve(root, `.output/${pkg.name}-${pkg.version}-${kind}.zip`))));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Files a package must never carry: tests, source maps, dependencies, build output. */
const FORBIDDEN = /(^|\/)(tests?|__tests__|node_modules|\.output|\.wxt)\/|\.(test|spec)\.[cm]?[jt]sx?$|\.map$/;

describe.each(['chrome', 'firefox'])('%s store package', (browser) => {
  it('holds the manifest at the current version, every page it names, and the whole knowledge base', async () => {
    const files = await unzip(browser);
    const manifest = JSON.parse(text(files['manifest.json'])) as {
      version: string;
      background: { service_worker?: string; scripts?: string[] };
      action: { default_popup: string };
      options_ui: { page: string };
      content_scripts: { js: string[] }[];
      icons: Record<string, string>;
    };
    expect(manifest.version).toBe(pkg.version);
    const named = [
      ...(manifest.background.service_worker ? [manifest.background.service_worker] : []),
      ...(manifest.background.scripts ?? []),
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((script) => script.js),
      ...Object.values(manifest.icons),
    ];
    for (const file of named) expect(Object.keys(files)).toContain(file);

    // The knowledge ships inside the scripts (nothing is fetched): every definition and checklist item is there.
    const scripts = Object.entries(files)
      .filter(([name]) => name.endsWith('.js'))
      .map(([, bytes]) => text(bytes))
      .join('\n');
    for (const entry of entries) expect(scripts).toContain(entry.definition);
    for (const item of checklist.items) expect(scripts).toContain(item.text);
  });

  it('holds no tests, source maps or dependencies', async () => {
    const files = await unzip(browser);
    expect(Object.keys(files).filter((name) => FORBIDDEN.test(name))).toEqual([]);
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('.js')) expect(text(bytes), name).not.toContain('sourceMappingURL');
    }
  });
});

describe('sources package for Firefox reviewers', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const dir of scratch) await rm(dir, { recursive: true, force: true });
  });

  it('holds the knowledge and the build files, and no tests or source maps', async () => {
    const names = Object.keys(await unzip('sources'));
    expect(names).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'wxt.config.ts',
        'README.md',
        'knowledge/en/terms.json',
        'knowledge/en/checklist.json',
        'entrypoints/background.ts',
      ]),
    );
    expect(names.filter((name) => FORBIDDEN.test(name))).toEqual([]);
  });

  it('rebuilds the Firefox package byte for byte', async () => {
    const dir = await mkdtemp(resolve(tmpdir(), 'mtg-sources-'));
    scratch.push(dir);
    for (const [name, bytes] of Object.entries(await unzip('sources'))) {
      await mkdir(dirname(resolve(dir, name)), { recursive: true });
      await writeFile(resolve(dir, name), bytes);
    }
    // A reviewer runs `npm ci`; the same lock file is installed here already.
    await symlink(resolve(ROOT, 'node_modules'), resolve(dir, 'node_modules'));
    await promisify(execFile)(
      process.execPath,
      [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'zip', '-b', 'firefox', '--mv3'],
      // A reviewer's shell, not Vitest's (NODE_ENV=test changes what Vite builds).
      { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );

    const rebuilt = await unzip('firefox', dir);
    const shipped = await unzip('firefox');
    expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(shipped).sort());
    for (const [name, bytes] of Object.entries(shipped))
      expect(Buffer.from(rebuilt[name] ?? []).equals(bytes), name).toBe(true);
  });
});
