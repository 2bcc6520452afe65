import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Highlighter } from '../../lib/page/highlighter';

// A path, not `new URL('../fixtures/', import.meta.url)`: Vite rewrites that pattern into an http: dev-server URL.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const parsedFiles = new Map<string, Document>();

function fixtureFile(file: string): Document {
  let parsed = parsedFiles.get(file);
  if (!parsed) {
    parsed = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
    parsedFiles.set(file, parsed);
  }
  return parsed;
}

/**
 * Replaces the test document's body with the page `<template id="name">` in
 * `tests/fixtures/<file>` holds. Whitespace-only text between the template's
 * top-level elements is dropped so that the file can be laid out for reading
 * while the test sees exactly the markup written inside each element.
 */
export function loadFixture(file: string, name: string): HTMLElement {
  const template = fixtureFile(file).getElementById(name);
  if (!(template instanceof HTMLTemplateElement))
    throw new Error(`No <template id="${name}"> in tests/fixtures/${file}`);
  // Parsed again as a page body (as loadBody does), so the fixture's scripts stay inert as in a parsed page.
  const body = loadBody(template.innerHTML);
  for (const node of [...body.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) node.remove();
  }
  return body;
}

/**
 * Replaces the test document's body with `html`, parsed (never assigned
 * through innerHTML). For pages a test generates (sizes, repeats, tables of
 * one-line cases); real page shapes live in `tests/fixtures/`.
 */
export function loadBody(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  document.body.replaceWith(document.adoptNode(parsed.body));
  return document.body;
}

/** Every text node under `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Runs a highlighter over `roots` to the end, in one go. */
export function highlightAll(highlighter: Highlighter, roots: readonly Element[]): void {
  highlighter.enqueue(roots);
  while (!highlighter.work(() => false).done);
}
