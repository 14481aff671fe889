// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// Report rounds in the browser, the whole journey: Sở Ngoại vụ opens a half-year round
// for the first directive and the commitments, addressed to the departments and the communes and
// wards (bad dates are refused under their fields first); Quy Nhơn Tây finds its report
// pre-filled, writes it, its head approves; Sở Ngoại vụ returns it, the ward resubmits, Sở Ngoại
// vụ accepts it, edits the compiled report and produces it; the .docx rendered to PDF holds the
// statistics sentence and the ward's row in Phụ lục I, and the annex .xlsx holds the ward's row.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderDocxToPdf, renderSkipReason, renderTestsEnabled } from '../src/server/test/render-pdf';
import { nextEndingPeriod, periodContaining, periodLabel, periodWindow } from '../src/shared/periods';
import { apiAs, newPage, open, screenshot } from './harness';

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const vi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const shift = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function pickOption(page: Page, text: string) {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first();
  await option.waitFor();
  await page.waitForTimeout(250);
  await option.click();
}

async function typeDate(page: Page, label: string, date: string) {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.click();
  await input.fill(vi(date));
  await input.press('Enter');
}

const fieldError = (page: Page, text: string) =>
  page.locator('.ant-form-item-explain-error', { hasText: text }).waitFor();

/** The file a click downloads, as bytes. */
async function downloaded(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('report rounds', () => {
  it('from opening a round in the browser to the produced compiled report', async () => {
    const kind = periodContaining('half_1', today()) ? 'half_1' : 'half_2';
    const period = periodContaining(kind, today())!;
    const window = periodWindow(kind, period.year, 1)!;

    // Sở Ngoại vụ opens the round
    const focal = await newPage({ as: 'sngv' });
    await open(focal, '/ky-bao-cao');
    await focal.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
    const drawer = focal.getByRole('dialog');
    await drawer.getByText('Thời gian chốt số liệu').waitFor();
    expect(await focal.getByRole('textbox', { name: 'Số liệu từ ngày' }).inputValue()).toBe(vi(window.start));
    expect(await focal.getByRole('textbox', { name: 'Đến ngày (chốt số liệu)' }).inputValue()).toBe(
      vi(window.end),
    );
    await focal.getByLabel('Văn bản trong phạm vi báo cáo').fill('245/UBND');
    await pickOption(focal, '245/UBND-NgV');
    await focal.getByLabel('Sổ theo dõi cam kết, thỏa thuận quốc tế', { exact: false }).check();
    await focal.getByLabel('Các sở, ban, ngành', { exact: true }).check();
    await focal.getByLabel('UBND các xã, phường', { exact: true }).check();
    const title = await focal.getByLabel('Tên kỳ báo cáo').inputValue();
    expect(title).toContain(kind === 'half_1' ? '6 tháng đầu năm' : '6 tháng cuối năm');
    expect(title).toContain('Công văn số 245/UBND-NgV và các cam kết, thỏa thuận quốc tế');
    const submit = () => drawer.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();

    // a period that ends before it starts, then a deadline before the cut-off: refused, in Vietnamese
    await typeDate(focal, 'Số liệu từ ngày', shift(window.end, 5));
    await submit();
    await fieldError(focal, 'ngày kết thúc phải từ ngày bắt đầu trở đi');
    await screenshot(focal, 'report-round-open-error');
    await typeDate(focal, 'Số liệu từ ngày', window.start);
    await focal.getByLabel('Ngày cụ thể').check();
    await typeDate(focal, 'Hạn gửi', shift(window.end, -3));
    await submit();
    await fieldError(focal, 'Hạn gửi báo cáo không được trước ngày chốt số liệu.');
    await focal.getByLabel('Số ngày làm việc sau ngày chốt số liệu').check();
    await drawer.getByText('Hạn gửi: ').waitFor();
    // a recurring schedule: the next 6-month round opens by itself on its cut-off
    await focal.getByLabel('Tự động mở các kỳ sau (báo cáo định kỳ)').check();
    const next = nextEndingPeriod(
      kind === 'half_1' ? ['half_1', 'year'] : ['half_2', 'half_1'],
      'nd09',
      window.end,
    )!;
    const nextLabel = periodLabel(next.kind, next.year, next.index);
    await drawer.getByText(`Kỳ tiếp theo: ${nextLabel}, tự mở ngày ${vi(next.end)}.`).waitFor();
    await screenshot(focal, 'report-round-open');
    await submit();
    await focal.waitForURL(/\/ky-bao-cao\/[0-9a-f-]{36}$/);
    const roundId = focal.url().split('/').pop()!;
    await focal.getByText('Đã mở kỳ báo cáo').waitFor();
    await open(focal, `/ky-bao-cao/${roundId}`);
    const roundText = await focal.locator('main').innerText();
    expect(roundText).toContain('245/UBND-NgV');
    expect(roundText).toContain('Sổ theo dõi cam kết, thỏa thuận');
    expect(roundText).toContain('Phường Quy Nhơn Tây');
    expect(roundText).toContain('Sở Văn hóa, Thể thao và Du lịch');

    // the ward finds its report among its rounds, pre-filled, and writes it
    const ward = await newPage({ as: 'quynhontay' });
    const mine = (await apiAs('quynhontay').get(`/report-rounds/${roundId}`)).mySubmissionId;
    await open(ward, '/ky-bao-cao');
    await ward.locator(`a[href="/bao-cao-don-vi/${mine}"]`, { hasText: title }).click();
    await ward.getByRole('button', { name: 'Lưu bản nháp' }).waitFor();
    expect(await ward.locator('main').innerText()).toContain('Xây dựng, ban hành kế hoạch');
    await ward.getByLabel('I. KẾT QUẢ ĐẠT ĐƯỢC').fill('Phường đã ban hành kế hoạch và tổ chức quán triệt.');
    await ward.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await ward.getByText('Đã lưu bản nháp báo cáo.').waitFor();
    // the signed scan, attached to the report
    await ward.locator('input[type=file]').setInputFiles({
      name: 'bao-cao-da-ky.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ),
    });
    await ward.getByText('Đã đính kèm tệp.').waitFor();
    await ward.getByRole('link', { name: /bao-cao-da-ky\.pdf/ }).waitFor();
    await screenshot(ward, 'report-submission', { fullPage: true });
    await ward.getByRole('button', { name: 'Nộp báo cáo để thủ trưởng duyệt' }).click();
    await ward.getByText('Đơn vị nộp sản phẩm').first().waitFor();

    const head = await newPage({ as: 'quynhontay.tt' });
    await open(head, `/bao-cao-don-vi/${mine}`);
    await head.getByRole('button', { name: 'Duyệt và gửi Sở Ngoại vụ' }).click();
    await head.getByText('Thủ trưởng xác nhận').first().waitFor();

    // Sở Ngoại vụ returns it; the ward resubmits; Sở Ngoại vụ accepts it
    await open(focal, `/bao-cao-don-vi/${mine}`);
    await focal.getByRole('link', { name: /bao-cao-da-ky\.pdf/ }).waitFor();
    await focal.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await focal.getByLabel('Lý do trả lại').fill('Bổ sung số liệu hội nghị quán triệt');
    await focal.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await focal.getByText('Sở Ngoại vụ trả lại', { exact: false }).first().waitFor();

    await open(ward, `/bao-cao-don-vi/${mine}`);
    expect(await ward.locator('main').innerText()).toContain('Bổ sung số liệu hội nghị quán triệt');
    await ward.getByRole('button', { name: 'Nộp báo cáo để thủ trưởng duyệt' }).click();
    await ward.getByText('Đơn vị nộp sản phẩm').first().waitFor();
    await open(head, `/bao-cao-don-vi/${mine}`);
    await head.getByRole('button', { name: 'Duyệt và gửi Sở Ngoại vụ' }).click();
    await head.getByText('Thủ trưởng xác nhận').first().waitFor();
    await open(focal, `/bao-cao-don-vi/${mine}`);
    await focal.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
    await focal.getByText('Sở Ngoại vụ đã tiếp nhận').first().waitFor();

    await open(focal, `/ky-bao-cao/${roundId}`);
    const text = await focal.locator('main').innerText();
    expect(text).toContain('Đã tiếp nhận');
    await screenshot(focal, 'report-round', { fullPage: false });
    await open(focal, '/ky-bao-cao');
    expect(await focal.locator('main').innerText()).toContain(title);
    const schedules = focal.locator('.ant-card', { hasText: 'Lịch báo cáo định kỳ' });
    await schedules.getByText(vi(next.end)).waitFor();
    expect(await schedules.innerText()).toContain(title.replace(periodLabel(kind, period.year), nextLabel));
    await screenshot(focal, 'report-rounds', { fullPage: true });

    // Sở Ngoại vụ edits the compiled report and produces it
    await open(focal, `/ky-bao-cao/${roundId}?tab=tong-hop`);
    const results = focal.getByLabel('I. KẾT QUẢ ĐẠT ĐƯỢC');
    await results.waitFor();
    expect(await results.inputValue()).toContain(
      'Phường Quy Nhơn Tây: Phường đã ban hành kế hoạch và tổ chức quán triệt.',
    );
    expect(await focal.getByLabel('Số liệu nhiệm vụ').inputValue()).toMatch(/^Tổng số \d+ nhiệm vụ; /);
    const directions = 'Tiếp tục đôn đốc các đơn vị chưa gửi báo cáo, tổng hợp trình UBND tỉnh.';
    await focal.getByLabel('III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI').fill(directions);
    await focal.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await focal.getByText('Phiên bản 1').waitFor();
    await screenshot(focal, 'report-compiled');
    const report = await downloaded(focal, () =>
      focal.getByRole('button', { name: 'Lập báo cáo (.docx)' }).click(),
    );
    expect(report.name).toBe('bao-cao-tong-hop-v1.docx');
    const annex = await downloaded(focal, () =>
      focal.getByRole('button', { name: 'Lập phụ lục (.xlsx)' }).click(),
    );
    expect(annex.name).toBe('phu-luc-v1.xlsx');
    await focal.getByRole('button', { name: 'phu-luc-v1.xlsx' }).waitFor();
    expect(await focal.locator('main').innerText()).toContain('bao-cao-tong-hop-v1.docx');
    await screenshot(focal, 'report-compiled-files', { fullPage: true });

    // the annex workbook holds the ward's row
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(annex.bytes as never);
    const wardRows = book.worksheets.flatMap((ws) => {
      const rows: string[] = [];
      ws.eachRow((row) => {
        const cells = (row.values as unknown[]).map((v) => String(v ?? ''));
        if (cells.includes('Phường Quy Nhơn Tây')) rows.push(cells.join(' | '));
      });
      return rows;
    });
    expect(wardRows.length).toBeGreaterThan(0);

    // the report as a clerk reads it: rendered to PDF, the statistics sentence, the edit, the ward's row
    if (renderTestsEnabled) {
      const pdf = await renderDocxToPdf(report.bytes);
      if (process.env.REPORTS_PNG) await pdf.toPng(process.env.REPORTS_PNG);
      expect(pdf.pageSizeMm).toEqual({ width: 210, height: 297 });
      const body = pdf.text.replace(/\s+/g, ' ');
      expect(body).toMatch(
        /Tổng số \d+ nhiệm vụ; \d+ nhiệm vụ đến hạn đã hoàn thành, đạt [\d,]+ % \(đúng hạn \d+, quá hạn \d+\); chưa hoàn thành \d+/,
      );
      expect(body).toContain(directions);
      expect(body).toContain('Phường Quy Nhơn Tây: Phường đã ban hành kế hoạch');
      const first = pdf.pageTexts.findIndex((p) => /^\s*Phụ lục I\s*$/m.test(p));
      expect(first).toBeGreaterThan(0);
      const annexText = pdf.pageTexts.slice(first).join('\n');
      expect(annexText).toMatch(/^\s*\d+\s+Phường Quy Nhơn Tây\s+\d+\s.*Đúng hạn/m);
    } else console.warn(`report-rounds e2e: PDF not checked: ${renderSkipReason}`);
  }, 180_000);
});
