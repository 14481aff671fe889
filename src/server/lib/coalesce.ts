// Identical heavy reads in flight at the same moment answered by one computation (the dashboard:
// 64 leaders opening it at once ran 64 copies of the same aggregates, each slower for the others,
// until none finished in time). A read joins a computation only while it is running and only if
// no write of this app started or finished since it began: the key carries the app's write
// generation, bumped when a write request arrives and again when it has been answered (committed).
// A write made by another app server is seen by the reads that start after it, as without this.
import type { FastifyInstance } from 'fastify';

const generations = new WeakMap<object, { n: number }>();

/** Counts the write requests (any method but GET/HEAD/OPTIONS) of the app serving `owner`. */
export function registerWriteGeneration(app: FastifyInstance, owner: object) {
  const g = { n: 0 };
  generations.set(owner, g);
  const reads = new Set(['GET', 'HEAD', 'OPTIONS']);
  app.addHook('onRequest', async (req) => {
    if (!reads.has(req.method)) g.n++;
  });
  app.addHook('onResponse', async (req) => {
    if (!reads.has(req.method)) g.n++;
  });
}

export const writeGeneration = (owner: object) => generations.get(owner)?.n ?? 0;

/** `run` once per key among the calls that overlap in time; the others share its promise. */
export function coalescer<T>() {
  const inflight = new WeakMap<object, Map<string, Promise<T>>>();
  return (owner: object, key: string, run: () => Promise<T>): Promise<T> => {
    let m = inflight.get(owner);
    if (!m) {
      m = new Map();
      inflight.set(owner, m);
    }
    const full = `${writeGeneration(owner)}|${key}`;
    const running = m.get(full);
    if (running) return running;
    const mine = m;
    const p = run().finally(() => mine.delete(full));
    m.set(full, p);
    return p;
  };
}
