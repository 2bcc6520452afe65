/**
 * `npm run knowledge:report`: prints a summary of the bundled knowledge for a
 * medical reviewer (entries, reading grade, seed-term coverage as worded with
 * its misses, sources per entry, checklist items per tier, countries with an
 * emergency number) and writes a readable catalogue of every entry to
 * reports/knowledge-catalogue.md, for people who will not read JSON.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Checklist, ContextWords, EmergencyNumbers, Knowledge } from '../knowledge/schema.ts';
import { readingStats, spanishReadingStats, withoutForms } from './lib/readability.ts';
import type { SeedCoverage, SeedTerms } from './lib/seed-coverage.ts';
import { withSourceModules } from './lib/source-modules.ts';

const root = resolve(import.meta.dirname, '..');
const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(resolve(root, path), 'utf8')) as T;
const { entries } = await readJson<Knowledge>('knowledge/en/terms.json');
const checklist = await readJson<Checklist>('knowledge/en/checklist.json');
const contextWords = await readJson<ContextWords>('knowledge/en/context-words.json');
const emergencyNumbers = await readJson<EmergencyNumbers>('knowledge/emergency-numbers.json');
const seedTerms = await readJson<SeedTerms>('scripts/data/seed-terms.json');
const spanish = (await readJson<Knowledge>('knowledge/es/terms.json')).entries;
const spanishChecklist = await readJson<Checklist>('knowledge/es/checklist.json');
const items = new Map(checklist.items.map((item) => [item.id, item]));

function measureSeedCoverage(): Promise<SeedCoverage> {
  return withSourceModules(root, async (load) => {
    const { buildTermIndex } = await load('/lib/core/matcher/term-index.ts');
    const { seedCoverage } = await load('/scripts/lib/seed-coverage.ts');
    const articles = new Map<string, string>();
    for (const name of Object.keys(seedTerms.articles))
      articles.set(name, await readFile(resolve(root, 'demo/pages', name), 'utf8'));
    return seedCoverage(buildTermIndex(entries, contextWords), seedTerms, (name: string) => articles.get(name) ?? '');
  });
}

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
const count = <T>(values: readonly T[]) => {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
};

const grades = entries.map(gradeOf);
/** Szigriszt-Pazos perspicuity on the INFLESZ scale (higher is easier; 65 and up is fairly easy). */
const easeOf = (entry: Knowledge['entries'][number]) =>
  spanishReadingStats(
    withoutForms(entry.definition, [
      entry.term,
      ...entry.otherNames,
      ...entry.variants,
      ...entry.everydayForms,
      ...entry.abbreviations.map(({ text }) => text),
    ]),
  ).inflesz;
const eases = spanish.map(easeOf);
const checklistEases = spanishChecklist.items.map((item) => spanishReadingStats(item.text).inflesz);
const sitesOf = (entry: Knowledge['entries'][number]) =>
  new Set(entry.sources.map((source) => new URL(source.url).hostname)).size;
