// One throughput run of `npm run bench`, in its own process (the load must not share the
// server's event loop): autocannon at C connections for S seconds over a rotation of requests
// (each connection takes the next one). argv[2]: JSON { base, connections, seconds, cookie,
// requests: [{ method, path, body? }] }. Prints { rps, p50, p99, failures }.
import { createRequire } from 'node:module';

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<Result>;

interface Req {
  method: 'GET' | 'PATCH' | 'POST';
  path: string;
  body?: string;
}
const job = JSON.parse(process.argv[2]!) as {
  base: string;
  connections: number;
  seconds: number;
  cookie: string;
  requests: Req[];
};
let next = 0;
const result = await autocannon({
  url: job.base,
  connections: job.connections,
  duration: job.seconds,
  headers: { cookie: job.cookie, 'content-type': 'application/json' },
  requests: [
    {
      setupRequest: (req: Record<string, unknown>) => {
        const r = job.requests[next++ % job.requests.length]!;
        return { ...req, method: r.method, path: r.path, body: r.body };
      },
    },
  ],
});
console.log(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  }),
);
