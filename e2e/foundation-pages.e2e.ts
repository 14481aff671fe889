// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The foundation's administration pages: people, one's own account, and every page on a desktop
// and on a phone, checked for Vietnamese (screenshots in screenshots/ to look at).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, tryLogin as login, loginAs, newPage, open, screenshot, settle, uniq } from './harness';

/** Words an untranslated antd component or a forgotten label would show. */
const ENGLISH =
  /\b(No data|Search|Cancel|Submit|Loading|Select|items|page|Please|Start date|End date|Today|Open|Close)\b/;

async function expectVietnamese(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(ENGLISH);
}

describe('user administration', () => {
  it('adds a person to a ward, locks them, resets their password and unlocks them', async () => {
    const page = await newPage({ as: 'admin' });
    await open(page, '/nguoi-dung');
    const username = uniq('cb.').toLowerCase();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const drawer = page.locator('.ant-drawer-content-wrapper');
    await drawer.getByLabel('Tên đăng nhập').fill(username);
    await drawer.getByLabel('Họ và tên').fill('Nguyễn Thị Thử');
    await drawer.getByLabel('Vai trò').click();
    await page.locator('.ant-select-item-option', { hasText: 'Cán bộ đơn vị' }).click();
    await drawer.getByLabel('Mật khẩu ban đầu').fill('matkhau-ban-dau');
    // an officer must belong to a unit
    await drawer.getByRole('button', { name: 'Thêm người dùng' }).click();
    await drawer.getByText('Cán bộ và thủ trưởng đơn vị phải thuộc một đơn vị').waitFor();
    await drawer.getByLabel('Đơn vị').fill('quy nhon tay');
    await page.locator('.ant-select-item-option', { hasText: 'Phường Quy Nhơn Tây' }).click();
    await drawer.getByRole('button', { name: 'Thêm người dùng' }).click();
    await drawer.getByRole('button', { name: 'Khóa tài khoản' }).waitFor();
    const created = (await apiAs('admin').get(`/users?q=${username}`)).items[0];
    expect(created).toMatchObject({
      fullName: 'Nguyễn Thị Thử',
      role: 'officer',
      unitName: 'Phường Quy Nhơn Tây',
    });

    await drawer.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Khóa' }).click();
    await drawer.getByRole('button', { name: 'Mở khóa' }).waitFor();
    expect((await login(username, 'matkhau-ban-dau')).body.error.code).toBe('INVALID_CREDENTIALS');

    await drawer.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    const modal = page.locator('.ant-modal-container');
    await modal.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-1');
    await modal.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-1');
    await modal.getByRole('button', { name: 'Đặt lại' }).click();
    await modal.waitFor({ state: 'detached' });
    await drawer.getByRole('button', { name: 'Mở khóa' }).click();
    await drawer.getByRole('button', { name: 'Khóa tài khoản' }).waitFor();
    expect((await login(username, 'mat-khau-moi-1')).status).toBe(200);

    const history = drawer.getByTestId('record-history');
    await history.getByText('Đặt lại mật khẩu').waitFor();
    expect(await history.innerText()).toContain('Thêm mới');
    await page.context().close();
  });
});

describe('my account', () => {
  it('changes one’s own password', async () => {
    const username = uniq('tk.').toLowerCase();
    const qnt = (await apiAs('admin').get('/units?q=quy nhon tay')).items[0];
    await apiAs('admin').post('/users', {
      username,
      fullName: 'Trần Văn Tài Khoản',
      role: 'officer',
      unitId: qnt.id,
      password: 'mat-khau-cu-1',
    });
    const page = await newPage({ phone: true });
    await loginAs(page, username, 'mat-khau-cu-1');
    await open(page, '/tai-khoan');
    await page.getByLabel('Mật khẩu hiện tại').fill('sai-mat-khau');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-2');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-2');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-cu-1');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.', { exact: false }).waitFor();
    expect((await login(username, 'mat-khau-moi-2')).status).toBe(200);
    await page.context().close();
  });
});

describe('every foundation page, on a desktop and on a phone', () => {
  it.each([
    ['desktop', false],
    ['phone', true],
  ] as const)('reads in Vietnamese on a %s', async (name, phone) => {
    const page = await newPage({ as: 'admin', phone });
    const qnt = (await apiAs('admin').get('/units?q=quy nhon tay')).items[0];
    const sngv = (await apiAs('admin').get('/users?q=sngv')).items[0];
    const shots: [string, string][] = [
      ['home', '/'],
      ['units', '/don-vi'],
      ['unit', `/don-vi?id=${qnt.id}`],
      ['users', '/nguoi-dung'],
      ['user', `/nguoi-dung?id=${sngv.id}`],
      ['audit', '/nhat-ky'],
      ['account', '/tai-khoan'],
    ];
    for (const [shot, path] of shots) {
      await open(page, path);
      await expectVietnamese(page);
      await screenshot(page, `${shot}-${name}`);
    }
    // the date range picker speaks Vietnamese (vi_VN locale, dd/mm/yyyy)
    await open(page, '/nhat-ky');
    await page.getByPlaceholder(phone ? 'Từ ngày' : 'Ngày bắt đầu').click();
    const picker = page.locator('.ant-picker-dropdown');
    await picker.waitFor();
    expect(await picker.innerText()).toMatch(/T2\s+T3\s+T4\s+T5\s+T6\s+T7\s+CN/);
    await expectVietnamese(page);
    await screenshot(page, `audit-datepicker-${name}`);
    await page.keyboard.press('Escape');
    // the import preview
    await open(page, '/don-vi');
    await page.getByRole('button', { name: 'Nhập từ CSV' }).click();
    await page.getByLabel('Nội dung CSV').fill('code,name,short_name,kind\nSNgV,Sở Ngoại vụ,SNgV,so\n');
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByTestId('import-preview').waitFor();
    await settle(page);
    await expectVietnamese(page);
    await screenshot(page, `unit-import-preview-${name}`);
    if (phone) {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page.locator('.ant-drawer .ant-menu').waitFor();
      await screenshot(page, 'menu-phone');
    }
    await page.context().close();
  });
});
