// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The first directive's journey: Sở Ngoại vụ registers a document and a task meeting "6 rõ",
// assigns it by pasting footnote 2 (72 communes and wards "chưa nộp"); Phường Quy Nhơn Tây
// submits its plan with a file; Sở Ngoại vụ returns it with a reason; the ward resubmits; the
// board follows. And the unit scope: a unit officer sees and changes only their own unit's work.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FOOTNOTE_2 } from '../src/server/modules/assignments/demo-data';
import { apiAs, newPage, open, screenshot, settle, uniq } from './harness';
import { layoutProblems } from './layout';

const day = (offset: number) => {
  const d = new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000);
  return {
    iso: d.toISOString().slice(0, 10),
    vi: `${d.toISOString().slice(8, 10)}/${d.toISOString().slice(5, 7)}/${d.toISOString().slice(0, 4)}`,
  };
};

async function pickOption(page: Page, text: string) {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first();
  await option.waitFor();
  await page.waitForTimeout(250);
  await option.click();
}

async function typeDate(page: Page, label: string, vi: string, scope = page.locator('body')) {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(vi);
  await input.press('Enter');
}

const pdf = (text: string) => ({
  name: 'Ke hoach Quy Nhon Tay.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${text}\ntrailer << >>\n%%EOF\n`),
});

async function boardCount(page: Page, view: string): Promise<string> {
  return (
    await page.getByTestId(`count-${view}`).locator('.ant-statistic-content-value').innerText()
  ).replace(/\./g, '');
}

