// The limit a scenario is measured against: the SQL that its requests send (captured by
// bench/serve.ts), replayed straight to PostgreSQL as named prepared statements (parsed and
// planned once per connection), at the same number of connections, in a tight loop for S
// seconds. argv[2]: JSON file { url, connections, seconds, sets: Statement[][] } — one set per
// request of the rotation; each connection runs the next set. Prints { tps, p50, p99, failures }.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { Statement } from './serve.js';

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as {
  url: string;
  connections: number;
  seconds: number;
  sets: Statement[][];
};
const names = new Map<string, string>();
const nameOf = (text: string) => {
  let n = names.get(text);
  if (!n) {
    n = `replay_${names.size}`;
    names.set(text, n);
  }
  return n;
};
const plain = /^\s*(begin|commit|rollback|savepoint|release)/i;

async function runSet(c: pg.Client, set: Statement[]) {
  for (const s of set) {
    if (plain.test(s.text) && !s.values.length) await c.query(s.text);
    else await c.query({ name: nameOf(s.text), text: s.text, values: s.values });
  }
}

const clients = await Promise.all(
  Array.from({ length: job.connections }, async () => {
    const c = new pg.Client({ connectionString: job.url });
    await c.connect();
    return c;
  }),
);
// Warm-up: every connection prepares every statement once.
await Promise.all(
  clients.map(async (c) => {
    for (const set of job.sets) await runSet(c, set);
  }),
);

let next = 0;
let failures = 0;
const latencies: number[] = [];
const end = performance.now() + job.seconds * 1000;
await Promise.all(
  clients.map(async (c) => {
    while (performance.now() < end) {
      const set = job.sets[next++ % job.sets.length]!;
      const t = performance.now();
      try {
        await runSet(c, set);
        latencies.push(performance.now() - t);
      } catch {
        failures++;
        await c.query('rollback').catch(() => {});
      }
    }
  }),
);
await Promise.all(clients.map((c) => c.end()));
latencies.sort((a, b) => a - b);
const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
console.log(JSON.stringify({ tps: latencies.length / job.seconds, p50: q(0.5), p99: q(0.99), failures }));
