// The bounded queue in front of the embedded database: waits within bounds, refuses with 503 and
// Retry-After beyond them, never leaks a place, and leaves the health check alone.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { createTestApp } from '../test/harness.js';
import { Gate } from './admission.js';

describe('the gate', () => {
  it('serves `concurrency` at once, queues `queue`, refuses the rest at once and the late ones', async () => {
    const gate = new Gate({ concurrency: 2, queue: 2, waitMs: 50 });
    const a = await gate.enter();
    const b = await gate.enter();
    const c = gate.enter();
    const d = gate.enter();
    await expect(gate.enter()).rejects.toMatchObject({ code: 'DB_BUSY', status: 503, retryAfter: 2 });
    expect(gate.stats).toEqual({ active: 2, waiting: 2 });
    a();
    a(); // a second release of the same place is ignored
    const cr = await c;
    expect(gate.stats).toEqual({ active: 2, waiting: 1 });
    await expect(d).rejects.toMatchObject({ code: 'DB_BUSY' }); // waited longer than 50 ms
    b();
    cr();
    expect(gate.stats).toEqual({ active: 0, waiting: 0 });
  });
});

describe('under a burst (PGlite default, here with a small gate)', async () => {
  const t = await createTestApp();
  it('answers everyone: served, or 503 DB_BUSY with Retry-After; the health check always', async () => {
    const app = await buildApp(
      { db: t.db, dbKind: t.dbKind, clock: t.clock, secureCookies: false },
      { serveWeb: false, admission: { concurrency: 1, queue: 3, waitMs: 2000 } },
    );
    try {
      const cookie = await t.login('sngv');
      const started = Date.now();
      const burst = await Promise.all([
        ...Array.from({ length: 24 }, () =>
          app.inject({ method: 'GET', url: '/api/units?pageSize=100', headers: { cookie } }),
        ),
        app.inject({ method: 'GET', url: '/api/health' }),
      ]);
      const codes = burst.map((r) => r.statusCode);
      expect(codes.every((c) => c === 200 || c === 503)).toBe(true);
      expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(4);
      const refused = burst.filter((r) => r.statusCode === 503);
      expect(refused.length).toBeGreaterThan(0);
      for (const r of refused) {
        expect(r.json().error.code).toBe('DB_BUSY');
        expect(r.headers['retry-after']).toBe('2');
      }
      expect(burst.at(-1)!.statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(10_000);
      // every place was given back
      const after = await Promise.all(
        Array.from({ length: 4 }, () => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })),
      );
      expect(after.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    } finally {
      await app.close();
    }
  });
});
