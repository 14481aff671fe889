// Accuracy of document intake (per-field precision/recall) on both parts of the corpus — the
// part the rules were tuned on and the measure-only part set aside before tuning
// (corpus/measure/), a third part written later and never tuned on either (corpus/fresh/) — and the time to extract a ~10-page document.
// Run: npm run --silent intake:accuracy
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  addScores,
  type ExpectedDocument,
  emptyScores,
  formatTable,
  type Scores,
  scoreDocument,
} from '../src/shared/intake/accuracy.js';
import { extractDirective } from '../src/shared/intake/extract.js';
import type { DirectoryUnit } from '../src/shared/intake/types.js';

const corpus = join(import.meta.dirname, '../src/shared/intake/corpus');
const rows = parse(readFileSync(join(import.meta.dirname, '../data-default/gia-lai-units.csv')), {
  columns: true,
}) as Record<string, string>[];
const units: DirectoryUnit[] = rows.map((r) => ({
  code: r.code ?? '',
  name: r.name ?? '',
  shortName: r.short_name || null,
  kind: r.kind as DirectoryUnit['kind'],
}));
const verbose = process.argv.includes('--verbose');

const texts: string[] = [];
function measure(dir: string): { scores: Scores; count: number } {
  const total = emptyScores();
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort();
  for (const name of names) {
    const base = name.replace(/\.expected\.json$/, '');
    const text = readFileSync(join(dir, `${base}.txt`), 'utf8');
    texts.push(text);
    const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ExpectedDocument;
    const s = scoreDocument(expected, extractDirective(text, units));
    if (verbose) {
      const misses = Object.entries(s)
        .filter(([, c]) => c.fp || c.fn)
        .map(([f, c]) => `${f} +${c.fp}/-${c.fn}`);
      if (misses.length) console.log(`  ${base}: ${misses.join(', ')}`);
    }
    addScores(total, s);
  }
  return { scores: total, count: names.length };
}

const tune = measure(corpus);
console.log(`Tune part (corpus/, ${tune.count} documents)\n`);
console.log(formatTable(tune.scores));
const held = measure(join(corpus, 'measure'));
console.log(`\nMeasure-only part (corpus/measure/, ${held.count} documents, never tuned on)\n`);
console.log(formatTable(held.scores));
const fresh = measure(join(corpus, 'fresh'));
console.log(
  `\nFresh part (corpus/fresh/, ${fresh.count} documents, written before this round's changes, never tuned on)\n`,
);
console.log(formatTable(fresh.scores));

// ~10 pages of A4 at Times 13–14 pt is 25–30k characters: repeat the corpus until it is that long.
let long = '';
while (long.length < 28_000) long += `${texts.join('\n\n')}\n\n`;
long = long.slice(0, 28_000);
const runs: number[] = [];
for (let i = 0; i < 3; i++) extractDirective(long, units); // warm-up
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  extractDirective(long, units);
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
console.log(
  `\n10-page document (${long.length} characters): median ${median.toFixed(1)} ms over ${runs.length} runs (target < 200 ms)`,
);
