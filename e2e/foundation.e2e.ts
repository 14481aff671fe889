// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// Foundation journeys: sign-in by role and the menu each role gets, refusals, and the unit
// directory's add → import → audit trail.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, DEMO_PASSWORD, newPage, open, screenshot, settle, uniq, url } from './harness';

const ADMIN_PAGES = ['Đơn vị', 'Người dùng', 'Nhật ký thay đổi'];
const expected: Record<string, { unit: string | null; sees: string[] }> = {
  admin: { unit: null, sees: ['Đơn vị', 'Người dùng', 'Nhật ký thay đổi'] },
  sngv: { unit: 'Sở Ngoại vụ', sees: ['Đơn vị', 'Nhật ký thay đổi'] },
  lanhdao: { unit: 'Ủy ban nhân dân tỉnh Gia Lai', sees: ['Đơn vị', 'Nhật ký thay đổi'] },
  svhttdl: { unit: 'Sở Văn hóa, Thể thao và Du lịch', sees: [] },
  'svhttdl.tt': { unit: 'Sở Văn hóa, Thể thao và Du lịch', sees: [] },
  quynhontay: { unit: 'Phường Quy Nhơn Tây', sees: [] },
  'quynhontay.tt': { unit: 'Phường Quy Nhơn Tây', sees: [] },
};

