import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutHtmlSetter } from '../../scripts/lib/no-html-setter-plugin';

// The file the build bundles (package.json "exports" -> dist/preact.mjs).
const preactModule = createRequire(import.meta.url).resolve('preact');

describe('the build without an innerHTML write', () => {
  it('removes the one innerHTML write from the Preact the extension ships, and nothing else', async () => {
    const original = await readFile(preactModule, 'utf8');
    const patched = withoutHtmlSetter(original);
    expect(original).toMatch(/\.innerHTML=/);
    expect(patched).not.toMatch(/\.innerHTML\s*=/);
    expect(patched).toContain('dangerouslySetInnerHTML is disabled in this extension');
    // Only that assignment changed: everything before and after it is intact.
    const at = original.search(/\b[\w$]+\.innerHTML=[\w$]+\.__html/);
    expect(patched.slice(0, at)).toBe(original.slice(0, at));
  });

  it.each([
    ['no write (Preact changed shape)', 'function f(e){e.textContent=""}', 0],
    ['two writes', 'a.innerHTML=b.__html;c.innerHTML=d.__html', 2],
  ])('fails the build on %s', (_case, code, found) => {
    expect(() => withoutHtmlSetter(code)).toThrow(`Expected one innerHTML write in Preact, found ${found}`);
  });
});
