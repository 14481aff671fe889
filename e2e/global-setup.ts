// Once per e2e run: build the web app (into a directory of the run's own) and start one server
// with the demo data that every test file shares (starting one takes 5–10 s). Set E2E_BASE_URL to
// test a server that is already running instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWeb, startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_BASE_URL) {
    project.provide('e2eBaseURL', process.env.E2E_BASE_URL.replace(/\/$/, ''));
    return;
  }
  const started = Date.now();
  const webDist = mkdtempSync(join(tmpdir(), 'doingoai-e2e-web-'));
  try {
    buildWeb(webDist);
    const built = Date.now();
    const server = await startServer({ databaseUrl: process.env.E2E_DATABASE_URL || undefined, webDist });
    console.log(
      `e2e: web built in ${built - started} ms; server ${server.baseURL} (${server.db}) ready in ${Date.now() - built} ms`,
    );
    project.provide('e2eBaseURL', server.baseURL);
    return async () => {
      await server.stop();
      rmSync(webDist, { recursive: true, force: true });
    };
  } catch (err) {
    rmSync(webDist, { recursive: true, force: true });
    throw err;
  }
}
