// Checks the README's first command on a fresh data folder, as a newcomer would run it:
//   1. `npm start` builds what is missing, migrates, loads the demo data, prints the accounts;
//   2. a later start is ready in under 10 s; its memory at rest is reported (target < 200 MB);
//   3. `DEMO=0` loads no demo accounts, and `npm run cli -- create-admin` makes the first admin.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const READY_LIMIT_MS = 10_000;
const REST_MS = Number(process.env.SMOKE_REST_MS ?? 5000);
// Always a fresh PGlite folder, never a database the caller's DATABASE_URL points at.
const baseEnv = { ...process.env, DATABASE_URL: '' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** `npm start` in its own process group; resolves once /api/health answers. */
async function start(dataDir, env = {}) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...baseEnv, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
    if (performance.now() - t0 > 300_000) throw new Error(`npm start not ready after 300 s:\n${output}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(100);
  }
  const readyMs = performance.now() - t0;
  return {
    base,
    readyMs,
    output: () => output,
    /** RSS of the server process (the node running dist/server/main.js), in MB. */
    rssMb() {
      for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
          if (pgrp !== child.pid) continue;
          const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          if (!/node$/.test(argv[0]) || !argv.includes('dist/server/main.js')) continue;
          const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
          return Number(kb) / 1024;
        } catch {
          // the process went away
        }
      }
      return Number.NaN;
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    },
  };
}

async function login(base, username, password) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`  ✓ ${message}`);
}

const dirs = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'doingoai-smoke-'));
  dirs.push(d);
  return d;
};

try {
  const dataDir = fresh();
  console.log('First start on an empty data folder:');
  let s = await start(dataDir);
  check(/quynhontay\.tt/.test(s.output()) && /demo123/.test(s.output()), 'prints the demo accounts');
  check(
    (await fetch(`${s.base}/`)).headers.get('content-type')?.includes('text/html'),
    'serves the web app at /',
  );
  check((await login(s.base, 'sngv', 'demo123')).status === 200, 'signs in as sngv / demo123');
  console.log(`  first start ready in ${(s.readyMs / 1000).toFixed(1)} s`);
  await s.stop();

  console.log('Later start:');
  s = await start(dataDir);
  const { cookie } = await login(s.base, 'svhttdl', 'demo123');
  for (const path of [
    '/api/me',
    '/api/units?pageSize=200',
    '/api/assignments',
    '/api/tasks',
    '/api/commitments',
  ])
    await fetch(`${s.base}${path}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
  await fetch(`${s.base}/`).then((r) => r.arrayBuffer());
  check(s.readyMs < READY_LIMIT_MS, `ready in ${(s.readyMs / 1000).toFixed(1)} s (limit 10 s)`);
  await sleep(REST_MS);
  const rss = s.rssMb();
  console.log(`  memory at rest with the demo data: ${rss.toFixed(0)} MB RSS (target < 200 MB)`);
  await s.stop();

  console.log('Production start (DEMO=0) and the first administrator:');
  const prodDir = fresh();
  s = await start(prodDir, { DEMO: '0' });
  check(!/demo123/.test(s.output()), 'prints no demo accounts');
  check((await login(s.base, 'admin', 'demo123')).status === 401, 'has no demo account');
  await s.stop();
  const cli = spawnSync(
    'npm',
    ['run', '--silent', 'cli', '--', 'create-admin', '--username', 'quantri', '--name', 'Quản trị viên'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...baseEnv, DATA_DIR: prodDir, ADMIN_PASSWORD: 'mat-khau-manh' },
    },
  );
  check(cli.status === 0, `npm run cli -- create-admin: ${(cli.stdout + cli.stderr).trim()}`);
  s = await start(prodDir, { DEMO: '0' });
  check((await login(s.base, 'quantri', 'mat-khau-manh')).status === 200, 'the new administrator signs in');
  await s.stop();
} catch (err) {
  console.error(`\n${err.message}`);
  process.exitCode = 1;
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
