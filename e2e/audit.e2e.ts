// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The audit log reads in Vietnamese: every action, field and value labelled, each row naming its
// record and linking to it; a leader's answer does not show fields as erased.
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, uniq } from './harness';

/** Code words the log must never show (field names, raw codes, ids). */
const CODE_WORDS =
  /\b(resource\.create|milestone\.create|review\.create|unitName|raisedByName|subjectTitle|plannedVnd|provincial|confirmed|returned|leadUnitId)\b|[0-9a-f]{8}-[0-9a-f]{4}-/;

describe('audit log in Vietnamese', () => {
  it('names each change and its record, with values as the app shows them', async () => {
    const tag = uniq();
    const sngv = apiAs('sngv');
    const svh = (await sngv.get('/units?q=van hoa the thao')).items[0];
    const c = await sngv.post('/commitments', {
      title: `Thỏa thuận nhật ký ${tag}`,
      form: 'mou',
      partner: 'Tỉnh Gyeonggi',
      partnerKind: 'locality',
      country: 'Hàn Quốc',
      field: 'culture',
      leadUnitId: svh.id,
    });
    await sngv.post(`/commitments/${c.id}/milestones`, {
      title: `Mốc nhật ký ${tag}`,
      weight: 2,
      unitId: svh.id,
    });
    await sngv.post(`/commitments/${c.id}/resources`, {
      unitId: svh.id,
      source: 'provincial',
      plannedVnd: 150_000_000,
    });
    const o = await apiAs('svhttdl').post('/obstacles', {
      subjectType: 'commitment',
      subjectId: c.id,
      description: `Chưa bố trí kinh phí đối ứng ${tag}`,
    });
    await sngv.post(`/obstacles/${o.id}/respond`, { text: 'Đề nghị Sở Tài chính bố trí trong dự toán' });

    for (const phone of [false, true]) {
      const page = await newPage({ as: 'sngv', phone });
      await open(page, `/nhat-ky?entity=commitment&entityId=${c.id}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Thêm nguồn lực');
      expect(text).toContain('Thêm mốc lộ trình');
      expect(text).toContain(`Cam kết, thỏa thuận: Thỏa thuận nhật ký ${tag}`);
      expect(text).toContain(`Mốc: Mốc nhật ký ${tag}`);
      expect(text).not.toMatch(CODE_WORDS);
      // each row names its record and links to its page
      await expect
        .poll(() => page.getByTestId('audit-record').first().getAttribute('href'))
        .toBe(`/cam-ket/${c.id}`);
      await page.getByText('Thêm nguồn lực').first().click();
      const expanded = await page.locator('.ant-table-expanded-row').first().innerText();
      expect(expanded).toContain('150.000.000 đồng');
      expect(expanded).toContain('Sở Văn hóa, Thể thao và Du lịch');
      expect(expanded).toContain('Nguồn kinh phí');
      expect(expanded).not.toMatch(CODE_WORDS);
      await screenshot(page, `audit-commitment-${phone ? 'phone' : 'desktop'}`);

      // the answer to the obstacle shows what changed, not names turning into "—"
      await open(page, `/nhat-ky?entity=obstacle&entityId=${o.id}`);
      const rows = await page.locator('main').innerText();
      expect(rows).toContain('Trả lời, cho ý kiến');
      expect(rows).toContain(`Vướng mắc: Chưa bố trí kinh phí đối ứng ${tag}`);
      await page.getByText('Trả lời, cho ý kiến').first().click();
      const answer = await page.locator('.ant-table-expanded-row').first().innerText();
      expect(answer).toContain('Ngày trả lời');
      // only the answer's date changed: unit, raiser and subject are not shown turning into "—"
      expect(answer).toMatch(/Ngày trả lời\s+—\s+\d{2}\/\d{2}\/\d{4}/);
      expect(answer).not.toMatch(/Người nêu|Đơn vị|Nhiệm vụ, cam kết/);
      expect(answer).not.toMatch(CODE_WORDS);
      await screenshot(page, `audit-obstacle-${phone ? 'phone' : 'desktop'}`);
    }
  });

  it('offers every action in the filter, and logs locking an account as such', async () => {
    const admin = apiAs('admin');
    const user = (await admin.get('/users?q=svhttdl')).items[0];
    await admin.patch(`/users/${user.id}`, { active: false });
    await admin.patch(`/users/${user.id}`, { active: true });
    const page = await newPage({ as: 'admin' });
    await open(page, `/nhat-ky?entity=user&entityId=${user.id}`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Khóa tài khoản');
    expect(text).toContain('Mở khóa tài khoản');
    const filter = page.locator('.ant-select', { hasText: 'Thao tác' });
    for (const label of [
      'Trả lại',
      'Tiếp nhận',
      'Xác nhận',
      'Nêu vướng mắc',
      'Chuyển lên cấp trên',
      'Khóa tài khoản',
    ]) {
      await filter.click();
      await page.keyboard.type(label);
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', {
          hasText: new RegExp(`^${label}$`),
        })
        .waitFor();
      await page.keyboard.press('Escape');
    }
    await screenshot(page, 'audit-actions-filter');
  });
});
