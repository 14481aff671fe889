// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The annual plan as sngv (issue 10, "Done when"): draft the 2027 plan from the first directive's
// programme, download the KẾ HOẠCH, render it to PDF and find the 6 rõ table; register it as issued.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocxToPdf, renderTestsEnabled } from '../src/server/test/render-pdf';
import { apiAs, newPage, open, SCREENSHOTS_DIR, screenshot, settle, uniq } from './harness';

async function seed(tag: string) {
  const sngv = apiAs('sngv');
  const units = (await sngv.get('/units?pageSize=200')).items as { id: string; code: string }[];
  const unit = (code: string) => units.find((u) => u.code === code)!.id;
  const n = () => Math.floor(Math.random() * 9000) + 1000;
  const qd = await sngv.post('/documents', {
    number: `${n()}/QĐ-UBND`,
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2025-08-21',
    summary: `Kế hoạch thực hiện Nghị quyết 153/NQ-CP (${tag})`,
  });
  const kh = await sngv.post('/documents', {
    number: `${n()}-KH/TU`,
    issuer: 'Ban Thường vụ Tỉnh ủy',
    issuedOn: '2026-01-14',
    summary: `Thực hiện Nghị quyết 59-NQ/TW về hội nhập quốc tế (${tag})`,
  });
  const task = (documentId: string, title: string, code: string, dueOn: string, product: string | null) =>
    sngv.post('/tasks', {
      documentId,
      title: `${title} (${tag})`,
      leadUnitId: unit(code),
      personInCharge: 'Giám đốc Sở',
      dueOn,
      responsibility: 'Chủ trì thực hiện',
      product,
      authority: 'UBND tỉnh',
    });
  await task(
    qd.id,
    'Tổ chức Tuần Văn hóa - Du lịch tỉnh Gia Lai tại Nhật Bản',
    'SVHTTDL',
    '2027-10-31',
    'Báo cáo',
  );
  await task(kh.id, 'Tổ chức đoàn xúc tiến đầu tư, thương mại tại Hàn Quốc', 'SCT', '2027-06-30', null);
  await task(
    kh.id,
    'Xây dựng cơ sở dữ liệu về hoạt động đối ngoại của tỉnh',
    'SNgV',
    '2026-03-31',
    'Cơ sở dữ liệu',
  );
  return { qd, kh };
}

describe('the annual plan', () => {
  it('sngv: drafts the 2027 plan, the KẾ HOẠCH has the 6 rõ table, registers it as issued', async () => {
    const tag = uniq('KH').toUpperCase();
    const { qd, kh } = await seed(tag);
    const page = await newPage({ as: 'sngv' });
    await open(page, '/ke-hoach-nam');
    await page.getByRole('heading', { name: 'Kế hoạch thực hiện hằng năm' }).waitFor();
    await page.getByRole('spinbutton').fill('2027');
    const select = page.getByRole('combobox', { name: 'Văn bản chương trình' });
    for (const d of [qd, kh]) {
      await select.click();
      await select.fill(d.number);
      await page.locator('.ant-select-item-option').filter({ hasText: d.number }).click();
    }
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch thực hiện năm 2027 (dự thảo)' }).waitFor();
    await settle(page);
    expect(
      await page.getByText(`Tổ chức đoàn xúc tiến đầu tư, thương mại tại Hàn Quốc (${tag})`).count(),
    ).toBe(1);
    expect(await page.getByText('Thiếu rõ sản phẩm').count()).toBeGreaterThan(0);
    await screenshot(page, 'annual-plan-draft', { fullPage: true });

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải KẾ HOẠCH (.docx)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('ke-hoach-nam-2027-du-thao.docx');
    if (renderTestsEnabled) {
      const pdf = await renderDocxToPdf(readFileSync((await file.path())!));
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(text).toContain('KẾ HOẠCH');
      expect(text).toContain('BẢO ĐẢM NGUYÊN TẮC "6 RÕ"');
      for (const h of ['STT', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Cấp trình'])
        expect(text).toContain(h);
      expect(text).toContain('Thiếu: Rõ sản');
      mkdirSync(join(SCREENSHOTS_DIR, 'annual-plan-pdf'), { recursive: true });
      await pdf.toPng(join(SCREENSHOTS_DIR, 'annual-plan-pdf'));
    }

    await page.getByText('Giai đoạn 2026–2030', { exact: true }).click();
    await page.getByText('Năm 2030').first().waitFor();
    await screenshot(page, 'annual-plan-outlook', { fullPage: true });

    await page
      .getByRole('textbox', { name: 'Số, ký hiệu' })
      .fill(`${Math.floor(Math.random() * 900) + 100}/KH-UBND`);
    await page.getByRole('textbox', { name: 'Ngày ban hành' }).fill('10/03/2027');
    // Enter in the date picker may already submit the form; click the button only if it did not.
    await page.keyboard.press('Enter');
    const issued = page.getByText('Đã ban hành:');
    if (
      !(await issued.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      ))
    ) {
      await page.locator('.ant-picker-dropdown').waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Đăng ký ban hành' }).click();
    }
    await page.getByRole('heading', { name: 'Kế hoạch thực hiện năm 2027' }).waitFor();
    await page.getByText('Đã ban hành:').waitFor();
    await screenshot(page, 'annual-plan-issued');
  });

  it('sngv: the 2027 plan of the demo’s own programme (34-KH/TU and 245/UBND-NgV) carries its unfinished 2026 work over', async () => {
    const page = await newPage({ as: 'sngv' });
    await open(page, '/ke-hoach-nam');
    await page.getByRole('heading', { name: 'Kế hoạch thực hiện hằng năm' }).waitFor();
    await page.getByRole('spinbutton').fill('2027');
    const select = page.getByRole('combobox', { name: 'Văn bản chương trình' });
    await select.click();
    await select.fill('34-KH/TU');
    await page.locator('.ant-select-item-option').filter({ hasText: '34-KH/TU' }).first().click();
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch thực hiện năm 2027 (dự thảo)' }).waitFor();
    await settle(page);
    const carried = page.locator('.ant-statistic', { hasText: 'Chuyển sang từ năm 2026' });
    expect(Number(await carried.locator('.ant-statistic-content-value').innerText())).toBeGreaterThan(0);
    await page.getByText(/^Năm 2026 chuyển sang \(\d+\)$/).click();
    // the directive's own task to write a plan, still open in the demo, is carried over
    await page
      .getByText('Xây dựng, ban hành kế hoạch hoặc văn bản triển khai thực hiện Kế hoạch số 34-KH/TU')
      .first()
      .waitFor();
    await screenshot(page, 'annual-plan-demo-carried', { fullPage: true });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải KẾ HOẠCH (.docx)' }).click(),
    ]);
    if (renderTestsEnabled) {
      const pdf = await renderDocxToPdf(readFileSync((await file.path())!));
      const text = pdf.text.replace(/\s+/g, ' ');
      expect(pdf.pageSizeMm).toEqual({ width: 210, height: 297 });
      expect(text).toContain('BẢO ĐẢM NGUYÊN TẮC "6 RÕ"');
      expect(text).toContain('Nhiệm vụ năm 2026 chuyển sang');
      expect(text).toContain('34-KH/TU');
      mkdirSync(join(SCREENSHOTS_DIR, 'annual-plan-demo-pdf'), { recursive: true });
      await pdf.toPng(join(SCREENSHOTS_DIR, 'annual-plan-demo-pdf'));
    }
  });
});
