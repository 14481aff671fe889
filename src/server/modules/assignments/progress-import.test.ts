import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { postForm } from '../files/factories.js';
import { buildAssignments } from './factories.js';

const t = await createTestApp({ today: '2026-03-01' });

/** Downloads the unit's list, lets `fill` edit it like a person would, and returns the file. */
async function downloadAndFill(
  as: string,
  fill: (ws: ExcelJS.Worksheet, rowOf: (id: string) => number) => void,
) {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/assignments/export.xlsx',
    headers: { cookie: await t.login(as) },
  });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const idCol = 18;
  const rowOf = (id: string) => {
    let found = -1;
    ws.eachRow((row, n) => {
      if (row.getCell(idCol).value === id) found = n;
    });
    return found;
  };
  fill(ws, rowOf);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('bulk progress update from a sheet', () => {
  it("updates a unit's progress from the sheet it downloaded, after a preview", async () => {
    const a = await buildAssignments(t, ['21589']);
    const b = await buildAssignments(t, ['21589']);
    const file = await downloadAndFill('quynhontay', (ws, rowOf) => {
      ws.getRow(rowOf(a.ids['21589']!)).getCell(16).value = 60;
      ws.getRow(rowOf(a.ids['21589']!)).getCell(17).value = 'Đã có dự thảo';
      ws.getRow(rowOf(b.ids['21589']!)).getCell(16).value = '25%';
    });
    const preview = await postForm(t, 'quynhontay', '/api/assignments/progress-import', [
      { name: 'file', filename: 'tien-do.xlsx', content: file },
    ]);
    expect(preview.json()).toMatchObject({ dryRun: true, updated: 2, errors: [] });
    expect((await t.api('quynhontay', 'GET', `/api/assignments/${a.ids['21589']}`)).json().progress).toBe(0);
    const saved = await postForm(t, 'quynhontay', '/api/assignments/progress-import', [
      { name: 'dryRun', value: 'false' },
      { name: 'file', filename: 'tien-do.xlsx', content: file },
    ]);
    expect(saved.json()).toMatchObject({ dryRun: false, updated: 2 });
    expect((await t.api('quynhontay', 'GET', `/api/assignments/${a.ids['21589']}`)).json()).toMatchObject({
      progress: 60,
      status: 'in_progress',
    });
    const events = (await t.api('quynhontay', 'GET', `/api/assignments/${a.ids['21589']}/events`)).json();
    expect(events[0]).toMatchObject({ kind: 'progress', progress: 60, note: 'Đã có dự thảo' });
  });

  it('saves nothing when a row is wrong or belongs to another unit', async () => {
    const mine = await buildAssignments(t, ['21589']);
    const theirs = await buildAssignments(t, ['SVHTTDL']);
    const file = await downloadAndFill('quynhontay', (ws, rowOf) => {
      const r = rowOf(mine.ids['21589']!);
      ws.getRow(r).getCell(16).value = 70;
      const extra = ws.addRow([]);
      extra.getCell(16).value = 50;
      extra.getCell(18).value = theirs.ids.SVHTTDL!;
      const wrong = ws.addRow([]);
      wrong.getCell(16).value = 150;
      wrong.getCell(18).value = mine.ids['21589']!.replace(/.$/, '0');
    });
    const res = await postForm(t, 'quynhontay', '/api/assignments/progress-import', [
      { name: 'dryRun', value: 'false' },
      { name: 'file', filename: 'tien-do.xlsx', content: file },
    ]);
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { field: string | null; message: string }[];
    expect(details.map((d) => d.message)).toEqual([
      expect.stringContaining('150'),
      'Không tìm thấy việc này trong danh sách của đơn vị.',
    ]);
    expect((await t.api('quynhontay', 'GET', `/api/assignments/${mine.ids['21589']}`)).json().progress).toBe(
      0,
    );
    expect((await t.api('svhttdl', 'GET', `/api/assignments/${theirs.ids.SVHTTDL}`)).json().progress).toBe(0);
  });
});
