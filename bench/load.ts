// One throughput run of `npm run bench`, in its own process (the load must not share the
// server's event loop), over a rotation of requests (each request the next one). argv[2]: JSON
// { base, connections, seconds, cookie, requests: [{ method, path, body? }] }. Prints
// { rps, p50, p99, failures, tool }.
// The load comes from wrk (2 threads, as Redmine was measured; written in C, it leaves the
// 2-core machine's CPU to the server) when it is installed (`apt-get install -y wrk`), else from
// autocannon (JavaScript, in this process: heavier, so the figures come out lower).
// BENCH_LOAD=autocannon uses autocannon even where wrk is installed.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

interface Req {
  method: 'GET' | 'PATCH' | 'POST';
  path: string;
  body?: string;
}
interface Job {
  base: string;
  connections: number;
  seconds: number;
  cookie: string;
  requests: Req[];
}
interface Outcome {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  tool: 'wrk' | 'autocannon';
}

const job = JSON.parse(process.argv[2]!) as Job;

function hasWrk(): boolean {
  if (process.env.BENCH_LOAD === 'autocannon') return false;
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    // wrk --version prints its banner and exits 1: present
    return (e as { status?: number }).status === 1;
  }
}

/** A Lua string literal of any text (a long bracket no request contains). */
const lua = (s: string) => `[==[${s}]==]`;

async function withWrk(j: Job): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-wrk-'));
  const script = join(dir, 'rotation.lua');
  const headers = `{ cookie = ${lua(j.cookie)}, ["content-type"] = "application/json" }`;
  writeFileSync(
    script,
    // the requests are formatted in init(): wrk knows the Host header only by then
    `local reqs = {}
init = function(args)
${j.requests.map((r) => `  reqs[#reqs + 1] = wrk.format(${lua(r.method)}, ${lua(r.path)}, ${headers}, ${r.body ? lua(r.body) : 'nil'})`).join('\n')}
end
local i = 0
request = function()
  i = i % #reqs + 1
  return reqs[i]
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\nRESULT {"requests":%d,"duration":%d,"p50":%.3f,"p99":%.3f,"failures":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
`,
  );
  try {
    const { stdout } = await promisify(execFile)(
      'wrk',
      [
        '-t',
        String(Math.min(2, j.connections)),
        '-c',
        String(j.connections),
        '-d',
        `${j.seconds}s`,
        '-s',
        script,
        j.base,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
    const r = JSON.parse(line.slice(7)) as {
      requests: number;
      duration: number;
      p50: number;
      p99: number;
      failures: number;
    };
    return {
      rps: r.requests / (r.duration / 1e6),
      p50: Math.round(r.p50),
      p99: Math.round(r.p99),
      failures: r.failures,
      tool: 'wrk',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

async function withAutocannon(j: Job): Promise<Outcome> {
  const autocannon = createRequire(import.meta.url)('autocannon') as (
    opts: object,
  ) => Promise<AutocannonResult>;
  let next = 0;
  const result = await autocannon({
    url: j.base,
    connections: j.connections,
    duration: j.seconds,
    headers: { cookie: j.cookie, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const r = j.requests[next++ % j.requests.length]!;
          return { ...req, method: r.method, path: r.path, body: r.body };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    tool: 'autocannon',
  };
}

console.log(JSON.stringify(hasWrk() ? await withWrk(job) : await withAutocannon(job)));
