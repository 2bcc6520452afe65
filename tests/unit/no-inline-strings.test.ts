/**
 * Every word a person sees in the interface comes from `_locales`: a test
 * fails on text written straight into a component (JSX text, a visible
 * attribute, a string or template literal shown as a child).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FOLDERS = ['components', 'lib/ui', 'lib/content', 'entrypoints'];
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
]);
const WORDS = /\p{L}{2,}/u;

function tsxFiles(folder: string): string[] {
  return readdirSync(resolve(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Text with words in a place a person sees it. */
function inlineStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const literalText = (node: ts.Node): string | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node))
      return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
    // What is shown, not what is compared: `a ? 'x' : 'y'`, `a && 'x'`, `a ?? 'x'`, `'x' + a`.
    if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].join(' ');
    if (ts.isBinaryExpression(node)) {
      const operator = node.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return literalText(node.right);
      const shown = [ts.SyntaxKind.PlusToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken];
      if (shown.includes(operator)) return [literalText(node.left), literalText(node.right)].join(' ');
    }
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value && literalText(value);
      if (text && WORDS.test(text)) found.push(`${node.name.getText(source)}=${text}`);
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const text = literalText(node.expression);
      if (text && WORDS.test(text)) found.push(`{${text}}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('interface text', () => {
  const files = FOLDERS.flatMap(tsxFiles);

  it('finds the components to check', () => {
    expect(files.map((file) => relative(root, file))).toEqual(
      expect.arrayContaining(['components/HoverCard.tsx', 'lib/ui/Popup.tsx', 'lib/ui/Options.tsx']),
    );
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s has no inline words', (_, file) => {
    expect(inlineStrings(file)).toEqual([]);
  });

  it('would catch each kind of inline text (positive control)', () => {
    const probe = resolve(root, 'node_modules/.cache/inline-probe.tsx');
    ts.sys.writeFile(
      probe,
      `export const A = () => <div title="Close it" aria-label={\`Remove \${x}\`}>Hello there{'Some words'}{on && 'Shown'}{kind === 'compared' && <b />}</div>;`,
    );
    expect(inlineStrings(probe)).toEqual([
      'title=Close it',
      'aria-label=Remove  ',
      'Hello there',
      '{Some words}',
      '{Shown}',
    ]);
  });
});
