import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, importsOf, layerOf, type SourceFile } from '../../scripts/lib/import-boundaries';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(): SourceFile[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed
    .split('\n')
    .filter(Boolean)
    .flatMap((path) => {
      try {
        return [{ path, text: readFileSync(resolve(ROOT, path), 'utf8') }];
      } catch {
        return []; // deleted in the work tree
      }
    });
}

describe('the layers of the tree', () => {
  it('has no import from a lower layer to a higher one, and no DOM or extension API where they do not belong', () => {
    const files = sourceFiles();
    expect(files.filter((file) => file.path.startsWith('lib/core/')).length).toBeGreaterThan(10);
    expect(boundaryViolations(files)).toEqual([]);
  });

  it('puts every file under lib/ and components/ in a layer', () => {
    const loose = sourceFiles()
      .map((file) => file.path)
      .filter((path) => /^(lib|components)\//.test(path) && layerOf(path) === undefined);
    expect(loose).toEqual([]);
  });

  it.each<[string, SourceFile, string]>([
    [
      'core reaching for the extension API',
      { path: 'lib/core/a.ts', text: "import { browser } from '#imports';" },
      'core may not import #imports',
    ],
    [
      'core importing the page layer',
      { path: 'lib/core/a.ts', text: "import { x } from '../page/text-runs';" },
      'core may not import page',
    ],
    [
      'core touching the DOM',
      { path: 'lib/core/a.ts', text: 'export const n = () => document.body;' },
      'core may not use document',
    ],
    [
      'a component reading storage',
      { path: 'components/A.tsx', text: "import { loadSettings } from '../lib/platform/settings-store';" },
      'components may not import platform',
    ],
    [
      'a component messaging',
      { path: 'components/A.tsx', text: 'const go = () => browser.runtime.sendMessage({});' },
      'components may not use browser',
    ],
    [
      'the page layer importing a content-script part',
      { path: 'lib/page/a.ts', text: "export * from '../content/run-later';" },
      'page may not import content',
    ],
    [
      'product code importing scripts',
      { path: 'lib/content/a.ts', text: "const m = await import('../../scripts/lib/bench-pages');" },
      'content may not import scripts',
    ],
    [
      'an entry importing a dev script',
      { path: 'entrypoints/popup/main.tsx', text: "import '../../scripts/lib/readability';" },
      'entrypoints may not import scripts',
    ],
  ])('catches %s', (_, file, why) => {
    expect(boundaryViolations([file]).map((violation) => violation.why)).toEqual([why]);
  });

  it.each<[string, SourceFile]>([
    [
      'core importing knowledge',
      { path: 'lib/core/a.ts', text: "import type { Entry } from '../../knowledge/schema';" },
    ],
    [
      'content using a component and its styles',
      {
        path: 'lib/content/a.tsx',
        text: "import { HoverCard } from '../../components/HoverCard';\nimport css from '../../components/hover-card.css?inline';",
      },
    ],
    [
      'a word that merely contains a global',
      { path: 'lib/core/a.ts', text: 'const windowSize = 3; const x = { document: 1 }; x.document;' },
    ],
    ['a comment about the DOM', { path: 'lib/core/a.ts', text: '// no document.body here\n/* nor window.open */' }],
  ])('allows %s', (_, file) => {
    expect(boundaryViolations([file])).toEqual([]);
  });

  it('reads static, dynamic, side-effect and re-export imports', () => {
    expect(
      importsOf(
        "import a from './a';\nimport './b.css';\nexport { c } from \"./c\";\nconst d = await import('./d?raw');",
      ),
    ).toEqual(['./a', './b.css', './c', './d']);
  });
});
