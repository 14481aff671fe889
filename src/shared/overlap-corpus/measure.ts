// Measures the overlap review on a labelled corpus (tasks.ts, the tuning set; held-out.ts, never
// tuned on): precision of the top proposals (pairs,
// best first) and the share of true pairs found. Used by the test and by `npm run overlap-precision`.
import { type OverlapTask, reviewOverlaps } from '../overlap.js';
import { heldOutCorpus } from './held-out.js';
import { type CorpusRow, overlapCorpus } from './tasks.js';

export const corpora = { tuning: overlapCorpus, heldOut: heldOutCorpus } as const;

export interface CorpusMeasure {
  tasks: number;
  truePairs: number;
  proposed: number;
  top: number;
  truePositivesInTop: number;
  precisionAtTop: number;
  recall: number;
  falsePositives: { a: string; b: string; score: number }[];
}

export function corpusTasks(corpus: readonly CorpusRow[] = overlapCorpus): OverlapTask[] {
  return corpus.map(([, lead, from, to, title], i) => ({
    id: `t${String(i).padStart(3, '0')}`,
    title,
    leadUnitIds: [lead],
    unitIds: [lead],
    from,
    to,
    territorial: /^\d+$/.test(lead),
  }));
}

export function measureCorpus(top = 50, corpus: readonly CorpusRow[] = overlapCorpus): CorpusMeasure {
  const tasks = corpusTasks(corpus);
  const work = new Map(tasks.map((t, i) => [t.id, corpus[i]![0]]));
  const title = new Map(tasks.map((t) => [t.id, t.title]));
  let truePairs = 0;
  const byWork = new Map<string, number>();
  for (const [w] of corpus) byWork.set(w, (byWork.get(w) ?? 0) + 1);
  for (const k of byWork.values()) truePairs += (k * (k - 1)) / 2;
  const { pairs } = reviewOverlaps(tasks);
  const head = pairs.slice(0, top);
  const isTrue = (p: { a: string; b: string }) => work.get(p.a) === work.get(p.b);
  const tp = head.filter(isTrue).length;
  return {
    tasks: tasks.length,
    truePairs,
    proposed: pairs.length,
    top: head.length,
    truePositivesInTop: tp,
    precisionAtTop: head.length ? tp / head.length : 0,
    recall: pairs.filter(isTrue).length / truePairs,
    falsePositives: pairs
      .filter((p) => !isTrue(p))
      .map((p) => ({ a: title.get(p.a)!, b: title.get(p.b)!, score: p.score })),
  };
}