describe('directives, tasks and assignments', () => {
  it('from the document to the resubmitted plan, the board following every step', async () => {
    const tag = uniq().toUpperCase();
    const due = day(20);

    // Sở Ngoại vụ registers the document
    const sngv = await newPage({ as: 'sngv' });
    await open(sngv, '/van-ban');
    await sngv.getByTestId('new-document').click();
    const drawer = sngv.locator('.ant-drawer-content-wrapper');
    await drawer.getByLabel('Số, ký hiệu').fill(`88/UBND-${tag}`);
    await drawer.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh');
    await typeDate(sngv, 'Ngày ban hành', day(0).vi, drawer);
    await drawer.getByLabel('Trích yếu').fill(`Triển khai Kế hoạch 34-KH/TU (${tag})`);
    await drawer.getByTestId('save-document').click();
    await sngv.waitForURL(/\/van-ban\/[0-9a-f-]{36}$/);
    await settle(sngv);

    // …and a task meeting all six elements
    await sngv.getByTestId('new-task').click();
    const taskDrawer = sngv.locator('.ant-drawer-content-wrapper');
    await taskDrawer
      .getByLabel('Nội dung nhiệm vụ')
      .fill(`Xây dựng kế hoạch triển khai Kế hoạch 34-KH/TU của địa phương ${tag}`);
    await taskDrawer.getByLabel('Đơn vị chủ trì').fill('so ngoai vu');
    await pickOption(sngv, 'Sở Ngoại vụ');
    await taskDrawer.getByLabel('Người phụ trách').fill('Chủ tịch UBND các xã, phường');
    await taskDrawer
      .getByLabel('Phân định trách nhiệm chủ trì, phối hợp')
      .fill('Mỗi xã, phường xây dựng kế hoạch; Sở Ngoại vụ hướng dẫn, tổng hợp');
    await typeDate(sngv, 'Hoàn thành trước ngày', due.vi, taskDrawer);
    await taskDrawer.getByLabel('Sản phẩm', { exact: true }).fill('Kế hoạch');
    await taskDrawer.getByLabel('Cấp phê duyệt, ban hành sản phẩm').fill('Chủ tịch UBND xã, phường ban hành');
    await expect.poll(() => taskDrawer.locator('[data-missing]').count()).toBe(0);
    await taskDrawer.getByTestId('save-task').click();
    await sngv.waitForURL(/\/nhiem-vu\/[0-9a-f-]{36}$/);
    await settle(sngv);
    const taskId = sngv.url().split('/').pop()!;
    expect(await sngv.getByTestId('clarity').locator('[data-missing]').count()).toBe(0);

    // assigned by pasting footnote 2: 72 units "chưa nộp"
    await sngv.getByTestId('assign').click();
    await sngv.getByLabel('Danh sách tên đơn vị').fill(FOOTNOTE_2);
    await sngv.getByTestId('assign-submit').click();
    await sngv.locator('.ant-modal-container').waitFor({ state: 'hidden' });
    await settle(sngv);
    await expect.poll(() => boardCount(sngv, 'not_submitted')).toBe('72');
    expect(await boardCount(sngv, 'all')).toBe('72');
    await screenshot(sngv, 'tracking-board-desktop', { fullPage: true });

    // Phường Quy Nhơn Tây submits its plan with a file
    const mine = await apiAs('quynhontay').get(`/assignments?taskId=${taskId}`);
    expect(mine.total).toBe(1);
    const assignmentId = mine.items[0].id;
    const ward = await newPage({ as: 'quynhontay', phone: true });
    await open(ward, `/giao-viec/${assignmentId}`);
    await ward.getByTestId('product-number').fill('45/KH-UBND');
    const [chooser] = await Promise.all([
      ward.waitForEvent('filechooser'),
      ward.getByTestId('product-file').click(),
    ]);
    await chooser.setFiles(pdf('Kế hoạch 45/KH-UBND'));
    await ward.getByTestId('submit-product').click();
    await expect
      .poll(async () => (await apiAs('sngv').get(`/assignments/${assignmentId}`)).workflow)
      .toBe('submitted');
    await settle(ward);
    await screenshot(ward, 'tracking-submitted-phone', { fullPage: true });
    const submitted = await apiAs('sngv').get(`/assignments/${assignmentId}`);
    expect(submitted).toMatchObject({
      productNumber: '45/KH-UBND',
      status: 'awaiting_confirmation',
      productFileName: 'Ke hoach Quy Nhon Tay.pdf',
    });

    // the board moves: 71 not submitted, 1 waiting
    await open(sngv, `/nhiem-vu/${taskId}`);
    await expect.poll(() => boardCount(sngv, 'not_submitted')).toBe('71');
    expect(await boardCount(sngv, 'awaiting_review')).toBe('1');

    // Sở Ngoại vụ returns it with a reason
    await open(sngv, `/giao-viec/${assignmentId}`);
    await sngv.getByTestId('return').click();
    await sngv.getByTestId('return-reason').fill('Kế hoạch chưa phân công cụ thể, chưa bảo đảm "6 rõ"');
    await sngv.locator('.ant-modal-container').getByRole('button', { name: 'Trả lại' }).click();
    await expect
      .poll(async () => (await apiAs('sngv').get(`/assignments/${assignmentId}`)).workflow)
      .toBe('returned');

    // the ward sees why and resubmits
    await open(ward, `/giao-viec/${assignmentId}`);
    expect(await ward.getByTestId('return-reason-shown').innerText()).toContain('chưa bảo đảm "6 rõ"');
    await screenshot(ward, 'tracking-returned-phone', { fullPage: true });
    await ward.getByTestId('product-number').fill('52/KH-UBND');
    await ward.getByTestId('submit-product').click();
    await expect
      .poll(async () => (await apiAs('sngv').get(`/assignments/${assignmentId}`)).productNumber)
      .toBe('52/KH-UBND');

    // the board and the history follow
    await open(sngv, `/nhiem-vu/${taskId}`);
    await expect.poll(() => boardCount(sngv, 'not_submitted')).toBe('71');
    expect(await boardCount(sngv, 'returned')).toBe('0');
    await open(sngv, `/giao-viec/${assignmentId}`);
    const history = await sngv.getByTestId('assignment-history').innerText();
    expect(history).toContain('Sở Ngoại vụ trả lại');
    expect(history.match(/Nộp sản phẩm/g)).toHaveLength(2);
    await screenshot(sngv, 'tracking-assignment-desktop', { fullPage: true });
  });

  it("lets a unit officer see and change only their own unit's assignments", async () => {
    const tag = uniq().toUpperCase();
    const sngv = apiAs('sngv');
    const doc = await sngv.post('/documents', {
      number: `7/KH-${tag}`,
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn: day(0).iso,
    });
    const task = await sngv.post('/tasks', {
      documentId: doc.id,
      title: `Báo cáo kết quả ${tag}`,
      dueOn: day(10).iso,
    });
    const units = await sngv.get('/units?q=quy%20nhon%20tay');
    const svh = await sngv.get('/units?q=svhttdl');
    const r = await sngv.post(`/tasks/${task.id}/assignments`, {
      unitIds: [units.items[0].id, svh.items[0].id],
    });
    const mine = r.created.find((a: { unitCode: string }) => a.unitCode === '21589');
    const theirs = r.created.find((a: { unitCode: string }) => a.unitCode === 'SVHTTDL');

    const ward = apiAs('quynhontay');
    expect((await ward.get(`/assignments?taskId=${task.id}`)).items.map((a: { id: string }) => a.id)).toEqual(
      [mine.id],
    );
    expect((await ward.request('GET', `/api/assignments/${theirs.id}`)).status).toBe(404);
    expect((await ward.request('PATCH', `/api/assignments/${theirs.id}`, { progress: 50 })).status).toBe(404);
    expect((await ward.request('PATCH', `/api/assignments/${mine.id}`, { progress: 50 })).status).toBe(200);

    const page = await newPage({ as: 'quynhontay' });
    await open(page, `/giao-viec/${theirs.id}`);
    expect(await page.getByText('Không tìm thấy việc được giao').count()).toBe(1);
    await open(page, `/giao-viec?taskId=${task.id}`);
    const rows = await page.locator('.ant-table-row').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`Báo cáo kết quả ${tag}`);
    await open(page, `/nhiem-vu/${task.id}`);
    expect(await page.getByText('Phần việc của đơn vị bạn').count()).toBe(1);
    expect(await page.getByTestId('board').count()).toBe(0);
    await screenshot(page, 'tracking-unit-task-desktop');
  });

  it('a task with 72 coordinating wards keeps its "6 rõ" card readable on a phone', async () => {
    const tag = uniq().toUpperCase();
    const sngv = apiAs('sngv');
    const doc = await sngv.post('/documents', {
      number: `8/KH-${tag}`,
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn: day(0).iso,
    });
    const units = (await sngv.get('/units?pageSize=200')).items as {
      id: string;
      kind: string;
      name: string;
    }[];
    const wards = units.filter((u) => u.kind === 'xa' || u.kind === 'phuong').slice(0, 72);
    expect(wards).toHaveLength(72);
    const task = await sngv.post('/tasks', {
      documentId: doc.id,
      title: `Tập huấn công tác đối ngoại ${tag}`,
      dueOn: day(30).iso,
      coordinatingUnitIds: wards.map((w) => w.id),
    });
    const page = await newPage({ as: 'sngv', phone: true });
    await open(page, `/nhiem-vu/${task.id}`);
    const card = page.locator('.ant-card', { hasText: 'Nguyên tắc "6 rõ"' }).first();
    expect(await card.locator('.ant-card-head-title').innerText()).toBe('Nguyên tắc "6 rõ"');
    const list = page.getByTestId('coordinating-units');
    expect(await list.innerText()).toContain('Xem tất cả 72 đơn vị');
    const last = wards
      .map((w) => w.name)
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .at(-1)!;
    expect(await list.innerText()).not.toContain(last); // three lines, not 72 names
    expect((await list.boundingBox())!.height).toBeLessThan(120);
    expect(await layoutProblems(page)).toEqual([]);
    await list.getByText('Xem tất cả 72 đơn vị').click();
    expect(await list.innerText()).toContain(last);
    await screenshot(page, 'tracking-task-72-wards-phone');
    await page.context().close();
  });
});
