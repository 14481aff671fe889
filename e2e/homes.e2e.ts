// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// Home pages by role: what waits for Sở Ngoại vụ, the administrator's system page, the sign-in
// page without a failed request, and the dashboard's ranking at 1366 px.
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, url } from './harness';
import { layoutProblems } from './layout';

const figure = async (page: import('playwright-core').Page, testId: string) =>
  Number(
    (await page.getByTestId(testId).locator('.ant-card-head-title strong').innerText()).replace(/\D/g, ''),
  );

describe('home pages by role', () => {
  it('sngv: products to accept, obstacles to handle, commitments at risk, units overdue — each the list behind it', async () => {
    const api = apiAs('sngv');
    const [accept, obstacles, atRisk, overdue] = await Promise.all([
      api.get('/assignments?state=awaiting_review&pageSize=1'),
      api.get('/obstacles?waiting=me&pageSize=1'),
      api.get('/commitments?atRisk=true&pageSize=1'),
      api.get('/assignments/overdue-units?limit=1'),
    ]);
    for (const phone of [false, true]) {
      const page = await newPage({ as: 'sngv', phone });
      await open(page, '/');
      await page.getByRole('heading', { name: 'Việc chờ Sở Ngoại vụ' }).waitFor();
      expect(await figure(page, 'queue-accept')).toBe(accept.total);
      expect(await figure(page, 'queue-obstacles')).toBe(obstacles.total);
      expect(await figure(page, 'queue-commitments')).toBe(atRisk.total);
      expect(await figure(page, 'queue-overdue')).toBe(overdue.units);
      expect(await layoutProblems(page, { tablesFit: !phone })).toEqual([]);
      await screenshot(page, `home-sngv-${phone ? 'phone' : 'desktop'}`, { fullPage: true });
      await page.context().close();
    }
    const page = await newPage({ as: 'sngv' });
    await open(page, '/');
    // the items are links: the first unit with overdue work opens its overdue list
    if (overdue.items[0]) {
      const first = page.getByTestId('queue-overdue').locator('.ant-list-item a').first();
      expect(await first.getAttribute('href')).toBe(
        `/giao-viec?bucket=overdue&unitId=${overdue.items[0].unitId}`,
      );
      await first.click();
      await page.waitForURL(/\/giao-viec\?bucket=overdue&unitId=/);
    }
    await open(page, '/');
    await page.getByTestId('queue-commitments').getByRole('link', { name: 'Xem tất cả' }).click();
    await page.waitForURL(/\/cam-ket\?atRisk=1/);
    await page.getByText(`${atRisk.total} cam kết`).waitFor();
    await page.context().close();
  });

  it('admin: people, units, recent changes and the system’s state, not just "Xin chào"', async () => {
    const status = await apiAs('admin').get('/system/status');
    for (const phone of [false, true]) {
      const page = await newPage({ as: 'admin', phone });
      await open(page, '/');
      await page.getByRole('heading', { name: 'Quản trị hệ thống' }).waitFor();
      const text = await page.locator('main, .ant-layout-content').first().innerText();
      expect(text).toContain('Người dùng đang hoạt động');
      expect(text).toContain('Tình trạng hệ thống');
      expect(text).toContain(status.db === 'postgres' ? 'PostgreSQL' : 'PGlite');
      expect(text).toContain('Thay đổi gần đây');
      expect(await layoutProblems(page, { tablesFit: !phone })).toEqual([]);
      await screenshot(page, `home-admin-${phone ? 'phone' : 'desktop'}`, { fullPage: true });
      await page.context().close();
    }
  });

  it('the sign-in page and a signed-out visit log no failed request and no console error', async () => {
    const page = await newPage();
    const failures: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') failures.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(url('/nhiem-vu'));
    await page.waitForURL(/\/dang-nhap/);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await open(page, '/dang-nhap');
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('the dashboard’s ranking shows every column at 1366 px', async () => {
    const page = await newPage({ as: 'lanhdao' });
    await page.setViewportSize({ width: 1366, height: 800 });
    await open(page, '/tong-quan');
    await page.locator('.ranking').waitFor();
    expect(await layoutProblems(page, { tablesFit: true })).toEqual([]);
    // a shared rank is marked as such ("1=") and the tie at the top is said in words
    const d = await apiAs('lanhdao').get('/dashboard');
    const shared = d.units.filter(
      (u: { rank: number }) => d.units.filter((v: { rank: number }) => v.rank === u.rank).length > 1,
    );
    const ranks = await page.locator('.ranking tbody tr td:first-child').allInnerTexts();
    if (shared.length) {
      expect(ranks.some((r) => r.endsWith('='))).toBe(true);
      if (shared[0].rank === 1 && d.units[0].overdueAll > 0) await page.getByTestId('rank-tie').waitFor();
    }
    expect(ranks.filter((r) => !r.endsWith('=')).every((r) => /^\d+$/.test(r))).toBe(true);
    await page.context().close();
  });
});
