// Escalation steps taken at the same moment on one obstacle (issue 13): each is a guarded change
// in its transaction, so two escalations make one step and resolve vs escalate ends in one
// coherent state. Side by side on PostgreSQL (TEST_DATABASE_URL); serialised on PGlite.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildCommitment } from '../commitments/factories.js';

const t = await createTestApp({ today: '2026-03-01' });
const TRIALS = 4;

async function raise() {
  const c = await buildCommitment(t);
  const res = await t.api('svhttdl', 'POST', '/api/obstacles', {
    subjectType: 'commitment',
    subjectId: c.id,
    description: 'Đối tác đề nghị điều chỉnh thời gian tổ chức tuần văn hóa',
  });
  return res.json().id as string;
}

const read = async (id: string) => (await t.api('sngv', 'GET', `/api/obstacles/${id}`)).json();
const kinds = (o: { steps: { kind: string; toLevel: string }[] }) =>
  o.steps.map((s) => `${s.kind}→${s.toLevel}`);

describe('concurrent escalation steps on one obstacle', () => {
  it('two escalations at once make one focal → leader step', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const id = await raise();
      const rs = await Promise.all([
        t.api('sngv', 'POST', `/api/obstacles/${id}/escalate`, { text: 'Vượt thẩm quyền của Sở' }),
        t.api('sngv', 'POST', `/api/obstacles/${id}/escalate`, { text: 'Vượt thẩm quyền của Sở' }),
      ]);
      expect(rs.map((r) => r.statusCode)).toEqual([200, 200]); // the second is the same click
      const o = await read(id);
      expect(o.level).toBe('leader');
      expect(kinds(o)).toEqual(['raise→focal', 'escalate→leader']);
    }
  });

  it('two different escalations at once: one step, the other 409', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const id = await raise();
      const rs = await Promise.all([
        t.api('sngv', 'POST', `/api/obstacles/${id}/escalate`, { text: 'Ý kiến thứ nhất' }),
        t.api('sngv', 'POST', `/api/obstacles/${id}/escalate`, { text: 'Ý kiến thứ hai' }),
      ]);
      expect(rs.filter((r) => r.statusCode === 200)).toHaveLength(1);
      // STATE_CHANGED when it read the obstacle before the winner moved it (side by side),
      // OBSTACLE_NOT_HOLDER when it read it after (serialised): Sở Ngoại vụ no longer holds it
      const loser = rs.find((r) => r.statusCode !== 200)!;
      expect(['409 STATE_CHANGED', '403 OBSTACLE_NOT_HOLDER']).toContain(
        `${loser.statusCode} ${loser.json().error.code}`,
      );
      const o = await read(id);
      expect(kinds(o)).toEqual(['raise→focal', 'escalate→leader']);
    }
  });

  it('resolve and escalate at once end either resolved at Sở Ngoại vụ or open at UBND tỉnh', async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const id = await raise();
      const [res, esc] = await Promise.all([
        t.api('sngv', 'POST', `/api/obstacles/${id}/resolve`, { resolution: 'Đã bố trí kinh phí' }),
        t.api('sngv', 'POST', `/api/obstacles/${id}/escalate`, { text: 'Trình UBND tỉnh' }),
      ]);
      expect([res.statusCode, esc.statusCode].filter((c) => c === 200)).toHaveLength(1);
      const o = await read(id);
      if (res.statusCode === 200) {
        expect(['409 STATE_CHANGED', '409 OBSTACLE_RESOLVED']).toContain(
          `${esc.statusCode} ${esc.json().error.code}`,
        );
        expect(o).toMatchObject({ status: 'resolved', level: 'focal' });
        expect(kinds(o)).toEqual(['raise→focal', 'resolve→focal']);
      } else {
        // escalated first: Sở Ngoại vụ no longer holds it, so its resolve is refused
        expect(esc.statusCode).toBe(200);
        expect(['409 STATE_CHANGED', '403 OBSTACLE_NOT_HOLDER']).toContain(
          `${res.statusCode} ${res.json().error.code}`,
        );
        expect(o).toMatchObject({ status: 'open', level: 'leader' });
        expect(kinds(o)).toEqual(['raise→focal', 'escalate→leader']);
      }
    }
  });
});