async function signInWithForm(page: Page, username: string, password: string) {
  await page.goto(url('/dang-nhap'));
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

const menuLabels = (page: Page) => page.locator('.ant-layout-sider .ant-menu-item').allInnerTexts();

describe('signing in', () => {
  it.each(Object.keys(expected))(
    'as %s through the form shows that role’s menu, person and unit',
    async (username) => {
      const page = await newPage();
      await signInWithForm(page, username, DEMO_PASSWORD);
      const userMenu = page.getByTestId('user-menu');
      await userMenu.waitFor();
      const me = await apiAs(username).get('/me');
      expect(await userMenu.innerText()).toContain(me.fullName);
      const { unit, sees } = expected[username]!;
      if (unit) expect(await page.getByTestId('user-unit').innerText()).toContain(unit);
      const menu = await menuLabels(page);
      expect(menu).toContain('Trang chủ');
      for (const label of ADMIN_PAGES)
        expect(menu.includes(label), `${username}: ${label}`).toBe(sees.includes(label));
      if (username === 'quynhontay') await screenshot(page, 'home-officer-desktop');
      await page.context().close();
    },
  );

  it('refuses a wrong password in Vietnamese and keeps the person on the sign-in page', async () => {
    const page = await newPage({ phone: true });
    await signInWithForm(page, 'sngv', 'sai-mat-khau');
    const alert = page.locator('.ant-alert-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await screenshot(page, 'login-error-phone');
    await page.context().close();
  });

  it('sends a signed-out visitor to the sign-in page and back to where they were going', async () => {
    const page = await newPage();
    await page.goto(url('/nhat-ky'));
    await page.waitForURL(/\/dang-nhap\?tiep=/);
    await screenshot(page, 'login-desktop');
    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/nhat-ky$/);
    await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
    await page.context().close();
  });
});

describe('a unit officer', () => {
  it('cannot open the administration pages, and the API refuses them', async () => {
    const page = await newPage({ as: 'quynhontay', phone: true });
    for (const path of ['/nguoi-dung', '/don-vi', '/nhat-ky']) {
      await open(page, path);
      expect(await page.locator('.ant-result').innerText()).toContain('không có quyền');
    }
    await screenshot(page, 'forbidden-officer-phone');
    const api = apiAs('quynhontay');
    expect((await api.request('GET', '/users')).status).toBe(403);
    expect(
      (await api.request('POST', '/units', { code: uniq('X'), name: 'Ban Lạ', kind: 'so' })).status,
    ).toBe(403);
    const admin = await apiAs('admin').get('/me');
    expect((await api.request('GET', `/users/${admin.id}`)).status).toBe(403);
    // another unit's history is not theirs to read
    const svh = (await apiAs('sngv').get('/units?q=svhttdl')).items[0];
    await apiAs('admin').patch(`/units/${svh.id}`, { gsoCode: null });
    expect((await api.get(`/audit?entity=unit&entityId=${svh.id}`)).total).toBe(0);
    expect((await apiAs('sngv').get(`/audit?entity=unit&entityId=${svh.id}`)).total).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the unit directory', () => {
  it('finds units without diacritics and marks the focal unit', async () => {
    const page = await newPage({ as: 'sngv' });
    await open(page, '/don-vi');
    await page.getByLabel('Tìm đơn vị').fill('quy nhon tay');
    await page.locator('.ant-table-row', { hasText: 'Phường Quy Nhơn Tây' }).waitFor();
    await settle(page);
    expect(await page.locator('.ant-table-row').count()).toBe(1);
    await page.getByLabel('Tìm đơn vị').fill('ngoai vu');
    const focal = page.locator('.ant-table-row', { hasText: 'Sở Ngoại vụ' });
    await focal.waitFor();
    expect(await focal.innerText()).toContain('Đầu mối');
    // the focal officer reads the directory but has no buttons to change it
    expect(await page.getByRole('button', { name: 'Thêm đơn vị' }).count()).toBe(0);
    await page.context().close();
  });

  it('lets the administrator add a unit, import a CSV after a checked preview, and see both in the log', async () => {
    const page = await newPage({ as: 'admin' });
    await open(page, '/don-vi');
    const code = uniq('BT').toUpperCase();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const drawer = page.locator('.ant-drawer-content-wrapper');
    await drawer.getByLabel('Mã đơn vị').fill(code);
    await drawer.getByLabel('Tên đơn vị').fill(`Ban Thử nghiệm ${code}`);
    await drawer.getByLabel('Loại').click();
    await page.locator('.ant-select-item-option', { hasText: 'Ban, ngành' }).click();
    await drawer.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await drawer.getByTestId('record-history').waitFor();
    expect(await drawer.getByTestId('record-history').innerText()).toContain('Thêm mới');
    await screenshot(page, 'unit-drawer-desktop');
    await page.locator('.ant-drawer-close').click();

    // a CSV with one bad row: the preview lists the row's error and nothing is saved
    const code2 = uniq('BN').toUpperCase();
    const bad = `code,name,short_name,kind\n${code2},Ban Nhập thử,,ban_nganh\n${uniq('X')},Xã Sai Loại,,huyen\n`;
    await page.getByRole('button', { name: 'Nhập từ CSV' }).click();
    const modal = page.locator('.ant-modal-container');
    await modal.getByLabel('Nội dung CSV').fill(bad);
    await modal.getByRole('button', { name: 'Kiểm tra' }).click();
    const errors = modal.getByTestId('import-errors');
    await errors.waitFor();
    const text = await errors.innerText();
    expect(text).toContain('Tệp CSV có 1 lỗi; chưa có gì được lưu.');
    expect(text).toMatch(/3\s+kind\s+Loại "huyen" không hợp lệ/);
    expect(await modal.getByRole('button', { name: /Lưu/ }).isDisabled()).toBe(true);
    await screenshot(page, 'unit-import-errors-desktop');

    // fixed: the preview shows what will happen, then saving adds the unit
    await modal
      .getByLabel('Nội dung CSV')
      .fill(`code,name,short_name,kind\n${code2},Ban Nhập thử,,ban_nganh\n`);
    await modal.getByRole('button', { name: 'Kiểm tra' }).click();
    await modal.getByTestId('import-preview').waitFor();
    expect(await modal.getByTestId('import-preview').innerText()).toContain('sẽ thêm 1');
    expect((await apiAs('admin').get(`/units?q=${code2}`)).total).toBe(0);
    await modal.getByRole('button', { name: 'Lưu 1 thay đổi' }).click();
    await modal.waitFor({ state: 'detached' });
    expect((await apiAs('admin').get(`/units?q=${code2}`)).total).toBe(1);

    // the log shows both changes, with who and what
    await open(page, '/nhat-ky?entity=unit');
    const created = page.locator('.ant-table-row', { hasText: `Ban Thử nghiệm ${code}` });
    await created.waitFor();
    expect(await created.innerText()).toContain('Quản trị hệ thống (admin)');
    expect(await created.innerText()).toContain('Thêm mới');
    const imported = page.locator('.ant-table-row', { hasText: 'Ban Nhập thử' });
    expect(await imported.innerText()).toContain('Nhập từ tệp');
    await created.locator('.ant-table-row-expand-icon').click();
    const diff = page.locator('.ant-table-expanded-row').first();
    await diff.waitFor();
    expect(await diff.innerText()).toContain('Ban, ngành');
    await screenshot(page, 'audit-desktop');
    await page.context().close();
  });

  it('refuses to delete a unit that has records, with the reason in Vietnamese', async () => {
    const page = await newPage({ as: 'admin', phone: true });
    const qnt = (await apiAs('admin').get('/units?q=quy nhon tay')).items[0];
    await open(page, `/don-vi?id=${qnt.id}`);
    await page.getByRole('button', { name: 'Xóa đơn vị' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
    const err = page.getByTestId('unit-action-error');
    await err.waitFor();
    expect(await err.innerText()).toContain('Đơn vị đã có dữ liệu nên không thể xóa');
    await screenshot(page, 'unit-delete-refused-phone');
    await page.context().close();
  });
});
