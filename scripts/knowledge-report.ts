/**
 * `npm run knowledge:report`: writes a readable catalogue of the bundled
 * knowledge (every term, its names, definition, reading grade, links to the
 * red-flag checklist and sources) to reports/knowledge-catalogue.md, for review
 * by people who will not read JSON.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Checklist, Knowledge } from '../knowledge/schema.ts';
import { readingStats, withoutForms } from '../lib/readability.ts';

const root = resolve(import.meta.dirname, '..');
const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(resolve(root, path), 'utf8')) as T;
const { entries } = await readJson<Knowledge>('knowledge/terms.json');
const checklist = await readJson<Checklist>('knowledge/checklist.json');
const items = new Map(checklist.items.map((item) => [item.id, item]));

const gradeOf = (entry: Knowledge['entries'][number]) =>
  readingStats(
    withoutForms(entry.definition, [
      entry.term,
      ...entry.otherNames,
      ...entry.variants,
      ...entry.abbreviations.map(({ text }) => text),
    ]),
  ).grade;

type Abbreviation = Knowledge['entries'][number]['abbreviations'][number];
const describeAbbreviation = ({ text, ambiguous, otherMeanings }: Abbreviation) => {
  if (!ambiguous) return text;
  const unless = otherMeanings.length > 0 ? `; not when the page says ${otherMeanings.join(' / ')}` : '';
  return `${text} (ambiguous${unless})`;
};
const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : '—');
const grades = entries.map(gradeOf);
const lines: string[] = [
  '# Knowledge catalogue',
  '',
  `${entries.length} entries, ${checklist.items.length} checklist items. Reading grade (Flesch-Kincaid, headword removed): highest ${Math.max(...grades).toFixed(1)}, mean ${(grades.reduce((a, b) => a + b, 0) / grades.length).toFixed(1)}.`,
  '',
  '| category | entries |',
  '| --- | --- |',
  ...[...new Set(entries.map((entry) => entry.category))]
    .sort()
    .map((category) => `| ${category} | ${entries.filter((entry) => entry.category === category).length} |`),
  '',
];

for (const [i, entry] of entries.entries()) {
  lines.push(
    `## ${entry.term} \`${entry.id}\``,
    '',
    `- **Category:** ${entry.category}`,
    `- **Other names (shown):** ${list(entry.otherNames)}`,
    `- **Variants (matched):** ${list(entry.variants)}`,
    `- **Abbreviations:** ${list(entry.abbreviations.map(describeAbbreviation))}`,
    `- **Everyday forms (health pages only):** ${list(entry.everydayForms)}`,
    `- **Definition** (grade ${(grades[i] ?? 0).toFixed(1)}): ${entry.definition}`,
    ...(entry.harmlessWhen ? [`- **Usually harmless when** ${entry.harmlessWhen}`] : []),
    ...(entry.seeDoctorIf ? [`- **See a doctor if** ${entry.seeDoctorIf}`] : []),
    `- **Red flags:** ${list(entry.warningSigns.map((id) => `${items.get(id)?.text ?? id} (${items.get(id)?.tier ?? '?'})`))}`,
    `- **Sources:** ${entry.sources.map((source) => `[${source.title}](${source.url})`).join('; ')}`,
    `- **Reviewed:** ${entry.reviewed}`,
    '',
  );
}

lines.push('# Red-flag checklist', '');
for (const tier of ['emergency', 'soon', 'harmless'] as const) {
  lines.push(`## ${tier}`, '');
  for (const item of checklist.items.filter((candidate) => candidate.tier === tier)) {
    lines.push(
      `- ${item.text} (grade ${readingStats(item.text).grade.toFixed(1)}) \`${item.id}\`: ${item.sources.map((s) => `[${s.title}](${s.url})`).join('; ')}`,
    );
  }
  lines.push('');
}

const out = resolve(root, 'reports/knowledge-catalogue.md');
await mkdir(resolve(root, 'reports'), { recursive: true });
await writeFile(out, lines.join('\n'));
console.log(`Wrote ${entries.length} entries and ${checklist.items.length} checklist items to ${out}`);
