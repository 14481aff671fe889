// The assignments list as a page chosen first and joined after: pages tile the whole result in
// order, totals count every matching row (also past the last page, with a search, in a unit's
// scope), and the list's fields are the single record's, timestamps to the millisecond.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildAssignments } from './factories.js';
import { assignmentListItem } from './schema.js';

const t = await createTestApp({ today: '2026-03-01' });
const codes = ['21589', 'SVHTTDL', 'SNgV', 'STC'];
const tasks = [
  await buildAssignments(t, codes, {
    title: 'Báo cáo kết quả hợp tác với tỉnh Champasak',
    dueOn: '2026-02-10',
  }),
  await buildAssignments(t, codes, { title: 'Tổng kết công tác thông tin đối ngoại', dueOn: '2026-02-20' }),
  await buildAssignments(t, codes, { title: 'Kế hoạch đón đoàn Hàn Quốc', dueOn: '2026-04-01' }),
];
t.clock.set('2026-03-05');

type Item = { id: string; dueOn: string; unitName: string; title: string; updatedAt: string };
const list = async (as: string, query: string) => {
  const res = await t.api(as, 'GET', `/api/assignments?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; total: number };
};

describe('the assignments list', () => {
  it('tiles the overdue work of every unit over pages, in order, each page with the whole total', async () => {
    const all = await list('sngv', 'bucket=overdue&pageSize=500');
    expect(all.total).toBe(8);
    expect(all.items.map((a) => a.dueOn)).toEqual([
      ...Array(4).fill('2026-02-10'),
      ...Array(4).fill('2026-02-20'),
    ]);
    const names = all.items.slice(0, 4).map((a) => a.unitName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const p = await list('sngv', `bucket=overdue&pageSize=3&page=${page}`);
      expect(p.total).toBe(8);
      pages.push(...p.items.map((a) => a.id));
    }
    expect(pages).toEqual(all.items.map((a) => a.id));
    // past the last page: no rows, the total still counted
    expect(await list('sngv', 'bucket=overdue&pageSize=3&page=9')).toMatchObject({ items: [], total: 8 });
  });

  it('counts a search over the task titles and a unit officer only within their unit', async () => {
    const found = await list('sngv', `q=${encodeURIComponent('champasak')}&pageSize=2`);
    expect(found.total).toBe(4);
    expect(found.items).toHaveLength(2);
    expect(found.items.every((a) => a.title.includes('Champasak'))).toBe(true);
    const mine = await list('quynhontay', 'pageSize=1');
    expect(mine.total).toBe(3);
    const unit = await t.unitByCode('21589');
    expect(mine.items[0]).toMatchObject({ unitName: unit.name });
    expect((await list('quynhontay', `bucket=overdue&unitId=${(await t.unitByCode('STC')).id}`)).total).toBe(
      0,
    );
  });

  it("gives each row the list item's fields, valued as the single record values them", async () => {
    const id = tasks[0]!.ids['21589']!;
    await t.api('quynhontay', 'PATCH', `/api/assignments/${id}`, { progress: 30 });
    const returned = tasks[1]!.ids.SVHTTDL!;
    await t.api('sngv', 'POST', `/api/assignments/${returned}/submit`, { productNumber: '12/BC' });
    await t.api('sngv', 'POST', `/api/assignments/${returned}/return`, { reason: 'Thiếu số liệu "quý I"' });
    const submitted = tasks[2]!.ids.STC!;
    await t.api('sngv', 'POST', `/api/assignments/${submitted}/submit`, { productNumber: '7/BC' });
    const res = await t.api('sngv', 'GET', '/api/assignments?pageSize=50');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const items = res.json().items as Record<string, unknown>[];
    for (const which of [id, returned, submitted]) {
      const one = (await t.api('sngv', 'GET', `/api/assignments/${which}`)).json();
      const row = items.find((a) => a.id === which)!;
      // exactly the documented fields, each as the single record gives it
      expect(Object.keys(row).sort()).toEqual(Object.keys(assignmentListItem.shape).sort());
      expect(row).toEqual(Object.fromEntries(Object.keys(row).map((k) => [k, one[k]])));
      expect(assignmentListItem.strict().parse(row)).toEqual(row);
    }
    expect(items.find((a) => a.id === submitted)!.submittedAt).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
    expect(items.find((a) => a.id === returned)).toMatchObject({
      workflow: 'returned',
      returnReason: 'Thiếu số liệu "quý I"',
    });
  });

  it('answers a search that finds nothing with an empty page', async () => {
    const none = await list('sngv', `unitId=${(await t.unitByCode('STC')).id}&q=khongcoviecnaonhuvay`);
    expect(none).toMatchObject({ items: [], total: 0 });
  });
});
