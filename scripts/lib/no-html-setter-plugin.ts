/**
 * Vite plugin: removes Preact's one `innerHTML` write, the code behind
 * `dangerouslySetInnerHTML`. Our code never uses that prop (a lint rule
 * forbids it), so the path is dead; removing it means the packages hold no
 * HTML-parsing write at all, and Firefox's add-on linter (`web-ext lint`)
 * reports no "unsafe assignment to innerHTML" for reviewers to wade through.
 * Fails the build if Preact's code changes shape, rather than silently
 * shipping the setter again.
 */
import type { Plugin } from 'vite';

/** Preact's published ES module. */
const PREACT_MODULE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** `dom.innerHTML = newHtml.__html` in the minified diff. */
const HTML_SETTER = /\b[\w$]+\.innerHTML=[\w$]+\.__html\b/g;
const REFUSAL = '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in this extension")})()';

/** Returns Preact's code without the setter; throws unless there was exactly one. */
export function withoutHtmlSetter(code: string): string {
  const found = code.match(HTML_SETTER)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `Expected one innerHTML write in Preact, found ${found}: update scripts/lib/no-html-setter-plugin.ts`,
    );
  return code.replace(HTML_SETTER, REFUSAL);
}

export function noHtmlSetterPlugin(): Plugin {
  return {
    name: 'no-html-setter',
    transform: (code, id) => (PREACT_MODULE.test(id) ? { code: withoutHtmlSetter(code), map: null } : undefined),
  };
}
