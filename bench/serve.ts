// The app server of `npm run bench`, in its own process so its memory (RSS) is the product's own
// and not the generator's: opens BENCH_DB_URL, serves on a loopback port with the bench's fixed
// "today", and answers the parent over IPC: { port } when listening; 'rss' → { rss, peak, heapAtPeak,
// externalAtPeak } (sampled every 20 ms); 'capture' → records the SQL that the next requests send; 'captured' →
// the statements recorded since (text and parameters), so the bench can replay them.
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/client.js';
import { fixedClock } from '../src/server/lib/clock.js';
import { BENCH_TODAY } from './generate.js';

export interface Statement {
  text: string;
  values: unknown[];
}

let recording: Statement[] | null = null;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (recording) {
    const [a, b] = args as [string | { text: string; values?: unknown[] }, unknown];
    if (typeof a === 'string') recording.push({ text: a, values: Array.isArray(b) ? b : [] });
    else if (a && typeof a === 'object' && 'text' in a)
      recording.push({ text: a.text, values: a.values ?? (Array.isArray(b) ? b : []) });
  }
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const url = process.env.BENCH_DB_URL;
if (!url) throw new Error('BENCH_DB_URL is not set');
const database = await openDatabase({ url });
const app = await buildApp(
  { db: database.db, dbKind: database.kind, clock: fixedClock(BENCH_TODAY), secureCookies: false },
  { serveWeb: false },
);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

let peak = process.memoryUsage.rss();
/** What the RSS was made of at its peak (V8's heap, memory outside it). */
let atPeak = process.memoryUsage();
setInterval(() => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) {
    peak = rss;
    atPeak = process.memoryUsage();
  }
}, 20).unref();

process.on('message', (m: unknown) => {
  if (m === 'rss') {
    const rss = process.memoryUsage.rss();
    peak = Math.max(peak, rss);
    process.send?.({ rss, peak, heapAtPeak: atPeak.heapTotal, externalAtPeak: atPeak.external });
  } else if (m === 'capture') {
    recording = [];
    process.send?.({ capturing: true });
  } else if (m === 'captured') {
    const got = recording ?? [];
    recording = null;
    process.send?.({ statements: got });
  } else if (m && typeof m === 'object' && 'has' in m) {
    const [method, route] = (m as { has: [string, string] }).has;
    process.send?.({ has: app.hasRoute({ method: method as 'GET', url: route }) });
  } else if (m === 'stop') {
    void app.close().then(() => database.close().then(() => process.exit(0)));
  }
});
process.send?.({ port });
