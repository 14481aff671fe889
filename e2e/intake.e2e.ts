// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// Document intake (issue 5): a focal officer pastes the first seed directive, corrects its
// number and date (the seed text has neither), saves, and finds the document, its five tasks and
// the 73 units it names (72 communes of footnote 2 + Sở Văn hóa, Thể thao và Du lịch) assigned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, settle } from './harness';
import { ROOT } from './server';

const seed000 = readFileSync(join(ROOT, 'src/shared/intake/corpus/000_fd07b40862721a3b.txt'), 'utf8');
const routesSource = readFileSync(join(ROOT, 'src/web/routes.tsx'), 'utf8');

async function pasteAndRead(page: Page) {
  await open(page, '/tiep-nhan-van-ban');
  await page.getByLabel('Nội dung văn bản').fill(seed000);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await page.getByTestId('intake-task').nth(4).waitFor();
  await settle(page);
}

describe('document intake', () => {
  it('pastes seed 000, corrects its number, saves in one step and finds 73 units assigned', async () => {
    const page = await newPage({ as: 'sngv' });
    await pasteAndRead(page);
    expect(await page.getByTestId('intake-task').count()).toBe(5);
    // Task 4 carries the 72 communes of footnote 2; task 3 Sở Văn hóa, Thể thao và Du lịch.
    const task4 = page.getByTestId('intake-task').nth(3);
    expect(await task4.getByTestId('intake-task-units').locator('.ant-tag').count()).toBe(72);
    await expect
      .poll(() => page.getByTestId('intake-task').nth(2).innerText())
      .toContain('Sở Văn hóa, Thể thao và Du lịch');
    // Clicking a value shows its source.
    await task4.getByRole('button', { name: 'Xem nhiệm vụ 4 trong văn bản gốc' }).click();
    const active = page.getByTestId('intake-source').locator('mark[data-active]');
    await active.first().waitFor();
    expect((await active.allInnerTexts()).join('')).toMatch(/^\s*4\.\s+Ủy ban nhân dân các xã, phường/);
    await screenshot(page, 'intake-review-desktop');

    // Nothing is saved before "Lưu".
    // Nine digits: a shorter number could match another document's number as a substring.
    const number = `9${String(Date.now()).slice(-8)}/UBND-NgV`;
    expect((await apiAs('sngv').get(`/documents?q=${encodeURIComponent(number)}`)).total).toBe(0);
    await page.getByLabel('Số, ký hiệu').fill(number);
    await page.getByLabel('Ngày ban hành').fill('10/02/2026');
    await page.getByLabel('Ngày ban hành').press('Enter');
    await page.getByRole('button', { name: /^(save )?Lưu$/ }).click();
    await page.waitForURL(/\/van-ban\/[0-9a-f-]{36}$/);
    const documentId = page.url().split('/').pop() as string;

    const sngv = apiAs('sngv');
    const doc = await sngv.get(`/documents/${documentId}`);
    expect(doc).toMatchObject({ number, issuedOn: '2026-02-10', taskCount: 5 });
    const taskList = await sngv.get(`/tasks?documentId=${documentId}&pageSize=50&sort=seq`);
    const ids: string[] = taskList.items
      .sort((a: { seq: number }, b: { seq: number }) => a.seq - b.seq)
      .map((t: { id: string }) => t.id);
    expect(ids).toHaveLength(5);
    const board = (i: number) => sngv.get(`/tasks/${ids[i]}/board?pageSize=500`);
    const [b3, b4] = [await board(2), await board(3)];
    const named = [...b3.items, ...b4.items];
    expect(b3.total + b4.total).toBe(73);
    expect(new Set(named.map((a: { unitId: string }) => a.unitId)).size).toBe(73);
    expect(b3.items.map((a: { unitCode: string }) => a.unitCode)).toEqual(['SVHTTDL']);
    expect(named.every((a: { dueOn: string }) => a.dueOn === '2026-03-15')).toBe(true);
    expect(b4.items.map((a: { unitName: string }) => a.unitName)).toEqual(
      expect.arrayContaining(['Phường Quy Nhơn Tây', 'Xã Krong', 'Xã Ia Púch']),
    );

    // The saved document and the compliance board, when those pages are part of the build.
    if (routesSource.includes("'/van-ban/:id'")) {
      await settle(page);
      await page.getByText(number).first().waitFor();
      await screenshot(page, 'intake-saved-document');
      // The pasted text is kept with the document.
      await page.getByText(/^Nội dung văn bản gốc/).click();
      await expect
        .poll(() => page.getByTestId('document-source-text').innerText())
        .toContain('Giao Sở Ngoại vụ làm đầu mối theo dõi');
      await screenshot(page, 'intake-saved-document-source');
    }
    if (routesSource.includes("'/nhiem-vu/:id'")) {
      await open(page, `/nhiem-vu/${ids[3]}`);
      // 72 units in Vietnamese order, 50 a page: a ward of the first page.
      await page.getByText('Phường Quy Nhơn Tây').first().waitFor();
      await screenshot(page, 'intake-task4-board');
    }
  });

  it('stacks the source and the draft on a phone', async () => {
    const page = await newPage({ as: 'sngv', phone: true });
    await pasteAndRead(page);
    const source = await page.getByTestId('intake-source-pane').boundingBox();
    const firstTask = await page.getByTestId('intake-task').first().boundingBox();
    expect(source && firstTask && firstTask.y > source.y + source.height - 1).toBe(true);
    expect(source!.width).toBeLessThanOrEqual(390);
    await page.getByTestId('intake-source').scrollIntoViewIfNeeded();
    await screenshot(page, 'intake-review-phone');
  });

  it('reads an uploaded PDF, and explains a scanned one', async () => {
    const page = await newPage({ as: 'sngv' });
    await open(page, '/tiep-nhan-van-ban');
    await page.getByText('Tải tệp lên').click();
    const fixtures = join(ROOT, 'src/shared/intake/corpus/fixtures');
    await page.locator('input[type=file]').setInputFiles(join(fixtures, 'scanned.pdf'));
    await page.getByText('không có lớp chữ').waitFor();
    await page.locator('input[type=file]').setInputFiles(join(fixtures, 'seed-000.pdf'));
    await page.getByTestId('intake-task').nth(4).waitFor();
    expect(await page.getByTestId('intake-task').count()).toBe(5);
  });

  it('is not in the menu of a unit officer', async () => {
    const page = await newPage({ as: 'svhttdl' });
    await open(page, '/');
    expect(await page.getByText('Tiếp nhận văn bản').count()).toBe(0);
  });
});
