// The one sender: takes due messages from the outbox and hands them to SMTP (nodemailer). Any
// number of app servers may run it at once: each message is leased to one of them while it is
// sent, and a lease that runs out (the server died) lets another take it again.
import type { Transporter } from 'nodemailer';
import type { MailSettings } from '../../config.js';
import type { Db } from '../../db/client.js';
import * as repo from './repo.js';

/** Minutes before the next attempt, after the 1st, 2nd… failed one; then the message fails. */
export const RETRY_DELAYS_MIN = [1, 5, 15, 60, 180, 360, 720];
export const MAX_ATTEMPTS = RETRY_DELAYS_MIN.length + 1;
const LEASE_MS = 2 * 60_000;

const FOOTER =
  '\n\n—\nHệ thống theo dõi, đôn đốc nhiệm vụ đối ngoại — Sở Ngoại vụ tỉnh Gia Lai.\nThư gửi tự động, vui lòng không trả lời thư này.';

export function composeText(row: Pick<repo.MailRow, 'text' | 'link'>, publicUrl: string) {
  const link = row.link ? `\n\nXem chi tiết: ${publicUrl}${row.link}` : '';
  return `${row.text}${link}${FOOTER}`;
}

/** A refusal the server will repeat (5xx): no point trying again. */
function isPermanent(err: { responseCode?: number }) {
  return typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode < 600;
}

export interface MailSender {
  /** Sends what is due at `now`; returns how many were sent and how many failed this round. */
  sendDue(now: Date, limit?: number): Promise<{ sent: number; failed: number }>;
  close(): void;
}

export function createMailSender(db: Db, settings: MailSettings, transport?: Transporter): MailSender | null {
  if (!settings.smtpUrl && !transport) return null;
  // nodemailer (15 MB of memory) is loaded when there is a first message to send
  let smtp: Transporter | undefined = transport;
  const smtpOf = async () => {
    smtp ??= (await import('nodemailer')).default.createTransport(settings.smtpUrl!);
    return smtp;
  };
  return {
    async sendDue(now, limit = 20) {
      const batch = await repo.claimDue(db, now, new Date(now.getTime() + LEASE_MS), limit);
      let sent = 0;
      let failed = 0;
      for (const row of batch) {
        try {
          const files = await repo.attachmentContents(
            db,
            row.attachments.map((a) => a.fileId),
          );
          const info = await (await smtpOf()).sendMail({
            from: settings.from,
            to: row.toAddress,
            subject: row.subject,
            text: composeText(row, settings.publicUrl),
            headers: { 'X-Doingoai-Message': row.id },
            attachments: row.attachments.map((a) => {
              const f = files.find((x) => x.id === a.fileId);
              return { filename: a.filename, content: f?.content ?? Buffer.alloc(0), contentType: f?.mime };
            }),
          });
          await repo.markSent(db, row.id, new Date(), String(info.response ?? ''), info.messageId ?? null);
          sent++;
        } catch (e) {
          const err = e as Error & { responseCode?: number; response?: string };
          const attempts = row.attempts + 1;
          const last = attempts >= MAX_ATTEMPTS || isPermanent(err);
          const delay = RETRY_DELAYS_MIN[Math.min(attempts, RETRY_DELAYS_MIN.length) - 1]!;
          await repo.markFailedAttempt(db, row.id, {
            state: last ? 'failed' : 'retrying',
            nextAttemptAt: new Date(now.getTime() + delay * 60_000),
            response: (err.response ?? err.message ?? String(e)).slice(0, 2000),
          });
          failed++;
        }
      }
      return { sent, failed };
    },
    close() {
      smtp?.close();
    },
  };
}
