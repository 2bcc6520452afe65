/** The lint rule that keeps HTML parsing and code-from-strings out of our code really catches them. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const biome = resolve(root, 'node_modules/.bin/biome');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(root, 'lint-probe-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function lint(source: string): Promise<{ ok: boolean; output: string }> {
  const file = join(folder, 'probe.ts');
  await writeFile(file, source);
  try {
    // The probe folder is git-ignored (a killed run must not leave it in `git status`), so Biome is
    // told not to skip ignored files here.
    const { stdout, stderr } = await promisify(execFile)(biome, ['lint', '--vcs-use-ignore-file=false', file], {
      cwd: root,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

describe('lint rules', () => {
  it.each([
    ['innerHTML', 'document.body.innerHTML = location.hash;'],
    ['outerHTML', 'document.body.outerHTML = location.hash;'],
    ['insertAdjacentHTML', "document.body.insertAdjacentHTML('beforeend', location.hash);"],
    ['document.write', 'document.write(location.hash);'],
    ['new Function', 'new Function(location.hash);'],
    ['eval', 'eval(location.hash);'],
  ])('rejects %s', async (_, source) => {
    const result = await lint(`${source}\nexport {};\n`);
    expect(result.ok).toBe(false);
    // Rejected by a rule, not for some other reason (a file Biome did not read also fails).
    expect(result.output).toMatch(/HTML injection or code from strings|noGlobalEval/);
  });

  it('accepts building nodes with textContent', async () => {
    const result = await lint(
      "const p = document.createElement('p');\np.textContent = location.hash;\nexport { p };\n",
    );
    expect(result.output).not.toContain('HTML injection');
    expect(result.output).toContain('Checked 1 file');
    expect(result.ok).toBe(true);
  });
});
