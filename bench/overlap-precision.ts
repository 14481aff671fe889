// Prints how the overlap review does on the labelled corpora (src/shared/overlap-corpus/): the
// tuning set (tasks.ts) and the held-out set (held-out.ts, never tuned on): precision of the top
// 50 proposals, recall, and the proposals that are wrong.
import { corpora, measureCorpus } from '../src/shared/overlap-corpus/measure.js';

const top = Number(process.argv[2] ?? 50);
for (const [name, corpus] of Object.entries(corpora)) {
  const m = measureCorpus(top, corpus);
  console.log(
    `${name === 'tuning' ? 'tuning set (tasks.ts)' : 'held-out set (held-out.ts, not tuned on)'}: ${m.tasks} tasks, ${m.truePairs} true pairs, ${m.proposed} proposed; top ${m.top}: ${m.truePositivesInTop} true, precision ${m.precisionAtTop.toFixed(3)}; recall ${m.recall.toFixed(3)}`,
  );
  for (const f of m.falsePositives) console.log(`  wrong (${f.score}): «${f.a}» ~ «${f.b}»`);
}
