// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The leader's dashboard (issue 10, "Done when"): lanhdao lands on it, clicks from the ranking to
// the overdue list of a unit, exports the ranking to Excel and prints the page on A4.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, SCREENSHOTS_DIR, screenshot, settle, uniq } from './harness';

const day = (offset: number) =>
  new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** A programme of our own: two overdue tasks for Sở Công Thương, one done on time by Sở Tư pháp. */
async function seed(tag: string) {
  const sngv = apiAs('sngv');
  const doc = await sngv.post('/documents', {
    number: `${Math.floor(Math.random() * 9000) + 1000}/KH-UBND`,
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: day(-90),
    summary: `Kế hoạch hội nhập quốc tế thử nghiệm ${tag}`,
  });
  const units = (await sngv.get('/units?pageSize=200')).items as { id: string; code: string }[];
  const sct = units.find((u) => u.code === 'SCT')!;
  const stp = units.find((u) => u.code === 'STP')!;
  const task = async (title: string, dueOn: string, unitIds: string[]) => {
    const t = await sngv.post('/tasks', {
      documentId: doc.id,
      title: `${title} (${tag})`,
      leadUnitId: unitIds[0],
      personInCharge: 'Giám đốc Sở',
      dueOn,
      responsibility: 'Chủ trì xây dựng',
      product: 'Báo cáo',
      authority: 'UBND tỉnh',
    });
    return (await sngv.post(`/tasks/${t.id}/assignments`, { unitIds })).created as {
      id: string;
      unitId: string;
    }[];
  };
  await task('Xúc tiến thương mại với Hàn Quốc', day(-45), [sct.id]);
  await task('Báo cáo kết quả hội chợ quốc tế', day(-10), [sct.id]);
  const [done] = await task('Rà soát văn bản pháp luật về hợp tác quốc tế', day(20), [stp.id]);
  await sngv.post(`/assignments/${done!.id}/submit`, { productNumber: '12/BC-STP' });
  await sngv.post(`/assignments/${done!.id}/accept`, {});
  return { doc, sct };
}

