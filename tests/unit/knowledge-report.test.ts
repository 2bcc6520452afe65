import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checklist, entries, KNOWLEDGE } from '../../knowledge';
import emergencyNumbers from '../../knowledge/emergency-numbers.json';

const root = resolve(import.meta.dirname, '../..');

describe('npm run knowledge:report', () => {
  it('prints the summary a reviewer needs and writes a catalogue with every entry and checklist item', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/knowledge-report.ts'], { cwd: root });
    expect(stdout).toContain(`Wrote ${entries.length} entries and ${checklist.items.length} checklist items`);
    expect(stdout).toContain(`Entries: ${entries.length} (`);
    expect(stdout).toMatch(/Reading grade of definitions .*: max [0-8]\.\d, mean \d\.\d/);
    expect(stdout).toMatch(/Seed terms highlighted as worded: \d+\/\d+ \((9[5-9]|100)\.\d%\)/);
    expect(stdout).toMatch(/Sources per entry: .*entries with 2/);
    const tiers = ['emergency', 'soon', 'harmless'].map(
      (tier) => `${checklist.items.filter((item) => item.tier === tier).length} ${tier}`,
    );
    for (const tier of tiers) expect(stdout).toContain(tier);
    expect(stdout).toContain(
      `Countries and territories with an emergency number: ${Object.keys(emergencyNumbers.regions).length}`,
    );
    const catalogue = await readFile(resolve(root, 'reports/knowledge-catalogue.md'), 'utf8');
    for (const entry of entries) {
      expect(catalogue).toContain(`## ${entry.term} \`${entry.id}\``);
      expect(catalogue).toContain(entry.definition);
    }
    expect(catalogue).toMatch(/\*\*Definition\*\* \(grade \d+\.\d\): /);
    for (const item of checklist.items) expect(catalogue).toContain(item.text);
  });

  it('prints the Spanish knowledge too, with its reading ease, and writes its catalogue', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/knowledge-report.ts'], { cwd: root });
    expect(stdout).toContain(`Spanish entries: ${KNOWLEDGE.es.own.size} of ${entries.length} English ids (`);
    expect(stdout).toMatch(/Reading ease of Spanish definitions .*: min (6[5-9]|[7-9]\d)\.\d, mean \d+\.\d/);
    expect(stdout).toMatch(
      /Spanish checklist items: 15 \(7 emergency, 2 harmless, 6 soon\), INFLESZ min (6[5-9]|[7-9]\d)\.\d/,
    );
    const catalogue = await readFile(resolve(root, 'reports/knowledge-catalogue.es.md'), 'utf8');
    for (const entry of KNOWLEDGE.es.entries) expect(catalogue).toContain(`## ${entry.term} \`${entry.id}\``);
    expect(catalogue).toMatch(/\*\*Definición\*\* \(INFLESZ \d+\.\d\): /);
  });
});
