import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFieldOf } from '../../../shared/annual-plan.js';
import { auditLog } from '../../db/schema/audit.js';
import { tasks } from '../../db/schema/tracking.js';
import { createTestApp } from '../../test/harness.js';
import { renderDocxToPdf, renderSkipReason, renderTestsEnabled } from '../../test/render-pdf.js';
import { assign } from '../assignments/factories.js';
import { buildChain } from '../documents/factories.js';
import { buildTask } from '../tasks/factories.js';

const t = await createTestApp({ today: '2026-11-20' });
const ids: Record<string, string> = {};

// The first directive's programme (34-KH/TU, 1520/QĐ-UBND and the directive implementing them):
//   due 2027: the culture week (2027's task), a 2030 task (runs through 2027), a yearly report;
//   due 2026 and not accepted: carried into 2027; due 2026 and accepted: not carried;
//   a task without a product (flagged in the 6 rõ table); a task of an unrelated document.
beforeAll(async () => {
  const chain = await buildChain(t);
  Object.assign(ids, { kh34: chain.kh34.id, qd1520: chain.qd1520.id, directive: chain.directive.id });
  const svh = (await t.unitByCode('SVHTTDL')).id;
  const sct = (await t.unitByCode('SCT')).id;
  const stc = (await t.unitByCode('STC')).id;
  const mk = async (key: string, documentId: string, title: string, over: Record<string, unknown> = {}) => {
    ids[key] = (await buildTask(t, { documentId, title, ...over })).id;
  };
  await mk('week', chain.qd1520.id, 'Tổ chức Tuần Văn hóa - Du lịch tỉnh Gia Lai tại Nhật Bản', {
    leadUnitId: svh,
    coordinatingUnitIds: [sct],
    dueOn: '2027-10-31',
    product: 'Báo cáo kết quả',
    authority: 'UBND tỉnh',
  });
  await mk('fdi', chain.kh34.id, 'Thu hút có chọn lọc các dự án đầu tư trực tiếp nước ngoài công nghệ cao', {
    leadUnitId: sct,
    dueOn: '2030-12-31',
  });
  await mk('report', chain.kh34.id, 'Báo cáo kết quả thực hiện Kế hoạch 34-KH/TU', {
    dueOn: null,
    recurrence: 'hằng năm trước ngày 15/12',
  });
  await mk('late', chain.directive.id, 'Xây dựng kế hoạch thực hiện Quyết định 1520/QĐ-UBND của Sở', {
    leadUnitId: svh,
    dueOn: '2026-03-15',
  });
  await mk(
    'doneTask',
    chain.directive.id,
    'Rà soát các cam kết, thỏa thuận trong hoạt động đối ngoại cấp cao',
    {
      leadUnitId: stc,
      dueOn: '2026-06-30',
    },
  );
  const [done] = (await assign(t, ids.doneTask!, { unitIds: [stc] })).created;
  await t.api('sngv', 'POST', `/api/assignments/${done!.id}/submit`, { productNumber: '12/BC-STC' });
  const acc = await t.api('sngv', 'POST', `/api/assignments/${done!.id}/accept`, {});
  expect(acc.statusCode).toBe(200);
  await assign(t, ids.late!, { unitIds: [svh] });
  await mk('noProduct', chain.qd1520.id, 'Tăng cường quản lý người nước ngoài cư trú trên địa bàn tỉnh', {
    leadUnitId: (await t.unitByCode('CAT')).id,
    dueOn: '2027-12-31',
    product: null,
  });
  await mk('outside', chain.nq59.id, 'Nhiệm vụ của văn bản cấp trên', { dueOn: '2027-06-30' });
});

interface Plan {
  id: string;
  status: string;
  counts: { tasks: number; carried: number; incomplete: number };
  fields: { field: string; tasks: { id: string; missing: string[]; dueOn: string | null }[] }[];
  carried: { id: string }[];
  documentId: string | null;
}

let plan: Plan;

