import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { assign } from '../assignments/factories.js';
import { buildActivity, buildCommitment } from '../commitments/factories.js';
import { buildDocument } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';

const t = await createTestApp({ today: '2026-06-30' });
let programme = '';

// A programme P (a document and one implementing it) with a task whose assignment has an
// obstacle, and a commitment from an activity recorded in P; outside it, another commitment and
// an obstacle on a task of another document.
beforeAll(async () => {
  const p = await buildDocument(t, { number: '45/TB-VPCP', issuer: 'Văn phòng Chính phủ' });
  programme = p.id;
  const child = await buildDocument(t, { implementsIds: [p.id] });
  const other = await buildDocument(t);
  const svh = (await t.unitByCode('SVHTTDL')).id;
  const raiseOn = async (documentId: string) => {
    const task = await buildTask(t, { documentId, dueOn: '2026-05-31' });
    const [a] = (await assign(t, task.id, { unitIds: [svh] })).created;
    const res = await t.api('svhttdl', 'POST', '/api/obstacles', {
      subjectType: 'assignment',
      subjectId: a!.id,
      description: 'Chưa bố trí được kinh phí thực hiện',
    });
    expect(res.statusCode).toBe(201);
  };
  await raiseOn(child.id);
  await raiseOn(other.id);
  const activity = await buildActivity(t, { documentIds: [p.id] });
  await buildCommitment(t, { activityId: activity.id, country: 'Nhật Bản' });
  await buildCommitment(t, { country: 'Lào' });
});

describe('the programme filter', () => {
  it('narrows obstacles and commitments to the programme too', async () => {
    const all = (await t.api('lanhdao', 'GET', '/api/dashboard')).json();
    expect(all.commitments.total).toBe(2);
    expect(all.obstacles.raised).toBe(2);
    const res = await t.api('lanhdao', 'GET', `/api/dashboard?documentId=${programme}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.commitments.total).toBe(1);
    expect(d.commitments.byCountry.map((c: { key: string }) => c.key)).toEqual(['Nhật Bản']);
    expect(d.obstacles.raised).toBe(1);
  });
});
