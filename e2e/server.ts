// Starts the real product for browser tests: `node --import tsx src/server/main.ts` on a free
// port, on a fresh PGlite data directory (or a fresh PostgreSQL database when
// E2E_DATABASE_URL is set), with the demo data, serving a web build of the run's own.
// Used once per run by e2e/global-setup.ts.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RunningServer {
  baseURL: string;
  db: 'pglite' | 'postgres';
  logFile: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds the web app into `outDir`, a directory of this run's own: other runs (and anyone's
 * `npm start`) rebuilding dist/web meanwhile cannot pull files from under this run's server.
 */
export function buildWeb(outDir: string): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (r.status !== 0) throw new Error(`web build failed (exit ${r.status})`);
}

async function createPgDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `doingoai_e2e_${process.pid}_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

async function waitForHealth(baseURL: string, child: ChildProcess, logFile: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return (await res.json()) as { db: 'pglite' | 'postgres' };
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : '';
  throw new Error(`e2e server did not become healthy (exit ${child.exitCode}).\n${log}`);
}

export interface StartOptions {
  /** PostgreSQL server to create the run's database on (otherwise PGlite in a temporary directory). */
  databaseUrl?: string;
  /** A built web app to serve (otherwise dist/web). */
  webDist?: string;
  env?: Record<string, string>;
}

export async function startServer(opts: StartOptions = {}) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'doingoai-e2e-'));
  const pgDb = opts.databaseUrl ? await createPgDatabase(opts.databaseUrl) : null;
  const logFile = join(ROOT, `.tmp/e2e-server-${port}.log`);
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const log = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: '1',
    LOG_LEVEL: 'warn',
    ...(opts.webDist ? { WEB_DIST: opts.webDist } : {}),
    ...opts.env,
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV; // as `npm start` runs it, not vitest's 'test'
  if (pgDb) env.DATABASE_URL = pgDb.url;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const cleanup = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await pgDb?.drop().catch(() => undefined);
  };
  let health: { db: 'pglite' | 'postgres' };
  try {
    health = await waitForHealth(baseURL, child, logFile, 120_000);
  } catch (err) {
    child.kill('SIGKILL');
    await cleanup();
    throw err;
  }

  const server: RunningServer = {
    baseURL,
    db: health.db,
    logFile,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      log.end();
      await cleanup();
    },
  };
  return server;
}