describe('POST /api/annual-plans', () => {
  it('drafts the 2027 plan from the first directive’s programme (34-KH/TU, 1520/QĐ-UBND and what implements them)', async () => {
    const res = await t.api('sngv', 'POST', '/api/annual-plans', {
      year: 2027,
      documentIds: [ids.kh34, ids.qd1520],
    });
    expect(res.statusCode).toBe(201);
    plan = res.json();
    expect(plan.status).toBe('draft');
    const inPlan = plan.fields.flatMap((f) => f.tasks.map((x) => x.id));
    for (const k of ['week', 'fdi', 'report', 'noProduct']) expect(inPlan).toContain(ids[k]);
    expect(inPlan).not.toContain(ids.outside);
    expect(plan.carried.map((c) => c.id)).toEqual([ids.late]);
    expect(inPlan).not.toContain(ids.doneTask);
    expect(plan.counts).toMatchObject({ tasks: 5, carried: 1 });
    const fdi = plan.fields.flatMap((f) => f.tasks).find((x) => x.id === ids.fdi)!;
    expect(fdi.dueOn).toBe('2027-12-31');
    const noProduct = plan.fields.flatMap((f) => f.tasks).find((x) => x.id === ids.noProduct)!;
    expect(noProduct.missing).toContain('product');
    expect(plan.fields.find((f) => f.field === 'economy')!.tasks.map((x) => x.id)).toContain(ids.fdi);
  });

  it('refuses a unit officer, an unknown document, a year out of range', async () => {
    const body = { year: 2027, documentIds: [ids.kh34, ids.qd1520] };
    expect((await t.api('svhttdl', 'POST', '/api/annual-plans', body)).statusCode).toBe(403);
    expect((await t.api('svhttdl', 'GET', `/api/annual-plans/${plan.id}`)).statusCode).toBe(403);
    expect((await t.api('lanhdao', 'POST', '/api/annual-plans', body)).statusCode).toBe(403);
    const unknown = await t.api('sngv', 'POST', '/api/annual-plans', { year: 2027, documentIds: [ids.week] });
    expect(unknown.json().error.code).toBe('DOCUMENT_NOT_FOUND');
    expect((await t.api('sngv', 'POST', '/api/annual-plans', { ...body, year: 1990 })).statusCode).toBe(400);
    expect((await t.api('lanhdao', 'GET', `/api/annual-plans/${plan.id}`)).statusCode).toBe(200);
  });
});

