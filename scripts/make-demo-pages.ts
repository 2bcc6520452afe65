/**
 * Turns the four seed articles (../shared/seeds) into the bundled demo pages
 * in demo/pages. Run once when the seeds change: `node scripts/make-demo-pages.ts`.
 * The pages are committed, so the demo needs nothing outside the repository.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const SEEDS = resolve(import.meta.dirname, '../../shared/seeds');
const OUT = resolve(import.meta.dirname, '../demo/pages');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FALLBACK_TITLE = 'Muscle twitching: causes and when to see a doctor';

/**
 * Plain text to simple HTML: list items start with a dash or bullet, or are
 * short lines after a line ending in a colon; other short lines without a
 * full stop are headings; everything else is a paragraph.
 */
function toHtml(text: string): { title: string; body: string } {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines[0] ?? FALLBACK_TITLE;
  const title = first.length <= 90 ? first : FALLBACK_TITLE;
  const out: string[] = [];
  let inList = false;
  let afterColon = false;
  for (const line of first === title ? lines.slice(1) : lines) {
    const bullet = /^[-•]\s+(.*)$/.exec(line);
    const short = line.length < 90 && !/[.?!…]$/.test(line);
    const itemText = bullet ? bullet[1] : afterColon && short ? line : undefined;
    if (itemText !== undefined && !inList) out.push('<ul>');
    if (itemText === undefined && inList) out.push('</ul>');
    inList = itemText !== undefined;
    if (itemText !== undefined) out.push(`  <li>${escapeHtml(itemText)}</li>`);
    else if (short && !line.endsWith(':')) out.push(`<h2>${escapeHtml(line)}</h2>`);
    else out.push(`<p>${escapeHtml(line)}</p>`);
    if (line.endsWith(':')) afterColon = true;
    else if (!inList) afterColon = false;
  }
  if (inList) out.push('</ul>');
  return { title, body: out.join('\n') };
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="demo.css">
</head>
<body>
<nav><a href="index.html">Demo pages</a></nav>
<article>
<h1>${escapeHtml(title)}</h1>
<p class="note">A copy of a public article, bundled so the extension can be tried offline.</p>
${body}
</article>
</body>
</html>
`;
}

const files = (await readdir(SEEDS)).filter((name) => name.endsWith('.txt')).sort();
const links: string[] = [];
for (const [i, name] of files.entries()) {
  const { title, body } = toHtml(await readFile(join(SEEDS, name), 'utf8'));
  const fileName = `article-${i + 1}.html`;
  await writeFile(join(OUT, fileName), page(title, body));
  links.push(`  <li><a href="${fileName}">${escapeHtml(title)}</a></li>`);
}
await writeFile(
  join(OUT, 'index.html'),
  page(
    'Muscle Twitch Glossary: demo pages',
    `<p>Open a page and hover a highlighted term, or press Tab to reach one.</p>
<ul>
${links.join('\n')}
  <li><a href="forum.html">A forum thread in abbreviations (BFS, EMG, ALS; not the degree, dose or “PLS”)</a></li>
  <li><a href="release-notes.html">Software release notes (no highlights expected)</a></li>
</ul>`,
  ),
);
console.log(`wrote ${files.length + 1} pages to ${OUT} (forum.html and release-notes.html are written by hand)`);
