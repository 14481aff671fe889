// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// Report rounds in the browser: Sở Ngoại vụ opens a half-year round for a directive and the
// commitments, addressed to the departments and the communes and wards; Quy Nhơn Tây finds its
// report pre-filled, writes it, its head approves; Sở Ngoại vụ returns it, the ward resubmits,
// Sở Ngoại vụ accepts it and sees every unit's status.
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, uniq } from './harness';

describe('report rounds', () => {
  it('from opening a round to the accepted report of a ward', async () => {
    const tag = uniq();
    const sngv = apiAs('sngv');
    const qnt = (await sngv.get('/units?q=quy nhon tay')).items[0];
    const year = new Date().getFullYear();
    const doc = await sngv.post('/documents', {
      number: `${tag.slice(-4)}/UBND-NV`,
      issuer: 'Ủy ban nhân dân tỉnh',
      issuedOn: `${year}-01-10`,
      summary: `Triển khai Kế hoạch 34-KH/TU ${tag}`,
    });
    const task = await sngv.post('/tasks', {
      documentId: doc.id,
      title: `Ban hành kế hoạch thực hiện ${tag}`,
      leadUnitId: qnt.id,
      personInCharge: 'Chủ tịch UBND phường',
      dueOn: `${year}-03-15`,
      responsibility: 'Chủ trì',
      product: 'Kế hoạch',
      authority: 'Chủ tịch UBND phường',
    });
    await sngv.post(`/tasks/${task.id}/assignments`, { unitIds: [qnt.id] });
    const round = await sngv.post('/report-rounds', {
      title: `Báo cáo 6 tháng đầu năm ${year} ${tag}`,
      kind: 'ad_hoc',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-01-31`,
      dueOn: `${year + 1}-01-31`,
      documentIds: [doc.id],
      includeCommitments: true,
      groups: ['so_ban_nganh', 'xa_phuong'],
    });
    expect(round.required).toBeGreaterThan(100);
    const mine = (await apiAs('quynhontay').get(`/report-rounds/${round.id}`)).mySubmissionId;

    const ward = await newPage({ as: 'quynhontay' });
    await open(ward, `/bao-cao-don-vi/${mine}`);
    expect(await ward.locator('main').innerText()).toContain(`Ban hành kế hoạch thực hiện ${tag}`);
    await ward.getByLabel('I. KẾT QUẢ ĐẠT ĐƯỢC').fill('Phường đã ban hành kế hoạch và tổ chức quán triệt.');
    await ward.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await ward.getByText('Đã lưu bản nháp báo cáo.').waitFor();
    await screenshot(ward, 'report-submission');
    await ward.getByRole('button', { name: 'Nộp báo cáo để thủ trưởng duyệt' }).click();
    await ward.getByText('Đơn vị nộp sản phẩm').first().waitFor();

    const head = await newPage({ as: 'quynhontay.tt' });
    await open(head, `/bao-cao-don-vi/${mine}`);
    await head.getByRole('button', { name: 'Duyệt và gửi Sở Ngoại vụ' }).click();
    await head.getByText('Thủ trưởng xác nhận').first().waitFor();

    const focal = await newPage({ as: 'sngv' });
    await open(focal, `/bao-cao-don-vi/${mine}`);
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

    await open(focal, `/ky-bao-cao/${round.id}`);
    const text = await focal.locator('main').innerText();
    expect(text).toContain('Phường Quy Nhơn Tây');
    expect(text).toContain('Đã tiếp nhận');
    await screenshot(focal, 'report-round', { fullPage: false });
    await open(focal, '/ky-bao-cao');
    expect(await focal.locator('main').innerText()).toContain(round.title);
    await screenshot(focal, 'report-rounds');
  });
});
