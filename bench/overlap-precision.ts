// Prints how the overlap review does on the labelled corpus (src/shared/overlap-corpus/):
// precision of the top 50 proposals, recall, and the proposals that are wrong.
import { measureCorpus } from '../src/shared/overlap-corpus/measure.js';

const top = Number(process.argv[2] ?? 50);
const m = measureCorpus(top);
console.log(
  `${m.tasks} tasks, ${m.truePairs} true pairs, ${m.proposed} proposed; top ${m.top}: ${m.truePositivesInTop} true, precision ${m.precisionAtTop.toFixed(3)}; recall ${m.recall.toFixed(3)}`,
);
for (const f of m.falsePositives) console.log(`  wrong (${f.score}): «${f.a}» ~ «${f.b}»`);
