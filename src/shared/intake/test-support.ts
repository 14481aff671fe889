// Test helpers shared by the intake tests: the corpus on disk and the shipped unit directory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ExpectedDocument } from './accuracy.js';
import type { DirectoryUnit } from './types.js';

export const corpusDir = join(import.meta.dirname, 'corpus');

export function loadUnits(): DirectoryUnit[] {
  const csv = readFileSync(join(import.meta.dirname, '../../../data-default/gia-lai-units.csv'), 'utf8');
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    shortName: r.short_name || null,
    kind: r.kind as DirectoryUnit['kind'],
  }));
}

export function corpusText(name: string): string {
  return readFileSync(join(corpusDir, `${name}.txt`), 'utf8');
}

export function corpusExpected(name: string): ExpectedDocument {
  return JSON.parse(readFileSync(join(corpusDir, `${name}.expected.json`), 'utf8')) as ExpectedDocument;
}
