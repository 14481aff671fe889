// The demo reproduces the first directive: its board shows exactly the directive's footnotes.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { FOOTNOTE_2 } from './demo-data.js';
import { trackingDemoSeeder } from './demo-seed.js';

const t = await createTestApp({ today: '2026-03-20' });

describe('demo data of the first directive', () => {
  it('shows SVHTTDL and the 72 footnote communes, and only them, as not submitted', async () => {
    const started = Date.now();
    await trackingDemoSeeder.seed(t.db, t.clock);
    console.log(`tracking demo seeded in ${Date.now() - started} ms`);
    const docs = (await t.api('sngv', 'GET', '/api/documents?q=245/UBND')).json();
    const directive = docs.items[0];
    const lineage = (await t.api('sngv', 'GET', `/api/documents/${directive.id}/lineage`)).json();
    expect(lineage.nodes.map((n: { number: string }) => n.number)).toEqual([
      '59-NQ/TW',
      '153/NQ-CP',
      '1520/QĐ-UBND',
      '34-KH/TU',
      '245/UBND-NgV',
    ]);
    // 81 plans and Sở Ngoại vụ's own annual plan
    expect(lineage.unitProducts.length).toBe(82);

    const tasks = (await t.api('sngv', 'GET', `/api/tasks?documentId=${directive.id}&q=6 ro`)).json();
    expect(tasks.total).toBe(1);
    const plan = tasks.items[0];
    expect(plan).toMatchObject({
      dueOn: '2026-03-15',
      missingClarity: [],
      assignmentCount: 154,
      submittedCount: 81,
    });
    const board = (
      await t.api('sngv', 'GET', `/api/tasks/${plan.id}/board?state=not_submitted&pageSize=100`)
    ).json();
    expect(board.counts).toMatchObject({ total: 154, notSubmitted: 73 });
    // all 73 are overdue, started or not
    expect(board.counts.overdue + board.counts.overdue_not_started).toBe(73);
    const names: string[] = board.items.map((a: { unitName: string }) => a.unitName);
    const footnoteNames = FOOTNOTE_2.split(';').map((n) => n.replace(/\s+/g, ' ').replace(/\.$/, '').trim());
    expect(names.sort()).toEqual([...footnoteNames, 'Sở Văn hóa, Thể thao và Du lịch'].sort());

    const incomplete = (
      await t.api('sngv', 'GET', `/api/tasks?documentId=${directive.id}&incomplete=true`)
    ).json();
    expect(incomplete.total).toBeGreaterThan(0);
    const home = (await t.api('quynhontay', 'GET', '/api/assignments/summary')).json();
    expect(home.overdue).toBeGreaterThan(0);
  });
});
