// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The urging letter (công văn đôn đốc) end to end: Sở Ngoại vụ opens the first directive's plan
// task, reads the draft, sends it from the board; the board shows each late unit urged once;
// Phường Quy Nhơn Tây is told in the bell, sees the urge on its assignment and the letter on its
// home, downloads it; rendered to PDF, its footnotes name Sở VHTTDL and the 72 communes and wards.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FOOTNOTE_2 } from '../src/server/modules/assignments/demo-data';
import { renderDocxToPdf, renderSkipReason, renderTestsEnabled } from '../src/server/test/render-pdf';
import { matchUnitNames } from '../src/shared/intake/names';
import { apiAs, newPage, open, SCREENSHOTS_DIR, screenshot, settle } from './harness';

const flat = (s: string) => s.replace(/\s+/g, ' ');

async function downloaded(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
}

/** The letter as a clerk reads it: the 73 names in the two footnotes at the page foot. */
async function expectFootnotes(docx: Buffer, shot: string) {
  if (!renderTestsEnabled) return console.warn(renderSkipReason);
  const pdf = await renderDocxToPdf(docx);
  const text = flat(pdf.text);
  expect(text).toContain('V/v đôn đốc thực hiện nhiệm vụ');
  expect(text).toContain('81/154 đơn vị; còn 73 đơn vị chưa thực hiện');
  const units = (await apiAs('sngv').get('/units?pageSize=500')).items;
  const expected = matchUnitNames(FOOTNOTE_2, units).matched.map((m) => m.unit.name);
  expect(expected).toHaveLength(72);
  const notes = text.slice(text.indexOf('1 Sở Văn hóa'));
  expect(notes.startsWith('1 Sở Văn hóa, Thể thao và Du lịch. 2 ')).toBe(true);
  for (const name of expected) expect(notes).toMatch(new RegExp(`${name}[;.]`));
  const dir = join(SCREENSHOTS_DIR, shot);
  mkdirSync(dir, { recursive: true });
  await pdf.toPng(dir);
}

describe('urging letter', () => {
  it('sngv sends it from the plan task’s board; quynhontay is told and reads the letter', async () => {
    const sngv = apiAs('sngv');
    const directive = (await sngv.get('/documents?q=245/UBND')).items[0];
    const plan = (await sngv.get(`/tasks?documentId=${directive.id}&q=6 ro`)).items[0];
    const counts = (await sngv.get(`/tasks/${plan.id}/board?pageSize=1`)).counts;
    // the demo as the directive has it: 81 units sent their plan, 73 did not
    expect(counts).toMatchObject({ total: 154, notSubmitted: 73 });
    const qntRow = (await sngv.get(`/tasks/${plan.id}/board?q=phuong quy nhon tay&pageSize=5`)).items.find(
      (a: { unitName: string }) => a.unitName === 'Phường Quy Nhơn Tây',
    );
    const urgedBefore = qntRow.urgeCount as number;
    const unreadBefore = (await apiAs('quynhontay').get('/notifications')).unread as number;

    const page = await newPage({ as: 'sngv' });
    await open(page, `/nhiem-vu/${plan.id}`);
    await page.getByTestId('urge').click();
    const dialog = page.locator('.ant-modal');
    await expect.poll(() => dialog.innerText()).toContain('81/154 đơn vị đã thực hiện');
    expect(await dialog.innerText()).toContain('nêu tên 73 đơn vị chưa thực hiện');
    await screenshot(page, 'urging-dialog');
    const draft = await downloaded(page, () => page.getByTestId('urge-draft').click());
    expect(draft.name).toMatch(/^cong-van-don-doc-.*\.docx$/);
    await expectFootnotes(draft.content, 'urging-draft-pdf');

    await page.getByTestId('urge-send').click();
    await expect
      .poll(() => dialog.innerText(), { timeout: 20_000 })
      .toContain('Đã gửi công văn đôn đốc đến 73 đơn vị');
    await screenshot(page, 'urging-sent');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    // the board: each late unit urged once more, the day it was
    const board = page.getByTestId('board');
    await page.getByLabel('Tìm đơn vị').fill('quy nhơn tây');
    await expect
      .poll(() => board.locator('tr', { hasText: 'Phường Quy Nhơn Tây' }).innerText())
      .toContain(`${urgedBefore + 1} lần`);
    await screenshot(page, 'urging-board');

    // the ward: the bell, the assignment's page, the letter on its home
    const ward = await newPage({ as: 'quynhontay' });
    await open(ward, '/');
    const bell = ward.getByTestId('notification-bell');
    await expect
      .poll(() => bell.getAttribute('aria-label'), { timeout: 10_000 })
      .toBe(`Thông báo: ${unreadBefore + 1} chưa đọc`);
    await bell.click();
    await ward.locator('.ant-popover').getByText(`Công văn đôn đốc: ${plan.title}`).first().click();
    await expect.poll(() => new URL(ward.url()).pathname).toBe(`/giao-viec/${qntRow.id}`);
    await expect.poll(() => ward.getByTestId('urge-count').innerText()).toContain(`${urgedBefore + 1} lần`);
    await open(ward, '/');
    const received = ward.getByTestId('received-urgings');
    await expect.poll(() => received.innerText()).toContain(plan.title);
    await received.scrollIntoViewIfNeeded();
    await screenshot(ward, 'urging-unit-home');
    const letter = await downloaded(ward, () =>
      received.getByRole('button', { name: 'Tải công văn đôn đốc' }).first().click(),
    );
    await expectFootnotes(letter.content, 'urging-letter-pdf');

    // on a phone: the board and the ward's home
    const phone = await newPage({ as: 'sngv', phone: true });
    await open(phone, `/nhiem-vu/${plan.id}`);
    await phone.getByTestId('urge').click();
    await settle(phone);
    await screenshot(phone, 'urging-dialog-phone');
    const wardPhone = await newPage({ as: 'quynhontay', phone: true });
    await open(wardPhone, '/');
    await wardPhone.getByTestId('received-urgings').scrollIntoViewIfNeeded();
    await screenshot(wardPhone, 'urging-unit-home-phone');
  });
});
