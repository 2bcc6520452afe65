import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checklist, entries } from '../../knowledge';

const root = resolve(import.meta.dirname, '../..');

describe('npm run knowledge:report', () => {
  it('writes a catalogue with every entry, its reading grade, and every checklist item', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/knowledge-report.ts'], { cwd: root });
    expect(stdout).toContain(`Wrote ${entries.length} entries and ${checklist.items.length} checklist items`);
    const catalogue = await readFile(resolve(root, 'reports/knowledge-catalogue.md'), 'utf8');
    for (const entry of entries) {
      expect(catalogue).toContain(`## ${entry.term} \`${entry.id}\``);
      expect(catalogue).toContain(entry.definition);
    }
    expect(catalogue).toMatch(/\*\*Definition\*\* \(grade \d+\.\d\): /);
    for (const item of checklist.items) expect(catalogue).toContain(item.text);
  });
});