describe("the leader's dashboard", () => {
  it('lanhdao: the home, a click from the ranking to a unit’s overdue list, an export, the printed page', async () => {
    const tag = uniq('TQ').toUpperCase();
    const { doc, sct } = await seed(tag);
    const page = await newPage({ as: 'lanhdao' });

    await open(page, '/');
    await page.getByRole('heading', { name: 'Tổng quan tình hình thực hiện' }).waitFor();
    await screenshot(page, 'dashboard-home', { fullPage: true });

    await open(page, `/tong-quan?documentId=${doc.id}`);
    await page.getByTestId('fig-overdue').waitFor();
    expect(await page.getByTestId('fig-overdue').locator('.ant-statistic-content-value').innerText()).toBe(
      '2',
    );
    expect(await page.getByTestId('fig-due').locator('.ant-statistic-content-value').innerText()).toBe('3');
    expect(await page.getByTestId('fig-rate').locator('.ant-statistic-content-value').innerText()).toContain(
      '33,3',
    );
    const ranking = page.locator('.ranking');
    expect(await ranking.locator('tbody tr.ant-table-row').first().innerText()).toContain('Sở Công Thương');
    await screenshot(page, 'dashboard-programme', { fullPage: true });

    // the export of the ranking
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel: Xếp hạng đơn vị theo số nhiệm vụ quá hạn' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tong-quan-units-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(c.text)));
    expect(cells).toContain('Sở Công Thương');
    expect(cells.join(' ')).toContain(`Chương trình: văn bản ${doc.number}`);

    // the printed page, A4, as a PDF and its first page as a PNG to look at
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(400);
    const pdfPath = join(SCREENSHOTS_DIR, 'dashboard-print.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      pdfPath,
      join(SCREENSHOTS_DIR, 'dashboard-print'),
    ]);
    await page.emulateMedia({ media: 'screen' });

    // from the ranking to Sở Công Thương's overdue list
    await ranking.getByRole('link', { name: 'Việc quá hạn của Sở Công Thương' }).click();
    await page.waitForURL(/\/giao-viec\?/);
    const u = new URL(page.url());
    expect(u.searchParams.get('unitId')).toBe(sct.id);
    expect(u.searchParams.get('bucket')).toBe('overdue');
    await page.getByRole('heading', { name: 'Việc giao cho đơn vị' }).waitFor();
    await settle(page);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain(tag);
    await screenshot(page, 'dashboard-drilldown');
  });

  it("lanhdao opens a unit's results from the ranking; a ward officer its own from home, on a phone", async () => {
    const tag = uniq('KQ').toUpperCase();
    const { doc, sct } = await seed(tag);
    const page = await newPage({ as: 'lanhdao' });
    await open(page, `/tong-quan?documentId=${doc.id}`);
    const ranking = page.locator('.ranking');
    await ranking.getByRole('link', { name: 'Kết quả thực hiện của Sở Công Thương' }).click();
    await page.waitForURL(new RegExp(`/don-vi/${sct.id}\\?documentId=${doc.id}`));
    await page.getByRole('heading', { name: 'Sở Công Thương' }).waitFor();
    await page.getByTestId('rank-detail').waitFor();
    const value = (id: string) => page.getByTestId(id).locator('.ant-statistic-content-value').innerText();
    expect(await value('fig-overdue')).toBe('2');
    expect(await value('fig-due')).toBe('2');
    // within the programme: Sở Công Thương and Sở Tư pháp; the most overdue ranks first
    const rank = page.locator('.ant-card', { hasText: 'Xếp hạng về nhiệm vụ quá hạn' });
    expect(await rank.innerText()).toContain('Hạng 1/2');
    expect(await page.getByTestId('rank-detail').innerText()).toContain('2 nhiệm vụ quá hạn');
    await page.locator('.ant-card', { hasText: 'Gửi báo cáo đúng hạn' }).waitFor();
    await screenshot(page, 'unit-scorecard', { fullPage: true });

    // its overdue figure opens that unit's overdue list, in the programme
    await page.getByTestId('fig-overdue').click();
    await page.waitForURL(/\/giao-viec\?/);
    const u = new URL(page.url());
    expect(u.searchParams.get('unitId')).toBe(sct.id);
    expect(u.searchParams.get('bucket')).toBe('overdue');
    expect(u.searchParams.get('programmeId')).toBe(doc.id);
    // the list page itself (the results page's own table may still be on screen a moment)
    await page.getByRole('heading', { name: 'Việc giao cho đơn vị' }).waitFor();
    await settle(page);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);

    // the ward's officer: from the home page to the ward's own results; not another unit's
    const ward = await newPage({ as: 'quynhontay', phone: true });
    await open(ward, '/');
    await ward.getByRole('link', { name: 'Kết quả thực hiện và xếp hạng của đơn vị' }).click();
    await ward.getByRole('heading', { name: 'Phường Quy Nhơn Tây' }).waitFor();
    const reports = ward.locator('.ant-card', { hasText: 'Gửi báo cáo đúng hạn' });
    await reports.waitFor();
    await ward.locator('.ant-card', { hasText: 'Các kỳ báo cáo' }).waitFor();
    await settle(ward);
    expect(await ward.getByRole('link', { name: 'Xem bảng xếp hạng' }).count()).toBe(0);
    // its own report in the open round, said as such rather than "1/1 units"
    expect(await ward.getByTestId('fig-not-reported').innerText()).toMatch(
      /Báo cáo của đơn vị, kỳ đang mở\s+(Chưa gửi|Đã gửi|Không phải gửi)/,
    );
    const overflow = await ward.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(ward, 'unit-scorecard-phone', { fullPage: true });
    await open(ward, `/don-vi/${sct.id}`);
    await ward.getByText('Không tìm thấy đơn vị.').waitFor();
  });

  it('on a phone the dashboard reflows into one column', async () => {
    const page = await newPage({ as: 'lanhdao', phone: true });
    await open(page, '/tong-quan');
    await page.getByTestId('fig-overdue').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'dashboard-phone', { fullPage: true });
  });
});
