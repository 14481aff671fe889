import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit.js';
import { assignments, documents, tasks } from '../../db/schema/tracking.js';
import { createTestApp } from '../../test/harness.js';
import { buildDocument } from '../documents/factories.js';

const t = await createTestApp({ today: '2026-03-01' });
const corpus = join(import.meta.dirname, '../../../shared/intake/corpus');
const seed000 = readFileSync(join(corpus, '000_fd07b40862721a3b.txt'), 'utf8');
const fixture = (name: string) => readFileSync(join(corpus, 'fixtures', name));

/** A multipart request carrying one file in the field "file". */
async function upload(as: string, name: string, content: Buffer) {
  const boundary = '----intake-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: '/api/intake/extract',
    headers: { cookie: await t.login(as), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

async function rowCounts() {
  const n = async (table: typeof documents | typeof tasks | typeof assignments | typeof auditLog) =>
    (await t.db.select({ n: count() }).from(table))[0]!.n;
  return {
    documents: await n(documents),
    tasks: await n(tasks),
    assignments: await n(assignments),
    audit: await n(auditLog),
  };
}

describe('POST /api/intake/extract', () => {
  it('drafts seed 000 from pasted text against the unit directory in the database', async () => {
    const res = await t.api('sngv', 'POST', '/api/intake/extract', { text: seed000 });
    expect(res.statusCode).toBe(200);
    const x = res.json();
    expect(x.tasks).toHaveLength(5);
    expect(x.deadlines.map((d: { date: string }) => d.date)).toEqual(['2026-03-15', '2026-03-17']);
    expect(x.citedDocuments.map((c: { number: string }) => c.number)).toContain('59-NQ/TW');
    const svh = await t.unitByCode('SVHTTDL');
    expect(x.links.unitIds.SVHTTDL).toBe(svh.id);
    expect(
      x.assignedUnits.filter((u: { unitCode: string | null }) => u.unitCode && x.links.unitIds[u.unitCode]),
    ).toHaveLength(74);
    expect(x.links.groupCodes).toEqual(['so_ban_nganh', 'xa_phuong']);
    expect(x.links.focalUnitIds).toEqual([(await t.unitByCode('SNgV')).id]);
    // Spans point into sourceText.
    const [s, e] = x.tasks[3].span;
    expect(x.sourceText.slice(s, e)).toContain('Ủy ban nhân dân các xã, phường');
    // Nothing was saved.
    expect((await rowCounts()).documents).toBe(0);
  });

  it('links citations to registered documents with the same number however spelled', async () => {
    const nq = await buildDocument(t, { number: '59-NQ/TW', issuer: 'Bộ Chính trị', issuedOn: '2025-01-24' });
    const x = (await t.api('sngv', 'POST', '/api/intake/extract', { text: seed000 })).json();
    const i = x.citedDocuments.findIndex((c: { number: string }) => c.number === '59-NQ/TW');
    expect(x.links.citedDocumentIds[i]).toBe(nq.id);
    expect(x.links.citedDocumentIds.filter(Boolean)).toHaveLength(1);
  });

  it('reads uploaded .docx and .pdf files, and refuses a scan with its Vietnamese message', async () => {
    const docx = await upload('sngv', 'cong-van.docx', fixture('seed-001.docx'));
    expect(docx.statusCode).toBe(200);
    expect(docx.json().tasks.length).toBeGreaterThan(0);
    const pdf = await upload('sngv', 'ke-hoach.pdf', fixture('seed-000.pdf'));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.json().tasks).toHaveLength(5);
    const scan = await upload('sngv', 'scan.pdf', fixture('scanned.pdf'));
    expect(scan.statusCode).toBe(422);
    expect(scan.json().error.code).toBe('INTAKE_NO_TEXT_LAYER');
    expect(scan.json().error.message).toContain('không có lớp chữ');
    const exe = await upload('sngv', 'virus.exe', Buffer.from('MZ...'));
    expect(exe.json().error.code).toBe('INTAKE_UNSUPPORTED_FORMAT');
  });

  it('refuses a file over 10 MB with FILE_TOO_LARGE', async () => {
    const res = await upload('sngv', 'lon.txt', Buffer.alloc(10 * 1024 * 1024 + 10, 0x61));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('FILE_TOO_LARGE');
  });

  it('refuses empty text, unknown fields, and everyone but the focal officers', async () => {
    expect((await t.api('sngv', 'POST', '/api/intake/extract', { text: '  ' })).json().error.code).toBe(
      'INTAKE_EMPTY_TEXT',
    );
    expect((await t.api('sngv', 'POST', '/api/intake/extract', { text: 'a', x: 1 })).statusCode).toBe(400);
    for (const who of ['lanhdao', 'svhttdl', 'quynhontay.tt', 'admin']) {
      const res = await t.api(who, 'POST', '/api/intake/extract', { text: seed000 });
      expect(res.statusCode, who).toBe(403);
    }
    expect((await t.api(null, 'POST', '/api/intake/extract', { text: seed000 })).statusCode).toBe(401);
  });
});

async function draftOf(number: string) {
  const x = (await t.api('sngv', 'POST', '/api/intake/extract', { text: seed000 })).json();
  const focal = new Set<string>(x.links.focalUnitIds);
  const tasksOut = x.tasks.map((task: { text: string; units: string[]; deadline: string | null }) => {
    const unitIds: string[] = [];
    const groups: string[] = [];
    for (const name of task.units) {
      const gi = x.assignedGroups.indexOf(name);
      if (gi >= 0 && x.links.groupCodes[gi]) groups.push(x.links.groupCodes[gi]);
      const unit = x.assignedUnits.find((u: { name: string }) => u.name === name);
      const id = unit?.unitCode ? x.links.unitIds[unit.unitCode] : undefined;
      if (id && !focal.has(id)) unitIds.push(id);
    }
    return { title: task.text, dueOn: task.deadline, unitIds, groups };
  });
  return {
    document: {
      number,
      issuer: x.issuer ?? 'Ủy ban nhân dân tỉnh',
      issuedOn: '2026-02-10',
      summary: x.summary ?? 'Triển khai Kế hoạch số 34-KH/TU',
      signer: x.signer,
    },
    citedDocuments: x.citedDocuments.map((c: { number: string; date: string | null }) => ({
      number: c.number,
      date: c.date,
    })),
    tasks: tasksOut,
    sourceText: x.sourceText as string,
  };
}

describe('POST /api/intake/save', () => {
  it('saves the document, its citations, tasks and assignments in one step, audited', async () => {
    const before = await rowCounts();
    const draft = await draftOf('301/UBND-NgV');
    const res = await t.api('sngv', 'POST', '/api/intake/save', draft);
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r.taskIds).toHaveLength(5);
    expect(r.citesIds).toHaveLength(1); // 59-NQ/TW was registered by the test above
    expect(r.unlinkedCitations).toEqual(expect.arrayContaining(['34-KH/TU', '1520/QĐ-UBND', '153/NQ-CP']));
    const detail = (await t.api('sngv', 'GET', `/api/documents/${r.documentId}`)).json();
    expect(detail.number).toBe('301/UBND-NgV');
    expect(detail.cites.map((d: { number: string }) => d.number)).toEqual(['59-NQ/TW']);
    expect(detail.taskCount).toBe(5);
    // Task 3: Sở Văn hóa, Thể thao và Du lịch; task 4: the 72 communes of footnote 2, due 15/3/2026.
    const board3 = (await t.api('sngv', 'GET', `/api/tasks/${r.taskIds[2]}/board?pageSize=500`)).json();
    const board4 = (await t.api('sngv', 'GET', `/api/tasks/${r.taskIds[3]}/board?pageSize=500`)).json();
    expect(board3.items.map((a: { unitCode: string }) => a.unitCode)).toEqual(['SVHTTDL']);
    expect(board4.total).toBe(72);
    expect(board3.total + board4.total).toBe(73);
    expect(
      board4.items.every(
        (a: { dueOn: string; role: string }) => a.dueOn === '2026-03-15' && a.role === 'lead',
      ),
    ).toBe(true);
    // Tasks 1 and 2 name groups: every active department and every commune/ward.
    const board1 = (await t.api('sngv', 'GET', `/api/tasks/${r.taskIds[0]}/board?pageSize=1`)).json();
    const groups = (await t.api('sngv', 'GET', '/api/units/groups')).json();
    const size = (code: string) => groups.find((g: { code: string }) => g.code === code).count;
    expect(board1.total).toBe(size('so_ban_nganh') + size('xa_phuong'));
    const after = await rowCounts();
    expect(after.documents - before.documents).toBe(1);
    expect(after.assignments - before.assignments).toBe(r.assignmentCount);
    expect(after.audit - before.audit).toBeGreaterThan(r.assignmentCount + 5);
  });

  it('keeps the pasted text with the document, and each task with the whole text of its item', async () => {
    const draft = await draftOf('304/UBND-NgV');
    const r = (await t.api('sngv', 'POST', '/api/intake/save', draft)).json();
    const detail = (await t.api('sngv', 'GET', `/api/documents/${r.documentId}`)).json();
    expect(detail.sourceText).toBe(draft.sourceText);
    expect(detail.sourceText).toContain('Giao Sở Ngoại vụ làm đầu mối theo dõi');
    // a unit officer reading the province's document sees the same text
    const asUnit = (await t.api('quynhontay', 'GET', `/api/documents/${r.documentId}`)).json();
    expect(asUnit.sourceText).toBe(draft.sourceText);
    const task5 = (await t.api('sngv', 'GET', `/api/tasks/${r.taskIds[4]}`)).json();
    expect(task5.title).toContain('tham mưu ban hành kế hoạch thực hiện hàng năm (năm 2026 yêu cầu trình');
    expect(task5.title).not.toMatch(/…/);
    // a document registered by hand has none
    const byHand = await buildDocument(t, { number: '305/UBND-NgV' });
    expect((await t.api('sngv', 'GET', `/api/documents/${byHand.id}`)).json().sourceText).toBeNull();
  });

  it('points the number-taken refusal at the existing document', async () => {
    const first = (await t.api('sngv', 'POST', '/api/intake/save', await draftOf('306/UBND-NgV'))).json();
    const res = await t.api('sngv', 'POST', '/api/intake/save', await draftOf('306/UBND-NgV'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.existingId).toBe(first.documentId);
  });

  it('saves a recurring deadline and the partners the text names, as the clerk reviewed them', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH GIA LAI',
      'Số: 410/UBND-NgV',
      'V/v báo cáo công tác đối ngoại',
      'Gia Lai, ngày 20 tháng 02 năm 2026',
      'Kính gửi: Sở Ngoại vụ; Sở Tư pháp',
      'Chủ tịch UBND tỉnh có ý kiến như sau:',
      '1. Sở Ngoại vụ chủ trì, phối hợp với Sở Tư pháp rà soát các thỏa thuận quốc tế, báo cáo UBND tỉnh hằng quý.',
      '2. Sở Tư pháp thẩm định hồ sơ, hoàn thành trước ngày 30/4/2026.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ].join('\n');
    const x = (await t.api('sngv', 'POST', '/api/intake/extract', { text })).json();
    expect(x.tasks[0]).toMatchObject({
      units: ['Sở Ngoại vụ'],
      coordinators: ['Sở Tư pháp'],
      recurrence: 'quarterly:15',
    });
    expect([...x.assignedUnits.find((u: { unitCode: string }) => u.unitCode === 'STP').roles].sort()).toEqual(
      ['coordinator', 'lead'],
    );
    const sngv = await t.unitByCode('SNgV');
    const stp = await t.unitByCode('STP');
    const r = (
      await t.api('sngv', 'POST', '/api/intake/save', {
        document: { number: '410/UBND-NgV', issuer: x.issuer, issuedOn: x.date, summary: x.summary },
        sourceText: x.sourceText,
        tasks: [
          {
            title: x.tasks[0].text,
            recurrence: x.tasks[0].recurrence,
            unitIds: [sngv.id],
            coordinatorUnitIds: [stp.id],
          },
          { title: x.tasks[1].text, dueOn: x.tasks[1].deadline, unitIds: [stp.id] },
        ],
      })
    ).json();
    const task = (await t.api('sngv', 'GET', `/api/tasks/${r.taskIds[0]}`)).json();
    expect(task.recurrence).toBe('quarterly:15');
    expect(task.coordinatingUnitIds).toEqual([stp.id]);
    const board = (await t.api('sngv', 'GET', `/api/tasks/${r.taskIds[0]}/board?pageSize=50`)).json();
    const roles = board.items.map(
      (a: { unitCode: string; role: string; period: string }) => `${a.unitCode}:${a.role}`,
    );
    // one assignment per unit and per quarter left in 2026 (Q1…Q4 from 1 March)
    expect(new Set(roles)).toEqual(new Set(['SNgV:lead', 'STP:coordinator']));
    expect(board.total).toBe(8);
  });

  it('saves nothing when the document number is taken (the documents module 409)', async () => {
    const before = await rowCounts();
    const res = await t.api('sngv', 'POST', '/api/intake/save', await draftOf('301/UBND-NgV'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOCUMENT_NUMBER_TAKEN');
    expect(await rowCounts()).toEqual(before);
  });

  it('saves nothing when a later task fails after the document and earlier tasks were written', async () => {
    const before = await rowCounts();
    const draft = await draftOf('302/UBND-NgV');
    draft.tasks[4].unitIds = ['00000000-0000-4000-8000-000000000000']; // no such unit: fails at task 5
    const res = await t.api('sngv', 'POST', '/api/intake/save', draft);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
    // The same draft, corrected, then saves: the failed attempt left nothing behind.
    draft.tasks[4].unitIds = [];
    expect((await t.api('sngv', 'POST', '/api/intake/save', draft)).statusCode).toBe(201);
  });

  it('is refused to anyone but the focal officers', async () => {
    const draft = await draftOf('303/UBND-NgV');
    for (const who of ['lanhdao', 'svhttdl.tt', 'quynhontay', 'admin'])
      expect((await t.api(who, 'POST', '/api/intake/save', draft)).statusCode, who).toBe(403);
    expect((await t.api('sngv', 'POST', '/api/intake/save', { ...draft, extra: 1 })).statusCode).toBe(400);
  });
});
