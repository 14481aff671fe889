// Workflow steps taken at the same moment on one assignment (issue 13): each is a guarded change
// in its transaction, so exactly one of two conflicting steps wins and the other answers 409
// (STATE_CHANGED when it had read the record before the winner wrote it), and the same click repeated is taken once. On PostgreSQL (TEST_DATABASE_URL)
// the requests really run side by side on a pool of connections; on PGlite they serialise,
// and the outcomes must be the same.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildAssignments, freshSessions } from './factories.js';

const t = freshSessions(await createTestApp({ today: '2026-03-01' }));
const TRIALS = 4;

const kinds = async (id: string) =>
  (await t.api('sngv', 'GET', `/api/assignments/${id}/events`)).json().map((e: { kind: string }) => e.kind);
const auditActions = async (id: string) =>
  (await t.api('sngv', 'GET', `/api/audit?entity=assignment&entityId=${id}`))
    .json()
    .items.map((i: { action: string }) => i.action);
const codes = (rs: { statusCode: number; json(): { error?: { code: string } } }[]) =>
  rs.map((r) => (r.statusCode === 200 ? 200 : `${r.statusCode} ${r.json().error?.code}`)).sort();

async function confirmed() {
  const { ids } = await buildAssignments(t, ['21589']);
  const id = ids['21589']!;
  await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { productNumber: '45/KH-UBND' });
  await t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, {});
  return id;
}

describe('concurrent workflow steps on one assignment', () => {
  it('takes eight simultaneous identical submits (a double click) as one', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { ids } = await buildAssignments(t, ['21589']);
      const id = ids['21589']!;
      const body = { productNumber: '45/KH-UBND', productDate: '2026-02-28' };
      const rs = await Promise.all(
        Array.from({ length: 8 }, () => t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, body)),
      );
      expect(codes(rs)).toEqual(Array(8).fill(200));
      expect(rs.every((r) => r.json().workflow === 'submitted')).toBe(true);
      expect(await kinds(id)).toEqual(['submit']);
      expect(await auditActions(id)).toEqual(['submit', 'create']);
    }
  });

  it('lets one of eight different submits win; the others get 409 and write nothing', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { ids } = await buildAssignments(t, ['21589']);
      const id = ids['21589']!;
      const rs = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { productNumber: `${i + 1}/KH-UBND` }),
        ),
      );
      const won = rs.filter((r) => r.statusCode === 200);
      expect(won).toHaveLength(1);
      for (const r of rs.filter((x) => x.statusCode !== 200)) {
        expect(r.statusCode).toBe(409);
        expect(['STATE_CHANGED', 'WORKFLOW_STEP_NOT_ALLOWED']).toContain(r.json().error.code);
      }
      expect(await kinds(id)).toEqual(['submit']);
      const now = (await t.api('quynhontay', 'GET', `/api/assignments/${id}`)).json();
      expect(now.productNumber).toBe(won[0]!.json().productNumber);
    }
  });

  it('accept and return at once: one wins, the other is 409 STATE_CHANGED, the history agrees', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const id = await confirmed();
      const [acc, ret] = await Promise.all([
        t.api('sngv', 'POST', `/api/assignments/${id}/accept`, { note: 'Đạt' }),
        t.api('sngv', 'POST', `/api/assignments/${id}/return`, { reason: 'Thiếu phụ lục nhiệm vụ' }),
      ]);
      // 409 either way: STATE_CHANGED when the loser read the record before the winner wrote it
      // (side by side on PostgreSQL), WORKFLOW_STEP_NOT_ALLOWED when it read it after (PGlite)
      expect([acc.statusCode, ret.statusCode].sort()).toEqual([200, 409]);
      const loser = acc.statusCode === 200 ? ret : acc;
      expect(['STATE_CHANGED', 'WORKFLOW_STEP_NOT_ALLOWED']).toContain(loser.json().error.code);
      const winner = acc.statusCode === 200 ? 'accept' : 'return';
      const final = (await t.api('sngv', 'GET', `/api/assignments/${id}`)).json();
      expect(final.workflow).toBe(winner === 'accept' ? 'accepted' : 'returned');
      expect(await kinds(id)).toEqual([winner, 'confirm', 'submit']);
    }
  });

  it('progress and submit at once never leave a progress report after the submission', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { ids } = await buildAssignments(t, ['21589']);
      const id = ids['21589']!;
      const [prog, sub] = await Promise.all([
        t.api('quynhontay', 'PATCH', `/api/assignments/${id}`, { progress: 40, note: 'Đang dự thảo' }),
        t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { productNumber: '45/KH-UBND' }),
      ]);
      expect(sub.statusCode).toBe(200);
      const final = (await t.api('quynhontay', 'GET', `/api/assignments/${id}`)).json();
      expect(final.workflow).toBe('submitted');
      const history = await kinds(id);
      if (prog.statusCode === 200) expect(history).toEqual(['submit', 'progress']);
      else {
        expect(prog.statusCode).toBe(409);
        expect(['STATE_CHANGED', 'WORKFLOW_STEP_NOT_ALLOWED']).toContain(prog.json().error.code);
        expect(history).toEqual(['submit']);
      }
    }
  });

  it('takes the same confirm twice at once as one, and a repeated click later too', async () => {
    const { ids } = await buildAssignments(t, ['21589']);
    const id = ids['21589']!;
    await t.api('quynhontay', 'POST', `/api/assignments/${id}/submit`, { productNumber: '45/KH-UBND' });
    const rs = await Promise.all([
      t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, { note: 'Đồng ý' }),
      t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, { note: 'Đồng ý' }),
    ]);
    expect(codes(rs)).toEqual([200, 200]);
    const again = await t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, { note: 'Đồng ý' });
    expect(again.statusCode).toBe(200);
    expect(await kinds(id)).toEqual(['confirm', 'submit']);
    // a different confirm is a different step, refused in this state
    const other = await t.api('quynhontay.tt', 'POST', `/api/assignments/${id}/confirm`, { note: 'Khác' });
    expect(other.json().error.code).toBe('WORKFLOW_STEP_NOT_ALLOWED');
  });
});
