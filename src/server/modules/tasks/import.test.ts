import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.js';
import { buildDocument } from '../documents/factories.js';
import { postForm, sheetBuffer } from '../files/factories.js';

const t = await createTestApp({ today: '2026-03-01' });

const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];

async function upload(
  documentId: string,
  rows: (string | number | Date | null)[][],
  fields: Record<string, string> = {},
  merges: string[] = [],
) {
  const content = await sheetBuffer(rows, merges);
  return postForm(t, 'sngv', '/api/tasks/import', [
    { name: 'documentId', value: documentId },
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: 'file', filename: 'phu-luc.xlsx', content },
  ]);
}

const appendix = [
  ['PHỤ LỤC', null, null, null, null, null],
  ['NHIỆM VỤ THỰC HIỆN KẾ HOẠCH 34-KH/TU', null, null, null, null, null],
  HEADER,
  ['I', 'NHIỆM VỤ CHUNG', null, null, null, null],
  [
    1,
    'Tổ chức phổ biến, quán triệt Kế hoạch 34-KH/TU',
    'Sở Ngoại vụ',
    'Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ',
    'Quý II/2026',
    'Báo cáo',
  ],
  [
    2,
    'Xây dựng kế hoạch hội nhập quốc tế của địa phương',
    'UBND các xã, phường',
    'Sở Ngoại vụ',
    new Date(Date.UTC(2026, 2, 15)),
    'Kế hoạch',
  ],
  ['II', 'NHIỆM VỤ CỤ THỂ', null, null, null, null],
  [
    3,
    'Báo cáo kết quả thực hiện hội nhập quốc tế',
    'Sở Ngoại vụ',
    null,
    'Hằng năm, trước ngày 15/12',
    'Báo cáo',
  ],
];

describe('importing tasks from a plan appendix', () => {
  it('previews every row without saving, then saves all tasks and their assignments', async () => {
    const doc = await buildDocument(t);
    const preview = await upload(doc.id, appendix, {}, ['A1:F1', 'A2:F2']);
    expect(preview.statusCode).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ dryRun: true, created: 3, errors: [] });
    expect(
      p.rows.map((r: { seq: number; dueOn: string | null; recurrence: string | null }) => [
        r.seq,
        r.dueOn,
        r.recurrence,
      ]),
    ).toEqual([
      [1, '2026-06-30', null],
      [2, '2026-03-15', null],
      [3, null, 'yearly:15/12'],
    ]);
    expect(p.rows[0]).toMatchObject({
      leadUnitName: 'Sở Ngoại vụ',
      coordinatingUnitNames: ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ'],
      missingClarity: ['person', 'responsibility', 'authority'],
    });
    // lead + 2 coordinators, 135 communes + Sở Ngoại vụ, 1 lead
    expect(p.assignments).toBe(3 + 136 + 1);
    expect((await t.api('sngv', 'GET', `/api/tasks?documentId=${doc.id}`)).json().total).toBe(0);

    const saved = await upload(doc.id, appendix, { dryRun: 'false' });
    expect(saved.json()).toMatchObject({ dryRun: false, created: 3, assignments: 140 });
    const tasks = (await t.api('sngv', 'GET', `/api/tasks?documentId=${doc.id}`)).json();
    expect(
      tasks.items.map((x: { seq: number; assignmentCount: number }) => [x.seq, x.assignmentCount]),
    ).toEqual([
      [1, 3],
      [2, 136],
      [3, 1],
    ]);
  });

  it('reports row-level errors and saves nothing', async () => {
    const doc = await buildDocument(t);
    const res = await upload(
      doc.id,
      [
        HEADER,
        [1, 'Nhiệm vụ đúng', 'Sở Ngoại vụ', null, '30/6/2026', 'Báo cáo'],
        [2, 'Chủ trì không có trong danh mục', 'Sở Không Tồn Tại', null, '30/6/2026', 'Báo cáo'],
        [3, 'Thời hạn không đọc được', 'Sở Ngoại vụ', 'Xã Ia Ly; Xã Ảo', 'sớm nhất có thể', 'Báo cáo'],
        [4, '', 'Sở Ngoại vụ', null, null, null],
      ],
      { dryRun: 'false' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IMPORT_INVALID');
    expect(res.json().error.details).toEqual([
      {
        row: 3,
        field: 'Cơ quan chủ trì',
        message: 'Không tìm thấy đơn vị "Sở Không Tồn Tại" trong danh mục.',
      },
      { row: 4, field: 'Cơ quan phối hợp', message: 'Không tìm thấy đơn vị "Xã Ảo" trong danh mục.' },
      { row: 4, field: 'Thời gian hoàn thành', message: 'Không hiểu thời hạn "sớm nhất có thể".' },
      { row: 5, field: 'Nhiệm vụ', message: 'Thiếu nội dung nhiệm vụ.' },
    ]);
    expect((await t.api('sngv', 'GET', `/api/tasks?documentId=${doc.id}`)).json().total).toBe(0);
  });

  it('refuses a sheet without the appendix header, a file that is not Excel, and non-focal users', async () => {
    const doc = await buildDocument(t);
    const bad = await upload(doc.id, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(bad.json().error.code).toBe('IMPORT_INVALID');
    const pdf = await postForm(t, 'sngv', '/api/tasks/import', [
      { name: 'documentId', value: doc.id },
      { name: 'file', filename: 'x.pdf', content: Buffer.from('%PDF-1.4') },
    ]);
    expect(pdf.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const content = await sheetBuffer([HEADER]);
    const officer = await postForm(t, 'quynhontay', '/api/tasks/import', [
      { name: 'documentId', value: doc.id },
      { name: 'file', filename: 'a.xlsx', content },
    ]);
    expect(officer.statusCode).toBe(403);
  });
});
