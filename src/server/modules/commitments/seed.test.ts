import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { commitmentsDemoSeeder } from './seed.js';

const t = await createTestApp({ today: '2026-03-01' });

describe('demo data', () => {
  it('seeds a dozen commitments at various stages, one obstacle waiting for the leader', async () => {
    await commitmentsDemoSeeder.seed(t.db, t.clock);
    await commitmentsDemoSeeder.seed(t.db, t.clock); // idempotent
    const list = (await t.api('sngv', 'GET', '/api/commitments?pageSize=100')).json();
    expect(list.total).toBe(12);
    const statuses = new Set(list.items.map((c: { status: string }) => c.status));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    expect(list.items.some((c: { atRisk: boolean }) => c.atRisk)).toBe(true);
    const legal = new Set(list.items.map((c: { legalReport: string }) => c.legalReport));
    expect([...legal]).toEqual(expect.arrayContaining(['met', 'late', 'missing']));
    const waiting = (await t.api('lanhdao', 'GET', '/api/obstacles?waiting=me')).json();
    expect(waiting.total).toBe(1);
    expect((await t.api('svhttdl', 'GET', '/api/commitments')).json().total).toBeGreaterThanOrEqual(3);
  });
});
