// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The overlap review as sngv (issue 10, "Done when"): run the review, mark one group duplicate
// and one distinct; a leader reads the summary per unit.
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, settle, uniq } from './harness';

async function seed(tag: string) {
  const sngv = apiAs('sngv');
  const units = (await sngv.get('/units?pageSize=200')).items as { id: string; code: string }[];
  const unit = (code: string) => units.find((u) => u.code === code)!.id;
  const doc = async (number: string, issuedOn: string) =>
    sngv.post('/documents', {
      number: `${Math.floor(Math.random() * 9000) + 1000}/${number}`,
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn,
      summary: `Kế hoạch thử nghiệm rà soát ${tag}`,
    });
  const plan = await doc('KH-UBND', '2025-08-21');
  const own = await doc('KH-SVHTTDL', '2026-02-20');
  const task = (documentId: string, title: string, code: string) =>
    sngv.post('/tasks', {
      documentId,
      title: `${title} (${tag})`,
      leadUnitId: unit(code),
      personInCharge: 'Giám đốc Sở',
      dueOn: '2026-10-31',
      responsibility: 'Chủ trì thực hiện',
      product: 'Báo cáo kết quả',
      authority: 'UBND tỉnh',
    });
  const week1 = await task(plan.id, 'Tổ chức Tuần Văn hóa - Du lịch tỉnh Gia Lai tại Hàn Quốc', 'SVHTTDL');
  const week2 = await task(own.id, 'Tổ chức Tuần văn hóa, du lịch Gia Lai tại Hàn Quốc năm 2026', 'SVHTTDL');
  const fdi1 = await task(
    plan.id,
    'Thu hút có chọn lọc các dự án đầu tư trực tiếp nước ngoài công nghệ cao, thân thiện với môi trường',
    'BQLKKT',
  );
  const fdi2 = await task(
    own.id,
    'Thu hút đầu tư nước ngoài có chọn lọc, ưu tiên dự án công nghệ cao, thân thiện với môi trường',
    'STC',
  );
  return { week1, week2, fdi1, fdi2 };
}

describe('the overlap review', () => {
  it('sngv: runs the review, marks one group duplicate and one distinct, withdraws the distinct one', async () => {
    const tag = uniq('RS').toUpperCase();
    const { week1, week2, fdi2 } = await seed(tag);
    const page = await newPage({ as: 'sngv' });
    await open(page, '/ra-soat-trung-lap');
    await page.getByRole('heading', { name: 'Rà soát chồng chéo, trùng lặp nhiệm vụ' }).waitFor();
    await settle(page);
    const card = (text: string) =>
      page.locator('.overlap-group').filter({ hasText: text }).filter({ hasText: tag });
    const week = card('Hàn Quốc');
    await week.waitFor();
    // the differences are marked
    expect(await week.locator('mark.overlap-diff').count()).toBeGreaterThan(0);
    await week.scrollIntoViewIfNeeded();
    await screenshot(page, 'overlaps-open', { fullPage: true });

    await week.getByRole('button', { name: 'Trùng lặp — giữ nhiệm vụ chính' }).click();
    await page.getByText('Đã ghi kết luận rà soát.').waitFor();
    await week.waitFor({ state: 'detached' });

    const fdi = card('thân thiện với môi trường');
    await fdi.getByRole('button', { name: 'Không trùng' }).click();
    await fdi.waitFor({ state: 'detached' });

    const sngv = apiAs('sngv');
    const settled = (await sngv.get('/overlaps?status=settled&pageSize=100')).items as {
      decision: { decision: string; mainTaskId: string | null };
      tasks: { id: string }[];
    }[];
    const dup = settled.find((g) => g.tasks.some((t) => t.id === week2.id))!;
    expect(dup.decision).toMatchObject({ decision: 'duplicate', mainTaskId: week1.id });
    expect(settled.find((g) => g.tasks.some((t) => t.id === fdi2.id))!.decision.decision).toBe('distinct');

    await page.getByRole('tab', { name: 'Đã kết luận' }).click();
    await settle(page);
    await card('Hàn Quốc').getByText('Nhiệm vụ chính').waitFor();
    await screenshot(page, 'overlaps-settled', { fullPage: true });

    await page.getByRole('tab', { name: 'Tổng hợp theo đơn vị' }).click();
    await page.getByRole('cell', { name: 'Sở Văn hóa, Thể thao và Du lịch' }).first().waitFor();
    await screenshot(page, 'overlaps-units');

    // the distinct decision was a mistake: withdrawn with a reason, the group is proposed again
    await page.getByRole('tab', { name: 'Đã kết luận' }).click();
    await settle(page);
    await card('thân thiện với môi trường').getByRole('button', { name: 'Hủy kết luận' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hủy kết luận rà soát' });
    await dialog.getByLabel('Lý do hủy kết luận').fill('Cần xem lại: hai đơn vị cùng thu hút FDI');
    await screenshot(page, 'overlaps-withdraw');
    await dialog.getByRole('button', { name: 'Hủy kết luận' }).click();
    await page.getByText('Đã hủy kết luận; nhóm được đề xuất lại.').waitFor();
    await card('thân thiện với môi trường').waitFor({ state: 'detached' });
    const open2 = (await sngv.get('/overlaps?status=open&pageSize=100')).items as {
      tasks: { id: string }[];
    }[];
    expect(open2.some((g) => g.tasks.some((t) => t.id === fdi2.id))).toBe(true);
  });
});
