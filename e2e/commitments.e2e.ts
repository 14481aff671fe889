// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// Commitments journey: Sở Ngoại vụ registers an agreement from an activity with two milestones
// and Sở VHTTDL as lead; the unit reviews it, updates a milestone, raises an obstacle (the roll-up
// moves); Sở Ngoại vụ escalates it; the leader decides; the timeline shows each step.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, uniq } from './harness';

async function pickOption(page: Page, text: string) {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first();
  await option.waitFor();
  await page.waitForTimeout(250); // the dropdown's opening animation
  await option.click();
  await page
    .locator('.ant-select-dropdown:visible')
    .waitFor({ state: 'hidden' })
    .catch(() => undefined);
}

/** Clicks a modal's button and waits for it to close; on failure leaves a screenshot to look at. */
async function submitModal(page: Page, button: string, name: string) {
  const modal = page.locator('.ant-modal-container');
  await modal.getByRole('button', { name: button }).click();
  try {
    await modal.waitFor({ state: 'detached', timeout: 10_000 });
  } catch (err) {
    await screenshot(page, `failed-${name}`);
    throw err;
  }
}

describe('commitments and obstacles', () => {
  it('from registration to the leader’s decision, every step on the timeline', async () => {
    const tag = uniq();
    const activity = await apiAs('sngv').post('/activities', {
      kind: 'reception',
      title: `Đón đoàn tỉnh Gyeonggi ${tag}`,
      startOn: new Date().toISOString().slice(0, 10),
      countries: ['Hàn Quốc'],
    });

    // Sở Ngoại vụ registers the agreement and its roadmap
    const sngv = await newPage({ as: 'sngv' });
    await open(sngv, '/cam-ket');
    await sngv.getByTestId('new-commitment').click();
    const drawer = sngv.locator('.ant-drawer-content-wrapper');
    await drawer.getByLabel('Từ hoạt động đối ngoại').click();
    await pickOption(sngv, activity.title);
    const title = `Thỏa thuận giao lưu văn hóa ${tag}`;
    await drawer.getByLabel('Tên cam kết, thỏa thuận').fill(title);
    await drawer.getByLabel('Hình thức').click();
    await pickOption(sngv, 'Thỏa thuận hợp tác');
    await drawer.getByLabel('Đối tác', { exact: true }).fill('Tỉnh Gyeonggi');
    await drawer.getByLabel('Quốc gia').fill('Hàn Quốc');
    await drawer.getByLabel('Đơn vị chủ trì').fill('van hoa the thao');
    await pickOption(sngv, 'Sở Văn hóa, Thể thao và Du lịch');
    await drawer.getByTestId('save-commitment').click();
    await sngv.waitForURL(/\/cam-ket\/[0-9a-f-]{36}$/);
    const id = sngv.url().split('/').pop()!;

    for (const [name, weight] of [
      ['Ban hành kế hoạch triển khai', '1'],
      ['Tổ chức Tuần văn hóa', '3'],
    ] as const) {
      await sngv.getByTestId('add-milestone').click();
      const modal = sngv.locator('.ant-modal-container');
      await modal.getByLabel('Tên mốc').fill(name);
      await modal.getByLabel('Trọng số (1–100)').fill(weight);
      await submitModal(sngv, 'Lưu', 'milestone');
      await sngv.getByRole('cell', { name }).waitFor();
    }
    const registered = await apiAs('sngv').get(`/commitments/${id}`);
    expect(registered).toMatchObject({
      title,
      leadUnit: { code: 'SVHTTDL' },
      milestoneCount: 2,
      progress: 0,
    });
    await screenshot(sngv, 'commitment-registered', { fullPage: true });

    // Sở VHTTDL reviews, updates a milestone, raises an obstacle
    const unit = await newPage({ as: 'svhttdl' });
    await open(unit, `/cam-ket/${id}`);
    await unit.getByTestId('add-review').click();
    let modal = unit.locator('.ant-modal-container');
    await modal.getByLabel('Nội dung đã thực hiện').fill('Đã ban hành kế hoạch');
    await modal.getByLabel('Mức độ hoàn thành').click();
    await pickOption(unit, 'Triển khai hạn chế');
    await submitModal(unit, 'Lưu', 'review');

    await unit.getByTestId('update-milestone-1').click();
    modal = unit.locator('.ant-modal-container');
    await modal.getByLabel('Tiến độ (%)').fill('100');
    await submitModal(unit, 'Lưu', 'progress');
    await unit.getByTestId('commitment-progress').getByText('25%').waitFor();

    await unit.getByTestId('raise-obstacle').click();
    modal = unit.locator('.ant-modal-container');
    await modal.getByLabel('Nội dung vướng mắc').fill('Thiếu kinh phí đối ứng cho Tuần văn hóa');
    await modal.getByLabel('Đề xuất, kiến nghị').fill('Đề nghị UBND tỉnh bổ sung kinh phí');
    await submitModal(unit, 'Gửi', 'obstacle');
    await unit.getByText('Thiếu kinh phí đối ứng cho Tuần văn hóa').first().waitFor();
    expect((await apiAs('svhttdl').get(`/commitments/${id}`)).progress).toBe(25);
    await screenshot(unit, 'commitment-unit', { fullPage: true });

    // Sở Ngoại vụ escalates it to UBND tỉnh
    await open(sngv, `/cam-ket/${id}`);
    await sngv.getByTestId('obstacle-row').first().click();
    await sngv.getByTestId('obstacle-text').fill('Vượt thẩm quyền của Sở, kính trình UBND tỉnh');
    await sngv.getByTestId('obstacle-escalate').click();
    await sngv.getByTestId('obstacle-steps').getByText('Chuyển lên UBND tỉnh').waitFor();

    // the leader finds it waiting and decides
    const leader = await newPage({ as: 'lanhdao' });
    await open(leader, '/vuong-mac');
    await leader.getByText('Thiếu kinh phí đối ứng cho Tuần văn hóa').first().click();
    await leader.getByTestId('obstacle-text').fill('Giao Sở Tài chính bố trí kinh phí trong quý');
    await leader.getByTestId('obstacle-decide').click();
    await leader
      .getByTestId('obstacle-steps')
      .getByText('Giao Sở Tài chính bố trí kinh phí trong quý')
      .waitFor();
    await screenshot(leader, 'obstacle-decided');

    // the timeline shows each step with names and times
    await open(sngv, `/cam-ket/${id}`);
    const timeline = sngv.getByTestId('timeline');
    await timeline.getByText('Lãnh đạo UBND tỉnh quyết định: vướng mắc được giải quyết').waitFor();
    const text = await timeline.innerText();
    for (const step of [
      `Hoạt động đối ngoại: ${activity.title}`,
      'Đăng ký cam kết vào hệ thống',
      'Thêm mốc lộ trình "Tổ chức Tuần văn hóa"',
      'Rà soát: Triển khai hạn chế',
      'Tiến độ 0% → 100%',
      'Phản ánh vướng mắc lên Sở Ngoại vụ',
      'Chuyển vướng mắc lên UBND tỉnh',
      'Lãnh đạo UBND tỉnh quyết định: vướng mắc được giải quyết',
    ])
      expect(text).toContain(step);
    for (const who of ['Chuyên viên Sở Ngoại vụ', 'Cán bộ Sở VHTTDL', 'Lãnh đạo UBND tỉnh'])
      expect(text).toContain(who);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await screenshot(sngv, 'commitment-timeline', { fullPage: true });
  });

  it('the register, priority, summary and obstacle pages on a desktop and a phone', async () => {
    for (const phone of [false, true]) {
      const page = await newPage({ as: 'sngv', phone });
      const pages: [string, string][] = [
        ['/cam-ket', 'register'],
        ['/cam-ket-uu-tien', 'priority'],
        ['/cam-ket-quoc-gia', 'summary'],
        ['/hoat-dong-doi-ngoai', 'activities'],
        ['/vuong-mac', 'obstacles'],
      ];
      for (const [path, name] of pages) {
        await open(page, path);
        expect(await page.locator('body').innerText()).not.toMatch(/\b(No data|Search|Cancel|Loading)\b/);
        await screenshot(page, `commitments-${name}-${phone ? 'phone' : 'desktop'}`);
      }
    }
  });
});