const coverage = await measureSeedCoverage();
const summary = [
  `Entries: ${entries.length} (${count(entries.map((entry) => entry.category))
    .map(([category, n]) => `${n} ${category}`)
    .join(', ')})`,
  `Reading grade of definitions (Flesch-Kincaid, headword removed): max ${Math.max(...grades).toFixed(1)}, mean ${(grades.reduce((a, b) => a + b, 0) / grades.length).toFixed(1)}`,
  `Seed terms highlighted as worded: ${coverage.covered}/${coverage.total} (${((100 * coverage.covered) / coverage.total).toFixed(1)}%)`,
  ...coverage.misses.map(({ article, phrase }) => `  missed: "${phrase}" (${article})`),
  `Sources per entry: ${count(entries.map((entry) => entry.sources.length))
    .map(([sources, n]) => `${n} entries with ${sources}`)
    .join(', ')}`,
  `Checklist items: ${checklist.items.length} (${count(checklist.items.map((item) => item.tier))
    .map(([tier, n]) => `${n} ${tier}`)
    .join(', ')})`,
  `Countries and territories with an emergency number: ${Object.keys(emergencyNumbers.regions).length} (from ${emergencyNumbers.source.title}, checked ${emergencyNumbers.checked})`,
  `Spanish entries: ${spanish.length} of ${entries.length} English ids (${count(spanish.map((entry) => entry.category))
    .map(([category, n]) => `${n} ${category}`)
    .join(', ')})`,
  `Reading ease of Spanish definitions (Szigriszt-Pazos, INFLESZ scale, names removed; 65+ is fairly easy): min ${Math.min(...eases).toFixed(1)}, mean ${(eases.reduce((a, b) => a + b, 0) / eases.length).toFixed(1)}`,
  `Spanish sources per entry: ${count(spanish.map((entry) => entry.sources.length))
    .map(([sources, n]) => `${n} entries with ${sources}`)
    .join(', ')}; ${spanish.filter((entry) => sitesOf(entry) < 2).length} entries on one site`,
  `Spanish checklist items: ${spanishChecklist.items.length} (${count(spanishChecklist.items.map((item) => item.tier))
    .map(([tier, n]) => `${n} ${tier}`)
    .join(', ')}), INFLESZ min ${Math.min(...checklistEases).toFixed(1)}`,
];

const lines: string[] = [
  '# Knowledge catalogue',
  '',
  ...summary.map((line) => (line.startsWith('  ') ? `  -${line.slice(1)}` : `- ${line}`)),
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

const spanishItems = new Map(spanishChecklist.items.map((item) => [item.id, item]));
const spanishLines: string[] = ['# Catálogo de conocimiento (español)', ''];
for (const [i, entry] of spanish.entries()) {
  spanishLines.push(
    `## ${entry.term} \`${entry.id}\``,
    '',
    `- **Otros nombres (visibles):** ${list(entry.otherNames)}`,
    `- **Variantes (reconocidas):** ${list(entry.variants)}`,
    `- **Abreviaturas:** ${list(entry.abbreviations.map(describeAbbreviation))}`,
    `- **Formas cotidianas (solo en páginas de salud):** ${list(entry.everydayForms)}`,
    `- **Definición** (INFLESZ ${(eases[i] ?? 0).toFixed(1)}): ${entry.definition}`,
    ...(entry.harmlessWhen ? [`- **Suele ser inofensivo cuando** ${entry.harmlessWhen}`] : []),
    ...(entry.seeDoctorIf ? [`- **Consulte a un médico si** ${entry.seeDoctorIf}`] : []),
    `- **Señales de alarma:** ${list(entry.warningSigns.map((id) => `${spanishItems.get(id)?.text ?? id} (${spanishItems.get(id)?.tier ?? '?'})`))}`,
    `- **Fuentes:** ${entry.sources.map((source) => `[${source.title}](${source.url})`).join('; ')}`,
    `- **Revisado:** ${entry.reviewed}`,
    '',
  );
}
spanishLines.push('# Lista de señales de alarma', '');
for (const item of spanishChecklist.items) {
  spanishLines.push(
    `- (${item.tier}) ${item.text} (INFLESZ ${spanishReadingStats(item.text).inflesz.toFixed(1)}) \`${item.id}\`: ${item.sources.map((s) => `[${s.title}](${s.url})`).join('; ')}`,
  );
}

const out = resolve(root, 'reports/knowledge-catalogue.md');
await mkdir(resolve(root, 'reports'), { recursive: true });
await writeFile(out, lines.join('\n'));
await writeFile(resolve(root, 'reports/knowledge-catalogue.es.md'), spanishLines.join('\n'));
console.log(summary.join('\n'));
console.log(`Wrote ${entries.length} entries and ${checklist.items.length} checklist items to ${out}`);
console.log(
  `Wrote ${spanish.length} Spanish entries and ${spanishChecklist.items.length} checklist items to ${resolve(root, 'reports/knowledge-catalogue.es.md')}`,
);
