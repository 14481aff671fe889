// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// Lịch nghỉ lễ: an administrator adds a compensatory day and saves the year; a focal officer
// reads it; the shipped Tết days show for a year nobody has set.
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot } from './harness';

describe('holiday calendar page', () => {
  it('shows the shipped holidays and saves an administrator’s change', async () => {
    const reader = await newPage({ as: 'sngv' });
    await open(reader, '/lich-nghi-le?year=2026');
    const text = await reader.locator('main').innerText();
    expect(text).toContain('Tết Nguyên đán (mùng 1 tháng Giêng)');
    expect(text).toContain('lịch nghỉ lễ mặc định');
    await screenshot(reader, 'holidays-2026');

    const page = await newPage({ as: 'admin' });

    // a year far enough ahead that no other journey uses it
    const year = new Date().getFullYear() + 4;
    await apiAs('admin').request('PUT', `/holidays?year=${year}`, {
      items: [{ date: `${year}-01-01`, kind: 'holiday', name: 'Tết Dương lịch' }],
    });
    await open(page, `/lich-nghi-le?year=${year}`);
    await page.getByLabel('Ngày cần thêm').click();
    await page.getByLabel('Ngày cần thêm').fill(`02/01/${year}`);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    await page.getByLabel(`Tên ngày 02/01/${year}`).fill('Nghỉ hoán đổi');
    await page.getByRole('button', { name: `Lưu lịch năm ${year}` }).click();
    await page.getByText(`Đã lưu lịch nghỉ lễ năm ${year}.`).waitFor();
    const saved = await apiAs('sngv').get(`/holidays?year=${year}`);
    expect(saved.source).toBe('custom');
    expect(saved.items.map((d: { date: string; name: string }) => `${d.date} ${d.name}`)).toEqual([
      `${year}-01-01 Tết Dương lịch`,
      `${year}-01-02 Nghỉ hoán đổi`,
    ]);
    const focal = await newPage({ as: 'sngv', phone: true });
    await open(focal, `/lich-nghi-le?year=${year}`);
    expect(await focal.locator('main').innerText()).toContain('Nghỉ hoán đổi');
    await screenshot(focal, 'holidays-phone');
  });
});
