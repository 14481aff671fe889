// The authorisation matrix (issue 13), generated from the routes the app registers (the OpenAPI
// document's list): every route × every demo account × a record of the reader's own unit and one
// of another unit. A unit's people never get another unit's record (no 2xx) and their writes to
// it change nothing; no request answers 5xx. Figures are printed for the notes.
import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { fingerprint } from '../db/backup.js';
import { buildAssignments } from '../modules/assignments/factories.js';
import { buildActivity, buildCommitment } from '../modules/commitments/factories.js';
import { buildDocument } from '../modules/documents/factories.js';
import { buildFile } from '../modules/files/factories.js';
import { createTestApp } from './harness.js';

const t = await createTestApp({ today: '2026-03-01' });
const routes: RouteOptions[] = [];
const probe = await buildApp(
  { db: t.db, dbKind: t.dbKind, clock: t.clock, secureCookies: false },
  { serveWeb: false, onRoute: (r) => routes.push(r), admission: false },
);
await probe.ready();

const ACCOUNTS = ['admin', 'sngv', 'lanhdao', 'svhttdl', 'svhttdl.tt', 'quynhontay', 'quynhontay.tt'];
const UNIT_OF: Record<string, 'A' | 'B'> = {
  quynhontay: 'A',
  'quynhontay.tt': 'A',
  svhttdl: 'B',
  'svhttdl.tt': 'B',
};
/** Tables a request may touch without changing data: sessions and sign-in counters. */
const VOLATILE = new Set(['sessions', 'login_limits', 'trusted_devices']);

type Ids = Record<string, string>;

async function recordsOf(code: string, as: string): Promise<Ids> {
  const unit = await t.unitByCode(code);
  const doc = await buildDocument(t, { summary: `Kế hoạch riêng của ${code}`, unitId: unit.id });
  const { task, ids } = await buildAssignments(t, [code], { title: `Nhiệm vụ riêng của ${code}` });
  const file = await buildFile(t, as);
  const commitment = await buildCommitment(t, { leadUnitId: unit.id });
  const activity = await buildActivity(t);
  await buildCommitment(t, { leadUnitId: unit.id, activityId: activity.id });
  return {
    documents: doc.id,
    tasks: task.id,
    assignments: ids[code]!,
    files: file,
    commitments: commitment.id,
    activities: activity.id,
    units: unit.id,
  };
}

const methodsOf = (r: RouteOptions) => (Array.isArray(r.method) ? r.method : [r.method]);
const api = routes
  .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
  .flatMap((r) => methodsOf(r).map((method) => ({ method, url: r.url })))
  .filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
const entityOf = (url: string) => url.split('/')[2] ?? '';

/** The URL with `:id` set to the entity's record of `ids`, other parameters to a record-less id. */
function urlFor(url: string, ids: Ids): string | null {
  const id = ids[entityOf(url)];
  if (url.includes(':id') && !id) return null;
  return url.replace(':id', id ?? '').replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
}

describe('authorisation matrix', () => {
  it('every route × role × own/other unit: no 5xx, no other unit’s record, writes to it change nothing', async () => {
    const A = await recordsOf('21589', 'quynhontay');
    const B = await recordsOf('SVHTTDL', 'svhttdl');
    const mine = { A, B };
    const figures = { requests: 0, serverErrors: 0, anomalies: 0, routes: api.length };
    const anomalies: string[] = [];
    const note = (s: string) => {
      figures.anomalies++;
      if (anomalies.length < 30) anomalies.push(s);
    };

    // reads: every account, its own unit's records and the other unit's
    const before = await fingerprint(t.db);
    for (const r of api.filter((x) => x.method === 'GET')) {
      for (const who of ACCOUNTS) {
        for (const side of ['A', 'B'] as const) {
          const url = urlFor(r.url, mine[side]);
          if (!url) continue;
          const res = await t.api(who, 'GET', url);
          figures.requests++;
          if (res.statusCode >= 500) {
            figures.serverErrors++;
            note(`${who} GET ${url} → ${res.statusCode}`);
          }
          const unit = UNIT_OF[who];
          const foreign = unit && unit !== side && url.includes(mine[side][entityOf(r.url)] ?? '\u0000');
          // the unit directory is read by everyone signed in
          if (foreign && entityOf(r.url) !== 'units' && res.statusCode < 300)
            note(`${who} read another unit's record: GET ${r.url} → ${res.statusCode}`);
        }
      }
    }
    // writes by a unit's people to the other unit's records: refused, nothing changes
    for (const r of api.filter((x) => x.method !== 'GET' && x.url.includes(':id'))) {
      for (const who of Object.keys(UNIT_OF)) {
        const other = UNIT_OF[who] === 'A' ? B : A;
        const url = urlFor(r.url, other);
        if (!url) continue;
        for (const payload of [{}, { note: 'thử', progress: 50, title: 'Sửa trái phép' }]) {
          const res = await t.api(who, r.method as 'POST', url, payload);
          figures.requests++;
          if (res.statusCode >= 500) {
            figures.serverErrors++;
            note(`${who} ${r.method} ${url} → ${res.statusCode}`);
          }
          if (res.statusCode < 300)
            note(`${who} wrote another unit's record: ${r.method} ${r.url} → ${res.statusCode}`);
        }
      }
    }
    const after = await fingerprint(t.db);
    for (const name of Object.keys(before)) {
      if (VOLATILE.has(name)) continue;
      if (JSON.stringify(before[name]) !== JSON.stringify(after[name])) note(`table ${name} changed`);
    }
    // own records are read by their unit (the matrix is not vacuous)
    for (const entity of ['documents', 'tasks', 'assignments', 'files', 'commitments', 'activities']) {
      const res = await t.api('quynhontay', 'GET', `/api/${entity}/${A[entity]}`);
      figures.requests++;
      if (res.statusCode !== 200) note(`own ${entity} not readable: ${res.statusCode}`);
    }
    console.log(`authorisation matrix (${t.dbKind}): ${JSON.stringify(figures)}`);
    expect(anomalies).toEqual([]);
    expect(figures.requests).toBeGreaterThan(500);
  }, 240_000);
});
