// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The bell on every page: a ward officer sees the task just given to the ward, opens it from the
// bell, and the count goes down; the notifications page lists everything with links.
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, settle, uniq } from './harness';

describe('notifications', () => {
  it('a unit officer is told of a new task in the bell and opens it', async () => {
    const tag = uniq();
    const sngv = apiAs('sngv');
    const ward = (await sngv.get('/units?q=quy nhon tay')).items[0];
    const doc = await sngv.post('/documents', {
      number: `${tag}/KH-UBND`,
      type: 'Kế hoạch',
      issuer: 'UBND tỉnh Gia Lai',
      issuedOn: '2026-01-10',
      summary: `Kế hoạch thông báo ${tag}`,
    });
    const task = await sngv.post('/tasks', {
      documentId: doc.id,
      title: `Báo cáo công tác đối ngoại ${tag}`,
      leadUnitId: ward.id,
      dueOn: '2026-12-15',
    });
    const { created } = await sngv.post(`/tasks/${task.id}/assignments`, { unitIds: [ward.id] });
    const unread = (await apiAs('quynhontay').get('/notifications')).unread;

    for (const phone of [true, false]) {
      const page = await newPage({ as: 'quynhontay', phone });
      await open(page, '/van-ban');
      const bell = page.getByTestId('notification-bell');
      await expect.poll(() => bell.getAttribute('aria-label')).toBe(`Thông báo: ${unread} chưa đọc`);
      await bell.click();
      if (phone) {
        // on a phone the bell opens the page of notifications
        await expect.poll(() => new URL(page.url()).pathname).toBe('/thong-bao');
        await expect
          .poll(() => page.locator('main').innerText())
          .toContain(`Báo cáo công tác đối ngoại ${tag}`);
        await settle(page);
        await screenshot(page, 'notifications-phone');
        continue;
      }
      const pop = page.locator('.ant-popover');
      await expect.poll(() => pop.innerText()).toContain('Thông báo');
      await screenshot(page, 'notifications-bell');
      // mark everything read, then a new task arrives and shows up
      await pop.getByText('Đánh dấu tất cả đã đọc').click();
      await expect.poll(async () => (await apiAs('quynhontay').get('/notifications')).unread).toBe(0);
      const task2 = await sngv.post('/tasks', {
        documentId: doc.id,
        title: `Tổng hợp ý kiến ${tag}`,
        leadUnitId: ward.id,
        dueOn: '2026-11-30',
      });
      const second = await sngv.post(`/tasks/${task2.id}/assignments`, { unitIds: [ward.id] });
      await page.reload();
      await expect.poll(() => bell.getAttribute('aria-label')).toBe('Thông báo: 1 chưa đọc');
      await bell.click();
      await page.locator('.ant-popover').getByText(`Nhiệm vụ mới được giao: Tổng hợp ý kiến ${tag}`).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/giao-viec/${second.created[0].id}`);
      await expect.poll(async () => (await apiAs('quynhontay').get('/notifications')).unread).toBe(0);
      // the page of all notifications links to each record
      await open(page, '/thong-bao');
      const text = await page.locator('main').innerText();
      expect(text).toContain(`Nhiệm vụ mới được giao: Báo cáo công tác đối ngoại ${tag}`);
      expect(text).toContain('Thời hạn: 15/12/2026.');
      expect(text).toContain('Giao nhiệm vụ');
      expect(
        await page
          .getByRole('link', { name: `Nhiệm vụ mới được giao: Báo cáo công tác đối ngoại ${tag}` })
          .getAttribute('href'),
      ).toBe(`/giao-viec/${created[0].id}`);
      await screenshot(page, 'notifications-page');
    }
  });

  it('the administrator reads the outbox; a person chooses what reaches them by e-mail', async () => {
    const tag = uniq();
    const admin = apiAs('admin');
    const me = await apiAs('svhttdl').get('/me');
    await admin.patch(`/users/${me.id}`, { email: `canbo.${tag}@gialai.test` });
    const sngv = apiAs('sngv');
    const doc = await sngv.post('/documents', {
      number: `${tag}/CV-SNgV`,
      issuer: 'Sở Ngoại vụ',
      issuedOn: '2026-02-01',
    });
    const task = await sngv.post('/tasks', {
      documentId: doc.id,
      title: `Góp ý dự thảo quy chế ${tag}`,
      dueOn: '2026-12-10',
    });
    await sngv.post(`/tasks/${task.id}/assignments`, { unitIds: [me.unit.id] });
    for (const phone of [false, true]) {
      const page = await newPage({ as: 'admin', phone });
      await open(page, `/thu-di?q=${tag}`);
      await expect.poll(() => page.locator('main').innerText()).toContain(`canbo.${tag}@gialai.test`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Chưa cấu hình máy chủ thư (SMTP_URL)');
      expect(text).toContain(`Nhiệm vụ mới được giao: Góp ý dự thảo quy chế ${tag}`);
      expect(text).toContain('Chờ gửi');
      await screenshot(page, `outbox${phone ? '-phone' : ''}`);
    }
    const page = await newPage({ as: 'svhttdl' });
    await open(page, '/tai-khoan');
    await page.getByText('Một thư tổng hợp lúc 07:30 mỗi ngày').click();
    await expect.poll(async () => (await apiAs('svhttdl').get('/mail/preference')).emailPref).toBe('digest');
    await screenshot(page, 'account-email-pref');
    await apiAs('svhttdl').request('PUT', '/mail/preference', { emailPref: 'each' });
  });

  it('the administrator sees and keeps the reminder rules', async () => {
    for (const phone of [false, true]) {
      const page = await newPage({ as: 'admin', phone });
      await open(page, '/quy-tac-nhac-han');
      await expect.poll(() => page.locator('main').innerText()).toContain('Nhắc trước hạn (số ngày)');
      const text = await page.locator('main').innerText();
      expect(text).toContain('Báo cả thủ trưởng đơn vị sau số lần nhắc quá hạn');
      expect(text).toContain('07:30');
      await screenshot(page, `reminder-rules${phone ? '-phone' : ''}`);
    }
  });
});
