import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../db/schema/urging.js';
import { createTestApp } from '../../test/harness.js';
import { startTestSmtp } from '../../test/smtp.js';
import { buildAssignments } from '../assignments/factories.js';
import { createMailSender, MAX_ATTEMPTS } from './sender.js';

const t = await createTestApp({ today: '2026-03-01' });
const smtp = await startTestSmtp();
afterAll(() => smtp.close());
const settings = {
  smtpUrl: smtp.url,
  from: 'Sở Ngoại vụ Gia Lai <theodoi@sngv.test>',
  publicUrl: 'https://theodoi.sngv.test',
};

async function setUser(username: string, patch: Record<string, unknown>) {
  const u = await t.actor(username);
  const res = await t.api('admin', 'PATCH', `/api/users/${u.id}`, patch);
  expect(res.statusCode).toBe(200);
  return res.json();
}
const outbox = async (query = '') => (await t.api('admin', 'GET', `/api/mail/outbox${query}`)).json();
const mailTo = async (address: string) =>
  t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address));

describe('the outbox', () => {
  it('keeps mail queued while no SMTP server is configured, visible to the administrator only', async () => {
    await setUser('quynhontay', { email: 'canbo.quynhontay@gialai.test' });
    const { ids } = await buildAssignments(t, ['21589'], {
      title: 'Báo cáo tình hình thực hiện quy chế đối ngoại',
    });
    const list = await outbox('?q=canbo.quynhontay');
    expect(list.smtpConfigured).toBe(false);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      toAddress: 'canbo.quynhontay@gialai.test',
      subject: 'Nhiệm vụ mới được giao: Báo cáo tình hình thực hiện quy chế đối ngoại',
      state: 'queued',
      attempts: 0,
      link: `/giao-viec/${ids['21589']}`,
    });
    expect(list.counts.queued).toBeGreaterThanOrEqual(1);
    for (const who of ['sngv', 'quynhontay', 'lanhdao'])
      expect((await t.api(who, 'GET', '/api/mail/outbox')).statusCode).toBe(403);
    // no sender without SMTP: nothing leaves, nothing is lost
    expect(createMailSender(t.db, { ...settings, smtpUrl: undefined })).toBeNull();
  });

  it('sends what waited once SMTP is set: Vietnamese subject, dates dd/mm/yyyy, a link into the product', async () => {
    const sender = createMailSender(t.db, settings)!;
    await sender.sendDue(t.clock.now(), 500);
    sender.close();
    const [row] = await mailTo('canbo.quynhontay@gialai.test');
    expect(row).toMatchObject({ state: 'sent', attempts: 1 });
    expect(row!.lastResponse).toMatch(/^250/);
    const got = smtp.received.find((m) => m.subject?.includes('quy chế đối ngoại'))!;
    expect(got.subject).toBe('Nhiệm vụ mới được giao: Báo cáo tình hình thực hiện quy chế đối ngoại');
    expect(got.from?.text).toContain('Sở Ngoại vụ Gia Lai');
    expect(got.text).toContain('Kính gửi Cán bộ phường Quy Nhơn Tây,');
    expect(got.text).toContain('Thời hạn: 15/03/2026.');
    expect(got.text).toContain(`Xem chi tiết: https://theodoi.sngv.test${row!.link}`);
    // sending again sends nothing twice
    const again = createMailSender(t.db, settings)!;
    expect(await again.sendDue(t.clock.now(), 500)).toEqual({ sent: 0, failed: 0 });
    again.close();
  });

  it('retries a refused message with backoff, fails a permanent refusal, shows the server’s answer', async () => {
    await setUser('svhttdl', { email: 'tamloi.svhttdl@gialai.test' });
    await setUser('svhttdl.tt', { email: 'khongton.giamdoc@gialai.test' });
    await buildAssignments(t, ['SVHTTDL'], { title: 'Tổng kết công tác ngoại vụ năm 2025' });
    const now = t.clock.now();
    const sender = createMailSender(t.db, settings)!;
    await sender.sendDue(now, 500);
    const [busy] = await mailTo('tamloi.svhttdl@gialai.test');
    expect(busy).toMatchObject({ state: 'retrying', attempts: 1 });
    expect(busy!.lastResponse).toContain('Mailbox busy');
    expect(busy!.nextAttemptAt.getTime() - now.getTime()).toBe(60_000);
    const [gone] = await mailTo('khongton.giamdoc@gialai.test');
    expect(gone).toMatchObject({ state: 'failed', attempts: 1 });
    expect(gone!.lastResponse).toContain('No such user here');
    // not due yet: left alone; then each attempt waits longer, until the last one fails
    expect((await sender.sendDue(new Date(now.getTime() + 30_000), 500)).failed).toBe(0);
    let at = now.getTime();
    for (let n = 2; n <= MAX_ATTEMPTS; n++) {
      const [r] = await mailTo('tamloi.svhttdl@gialai.test');
      at = r!.nextAttemptAt.getTime();
      await sender.sendDue(new Date(at), 500);
    }
    const [last] = await mailTo('tamloi.svhttdl@gialai.test');
    expect(last).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS });
    sender.close();
    const failed = await outbox('?state=failed');
    expect(failed.items.map((m: { toAddress: string }) => m.toAddress)).toEqual(
      expect.arrayContaining(['tamloi.svhttdl@gialai.test', 'khongton.giamdoc@gialai.test']),
    );
    expect(failed.items[0].lastResponse).toMatch(/\S/);

    // the administrator corrects the address and sends again
    await setUser('svhttdl.tt', { email: 'giamdoc.svhttdl@gialai.test' });
    const retry = await t.api('admin', 'POST', `/api/mail/outbox/${gone!.id}/retry`);
    expect(retry.json()).toMatchObject({ state: 'queued' });
    expect((await t.api('admin', 'POST', `/api/mail/outbox/${gone!.id}/retry`)).json().error.code).toBe(
      'MAIL_NOT_FAILED',
    );
    expect((await t.api('sngv', 'POST', `/api/mail/outbox/${gone!.id}/retry`)).statusCode).toBe(403);
  });

  it('each person chooses: each message, a daily digest, or none (in the app always)', async () => {
    expect((await t.api('quynhontay', 'GET', '/api/mail/preference')).json()).toEqual({
      email: 'canbo.quynhontay@gialai.test',
      emailPref: 'each',
    });
    const put = await t.api('quynhontay', 'PUT', '/api/mail/preference', { emailPref: 'none' });
    expect(put.json()).toEqual({ email: 'canbo.quynhontay@gialai.test', emailPref: 'none' });
    await setUser('quynhontay.tt', { email: 'chutich.quynhontay@gialai.test', emailPref: 'digest' });
    const before = (await mailTo('canbo.quynhontay@gialai.test')).length;
    const unread = (await t.api('quynhontay', 'GET', '/api/notifications')).json().unread;
    await buildAssignments(t, ['21589'], { title: 'Rà soát thỏa thuận quốc tế' });
    expect((await mailTo('canbo.quynhontay@gialai.test')).length).toBe(before);
    expect(await mailTo('chutich.quynhontay@gialai.test')).toEqual([]);
    expect((await t.api('quynhontay', 'GET', '/api/notifications')).json().unread).toBe(unread + 1);
    expect((await t.api('quynhontay', 'PUT', '/api/mail/preference', { emailPref: 'sms' })).statusCode).toBe(
      400,
    );
  });
});