describe('GET /api/annual-plans/{id}/plan.docx', () => {
  it('is a .docx', async () => {
    const res = await t.api('sngv', 'GET', `/api/annual-plans/${plan.id}/plan.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it.skipIf(!renderTestsEnabled)(
    `renders as a KẾ HOẠCH with the 6 rõ table ${renderSkipReason}`,
    async () => {
      const res = await t.api('sngv', 'GET', `/api/annual-plans/${plan.id}/plan.docx`);
      const pdf = await renderDocxToPdf(res.rawPayload);
      if (process.env.PLAN_PNG_DIR) await pdf.toPng(process.env.PLAN_PNG_DIR);
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text).toContain('ỦY BAN NHÂN DÂN');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('KẾ HOẠCH');
      expect(text).toContain('/KH-UBND');
      expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
      expect(text).toContain('NHIỆM VỤ TRỌNG TÂM NĂM 2027');
      expect(text).toContain('NĂM 2026 CHƯA HOÀN THÀNH');
      expect(text).toContain('Xây dựng kế hoạch thực hiện Quyết định 1520/QĐ-UBND của Sở');
      for (const h of ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Cấp trình'])
        expect(text).toContain(h);
      // the flag of the task without a product (the cell wraps, so its first line)
      expect(text).toContain('Thiếu: Rõ sản');
      expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
      // the annex is on landscape pages
      expect(pdf.pageSizesMm.some((p) => p.width > p.height)).toBe(true);
      if (process.env.PLAN_PNG_DIR) await pdf.toPng(process.env.PLAN_PNG_DIR);
    },
  );
});

describe('GET /api/annual-plans/outlook', () => {
  it('groups the programme’s tasks by year over 2026–2030', async () => {
    const res = await t.api(
      'sngv',
      'GET',
      `/api/annual-plans/outlook?documentIds=${ids.kh34},${ids.qd1520}&from=2026&to=2030`,
    );
    expect(res.statusCode).toBe(200);
    const o = res.json();
    const year = (y: number) =>
      o.years.find((x: { year: number }) => x.year === y).tasks.map((x: { id: string }) => x.id);
    expect(year(2027)).toEqual(expect.arrayContaining([ids.week, ids.noProduct]));
    expect(year(2030)).toEqual([ids.fdi]);
    expect(year(2026)).toEqual(expect.arrayContaining([ids.late, ids.doneTask]));
    expect(o.recurring.map((x: { id: string }) => x.id)).toEqual([ids.report]);
  });
});

describe('POST /api/annual-plans/{id}/issue', () => {
  it('registers the issued plan: its document and tasks in one step, each linked to the task it restates', async () => {
    const res = await t.api('sngv', 'POST', `/api/annual-plans/${plan.id}/issue`, {
      number: '215/KH-UBND',
      issuedOn: '2027-03-10',
    });
    expect(res.statusCode).toBe(200);
    const issued: Plan = res.json();
    expect(issued.status).toBe('issued');
    expect(issued.counts).toEqual(plan.counts);
    const doc = (await t.api('sngv', 'GET', `/api/documents/${issued.documentId}`)).json();
    expect(doc).toMatchObject({ number: '215/KH-UBND', type: 'Kế hoạch', issuedOn: '2027-03-10' });
    const created = await t.db.select().from(tasks).where(eq(tasks.documentId, issued.documentId!));
    expect(created).toHaveLength(plan.counts.tasks);
    expect(created.map((c) => c.duplicateOfId).sort()).toEqual(
      [...plan.fields.flatMap((f) => f.tasks.map((x) => x.id)), ...plan.carried.map((c) => c.id)].sort(),
    );
    // the plan's own tasks are not proposed as overlaps of the programme's
    const overlaps = (await t.api('sngv', 'GET', '/api/overlaps?pageSize=100')).json().items as {
      tasks: { id: string }[];
    }[];
    const createdIds = new Set(created.map((c) => c.id));
    expect(overlaps.some((g) => g.tasks.some((x) => createdIds.has(x.id)))).toBe(false);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, plan.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'issue']);
    // once only
    const again = await t.api('sngv', 'POST', `/api/annual-plans/${plan.id}/issue`, {
      number: '216/KH-UBND',
      issuedOn: '2027-03-11',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ANNUAL_PLAN_ISSUED');
  });

  it('a number already registered is refused and nothing is created', async () => {
    const draft = (
      await t.api('sngv', 'POST', '/api/annual-plans', { year: 2028, documentIds: [ids.kh34, ids.qd1520] })
    ).json();
    const before = (await t.db.select().from(tasks)).length;
    const res = await t.api('sngv', 'POST', `/api/annual-plans/${draft.id}/issue`, {
      number: '215/KH-UBND',
      issuedOn: '2027-05-10',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOCUMENT_NUMBER_TAKEN');
    expect((await t.db.select().from(tasks)).length).toBe(before);
    expect((await t.api('sngv', 'GET', `/api/annual-plans/${draft.id}`)).json().status).toBe('draft');
  });
});

describe('plan fields', () => {
  it('groups tasks by the field of their text, then of their lead unit', () => {
    expect(planFieldOf('Tuyên truyền, quán triệt Nghị quyết 59-NQ/TW')).toBe('general');
    expect(planFieldOf('Tổ chức đoàn xúc tiến đầu tư tại Hàn Quốc')).toBe('economy');
    expect(planFieldOf('Phối hợp tuần tra song phương bảo vệ mốc quốc giới')).toBe('defence');
    expect(planFieldOf('Bảo tồn di sản Cồng chiêng Tây Nguyên')).toBe('society');
    expect(planFieldOf('Triển khai thỏa thuận hợp tác với tỉnh Ratanakiri')).toBe('politics');
    expect(planFieldOf('Nhiệm vụ chung chung', 'SKHCN')).toBe('science');
  });
});
