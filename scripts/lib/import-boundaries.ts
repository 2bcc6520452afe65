/**
 * The layers of the tree, lowest first, and what each may import. A folder is
 * one layer; imports only point down (or across inside the layer). Checked by
 * tests/unit/import-boundaries.test.ts on every source file; CONTRIBUTING.md
 * ("Project layout") explains where a change goes.
 */
import { dirname, join, normalize } from 'node:path';

export interface Layer {
  name: string;
  /** Folder prefixes (repository paths ending in '/') that belong to this layer. */
  folders: string[];
  /** Layers whose files this layer may import ('*' for any but tests). */
  mayImport: string[] | '*';
  /** Packages (bare specifiers, or their first segment) this layer may import ('*' for any). */
  packages: string[] | '*';
  /** Global names its code must not touch (the DOM, the extension APIs). */
  forbiddenGlobals?: string[];
}

const DOM = ['document', 'window', 'navigator', 'location', 'HTMLElement', 'Node', 'MutationObserver'];
const EXTENSION_APIS = ['browser', 'chrome'];

export const LAYERS: Layer[] = [
  // The schema is a valibot schema, which is also the data's TypeScript type.
  { name: 'knowledge', folders: ['knowledge/'], mayImport: [], packages: ['valibot'] },
  {
    name: 'core',
    folders: ['lib/core/'],
    mayImport: ['knowledge'],
    packages: [],
    forbiddenGlobals: [...DOM, ...EXTENSION_APIS],
  },
  {
    name: 'page',
    folders: ['lib/page/'],
    mayImport: ['knowledge', 'core'],
    packages: ['mark.js'],
    forbiddenGlobals: EXTENSION_APIS,
  },
  { name: 'platform', folders: ['lib/platform/'], mayImport: ['knowledge', 'core'], packages: ['#imports'] },
  {
    name: 'components',
    folders: ['components/'],
    mayImport: ['knowledge', 'core'],
    packages: ['preact'],
    forbiddenGlobals: EXTENSION_APIS,
  },
  {
    name: 'content',
    folders: ['lib/content/'],
    mayImport: ['knowledge', 'core', 'page', 'platform', 'components'],
    packages: ['#imports', 'preact', '@floating-ui'],
  },
  {
    name: 'background',
    folders: ['lib/background/'],
    mayImport: ['knowledge', 'core', 'platform'],
    packages: ['#imports'],
  },
  {
    name: 'ui',
    folders: ['lib/ui/'],
    mayImport: ['knowledge', 'core', 'platform', 'components'],
    packages: ['#imports', 'preact'],
  },
  {
    name: 'entrypoints',
    folders: ['entrypoints/'],
    mayImport: ['knowledge', 'core', 'page', 'platform', 'components', 'content', 'background', 'ui'],
    packages: '*',
  },
  { name: 'scripts', folders: ['scripts/'], mayImport: '*', packages: '*' },
  { name: 'tests', folders: ['tests/'], mayImport: '*', packages: '*' },
];

export interface SourceFile {
  /** Repository path, e.g. `lib/core/settings.ts`. */
  path: string;
  text: string;
}

export interface Violation {
  path: string;
  imported: string;
  why: string;
}

export function layerOf(path: string, layers: Layer[] = LAYERS): Layer | undefined {
  return layers.find((layer) => layer.folders.some((folder) => path.startsWith(folder)));
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;

/** Every module specifier a file imports or re-exports (static and dynamic), query strings removed. */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => (match[2] ?? '').split('?')[0] ?? '');
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

/** What breaks the layering in `files`: imports that point up or sideways into another layer, and forbidden globals. */
export function boundaryViolations(files: readonly SourceFile[], layers: Layer[] = LAYERS): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const layer = layerOf(file.path, layers);
    if (!layer) continue;
    for (const specifier of importsOf(file.text)) {
      if (specifier.startsWith('.')) {
        const target = normalize(join(dirname(file.path), specifier));
        const targetLayer = layerOf(target, layers);
        if (!targetLayer || targetLayer === layer) continue;
        const allowed =
          layer.mayImport === '*' ? targetLayer.name !== 'tests' : layer.mayImport.includes(targetLayer.name);
        if (!allowed) {
          violations.push({
            path: file.path,
            imported: specifier,
            why: `${layer.name} may not import ${targetLayer.name}`,
          });
        }
      } else if (layer.packages !== '*') {
        const name = specifier.startsWith('virtual:') ? specifier : packageName(specifier);
        if (!layer.packages.some((allowed) => name === allowed || name.startsWith(`${allowed}/`))) {
          violations.push({ path: file.path, imported: specifier, why: `${layer.name} may not import ${name}` });
        }
      }
    }
    const code = withoutComments(file.text);
    for (const global of layer.forbiddenGlobals ?? []) {
      if (new RegExp(`(?<![.\\w$])${global}\\s*[.(\\[]`).test(code)) {
        violations.push({ path: file.path, imported: global, why: `${layer.name} may not use ${global}` });
      }
    }
  }
  return violations;
}
