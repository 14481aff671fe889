// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText(), not the DOM property
// The submission loop as each person sees it (issue 11 §2): a product sent is not done. The
// assignment reads "Chờ thủ trưởng xác nhận", then "Chờ Sở Ngoại vụ tiếp nhận", its bar never
// green; after a return the bar is no longer full; only the accepted product makes it
// "Hoàn thành", on the day it was sent. And an obstacle (§3): the leader's decision closes it,
// the leader has nothing left to click and it leaves "Chờ tôi xử lý".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, newPage, open, screenshot, uniq } from './harness';

const day = (offset: number) =>
  new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function seed(tag: string) {
  const sngv = apiAs('sngv');
  const doc = await sngv.post('/documents', {
    number: `9/KH-${tag}`,
    issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
    issuedOn: day(0),
  });
  const task = await sngv.post('/tasks', {
    documentId: doc.id,
    title: `Kế hoạch thực hiện ${tag}`,
    dueOn: day(10),
  });
  const ward = await sngv.get('/units?q=quy%20nhon%20tay');
  const r = await sngv.post(`/tasks/${task.id}/assignments`, { unitIds: [ward.items[0].id] });
  return { task, id: r.created[0].id as string };
}

const statusText = async (page: Page) =>
  page.getByTestId('assignment-info').getByTestId('status-tag').innerText();
const bar = (page: Page) => page.getByTestId('assignment-info').getByTestId('assignment-progress');

describe('the product loop in the browser', () => {
  it('sent is waiting, returned is not full, accepted is done', async () => {
    const tag = uniq().toUpperCase();
    const { id } = await seed(tag);
    const ward = apiAs('quynhontay');
    await ward.patch(`/assignments/${id}`, { progress: 60, note: 'Đã dự thảo kế hoạch' });
    await ward.post(`/assignments/${id}/submit`, { productNumber: `45/KH-${tag}` });

    const officer = await newPage({ as: 'quynhontay' });
    await open(officer, `/giao-viec/${id}`);
    expect(await statusText(officer)).toBe('Chờ thủ trưởng xác nhận');
    expect(await bar(officer).getAttribute('data-done')).toBe('false');
    expect(await officer.getByTestId('next-step').innerText()).toContain('Thủ trưởng đơn vị xác nhận');
    expect(await officer.getByText('Hoàn thành').count()).toBe(0);
    await screenshot(officer, 'workflow-submitted-desktop', { fullPage: true });

    await apiAs('quynhontay.tt').post(`/assignments/${id}/confirm`, {});
    await open(officer, `/giao-viec/${id}`);
    expect(await statusText(officer)).toBe('Chờ Sở Ngoại vụ tiếp nhận');

    // the lists say the same, and their status filter offers the waiting states
    const sngvPage = await newPage({ as: 'sngv' });
    await open(sngvPage, `/giao-viec?status=awaiting_acceptance&q=${encodeURIComponent(tag)}`);
    const rows = sngvPage.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('Chờ Sở Ngoại vụ tiếp nhận');

    // returned: work again, the bar back to what the unit had reported
    await apiAs('sngv').post(`/assignments/${id}/return`, { reason: 'Kế hoạch chưa bảo đảm "6 rõ"' });
    const phone = await newPage({ as: 'quynhontay', phone: true });
    await open(phone, `/giao-viec/${id}`);
    expect(await statusText(phone)).toBe('Đang thực hiện trong hạn');
    expect(await bar(phone).getAttribute('aria-label')).toContain('60 %');
    await screenshot(phone, 'workflow-returned-phone', { fullPage: true });

    // resent, confirmed, accepted: done, on the day it was sent
    await ward.post(`/assignments/${id}/submit`, { productNumber: `52/KH-${tag}` });
    await apiAs('quynhontay.tt').post(`/assignments/${id}/confirm`, {});
    await apiAs('sngv').post(`/assignments/${id}/accept`, {});
    await open(officer, `/giao-viec/${id}`);
    expect(await statusText(officer)).toBe('Hoàn thành đúng hạn');
    expect(await bar(officer).getAttribute('data-done')).toBe('true');
    expect(await officer.getByText('Ngày hoàn thành').count()).toBe(1);
    await screenshot(officer, 'workflow-accepted-desktop', { fullPage: true });
  });
});

describe('an obstacle decided by the leader', () => {
  it('is closed by the decision: resolved, no buttons left, out of the queue', async () => {
    const tag = uniq().toUpperCase();
    const { id: assignmentId } = await seed(tag);
    const o = await apiAs('quynhontay').post('/obstacles', {
      subjectType: 'assignment',
      subjectId: assignmentId,
      description: `Thiếu kinh phí tổ chức hội nghị ${tag}`,
      proposal: 'Đề nghị UBND tỉnh bổ sung kinh phí',
    });
    await apiAs('sngv').post(`/obstacles/${o.id}/escalate`, { text: 'Vượt thẩm quyền của Sở' });

    // the phone first: the queue before the decision; then the decision on a desktop
    for (const phone of [true, false]) {
      const leader = await newPage({ as: 'lanhdao', phone });
      await open(leader, '/vuong-mac?xem=cho');
      const row = leader.getByText(`Thiếu kinh phí tổ chức hội nghị ${tag}`).first();
      await row.waitFor();
      if (phone) {
        await screenshot(leader, 'obstacle-queue-phone', { fullPage: true });
        continue;
      }
      await row.click();
      expect(await leader.getByTestId('obstacle-next-step').innerText()).toContain(
        'Chờ lãnh đạo UBND tỉnh quyết định',
      );
      expect(await leader.getByTestId('obstacle-resolve').count()).toBe(0);
      await leader.getByTestId('obstacle-text').fill('Giao Sở Tài chính bố trí kinh phí trong quý');
      await leader.getByTestId('obstacle-decide').click();
      await leader.getByTestId('obstacle-next-step').getByText('Đã giải quyết').waitFor();
      const drawer = leader.locator('.ant-drawer-content-wrapper');
      expect(await drawer.getByText('Đã giải quyết').count()).toBeGreaterThan(0);
      for (const b of ['obstacle-decide', 'obstacle-escalate', 'obstacle-resolve', 'obstacle-respond'])
        expect(await leader.getByTestId(b).count()).toBe(0);
      await screenshot(leader, 'obstacle-decided-desktop');
      await leader.keyboard.press('Escape');
      // out of the leader's queue, in the resolved ones
      await open(leader, '/vuong-mac?xem=cho');
      expect(await leader.getByText(`Thiếu kinh phí tổ chức hội nghị ${tag}`).count()).toBe(0);
      await open(leader, '/vuong-mac?xem=xong');
      await leader.getByText(`Thiếu kinh phí tổ chức hội nghị ${tag}`).first().waitFor();
    }
    expect(await apiAs('sngv').get(`/obstacles/${o.id}`)).toMatchObject({
      status: 'resolved',
      resolution: 'Giao Sở Tài chính bố trí kinh phí trong quý',
    });
  });
});
