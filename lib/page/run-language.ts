/**
 * The language each run of a page is read in: what the page declares (`lang`
 * on the block or an ancestor, through shadow roots), checked against the
 * run's own words (lib/core/text-language.ts). On a page that declares
 * nothing, what its runs have shown so far stands in for the page's language.
 */
import { type Language, supportedLanguage } from '../core/languages';
import { runLanguage } from '../core/text-language';
import type { TextRun } from './text-runs';

type Declared = Language | 'other' | undefined;

export function createRunLanguage(): (run: TextRun) => Language {
  /** Each ancestor's declared language, worked out once: blocks share their ancestors. */
  const declaredOf = new WeakMap<Node, Declared | null>();
  const ofAncestors = (start: Node): Declared => {
    const path: Node[] = [];
    let found: Declared | null | undefined;
    for (let node: Node | null = start; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      found = declaredOf.get(node);
      if (found !== undefined) break;
      path.push(node);
      const lang = node.nodeType === Node.ELEMENT_NODE ? (node as Element).getAttribute('lang') : null;
      // lang="" means "unknown", as good as none.
      if (lang) {
        found = supportedLanguage(lang) ?? 'other';
        break;
      }
    }
    for (const node of path) declaredOf.set(node, found ?? null);
    return found ?? undefined;
  };
  /**
   * A block's own `lang`, else its parent's language. Consecutive blocks mostly share a parent,
   * so a run usually costs one attribute read and one comparison (a map entry per block cost
   * English pages measurable time).
   */
  let lastParent: Node | null = null;
  let lastParentDeclared: Declared;
  const declared = (block: Node): Declared => {
    const own = block.nodeType === Node.ELEMENT_NODE ? (block as Element).getAttribute('lang') : null;
    if (own) return supportedLanguage(own) ?? 'other';
    const parent = block.parentNode ?? (block as ShadowRoot).host ?? null;
    if (parent !== lastParent) {
      lastParent = parent;
      lastParentDeclared = parent ? ofAncestors(parent) : undefined;
    }
    return lastParentDeclared;
  };
  /** Runs of an undeclared page read so far in each language. */
  const shown: Record<Language, number> = { en: 0, es: 0 };
  return (run) => {
    const said = declared(run.block);
    const language = runLanguage(run.text, said, shown.es > shown.en ? 'es' : 'en');
    if (said === undefined) shown[language]++;
    return language;
  };
}
