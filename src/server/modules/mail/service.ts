// The outbox as the administrator sees it, a person's e-mail preference, and `queueMail`: how a
// module asks for an e-mail, inside its own transaction (no module talks to SMTP).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { MailAttachment } from '../../db/schema/urging.js';
import { type EmailPref, users } from '../../db/schema/users.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { mailPolicy } from './policy.js';
import * as repo from './repo.js';

export interface MailRequest {
  to: string;
  userId?: string | null;
  subject: string;
  text: string;
  link?: string | null;
  attachments?: MailAttachment[];
  /** At most one message per key, ever (a reminder, a digest). */
  key?: string | null;
}

export async function queueMail(tx: Db, mails: MailRequest[], now?: Date) {
  return repo.enqueue(
    tx,
    mails.map((m) => ({
      key: m.key ?? null,
      userId: m.userId ?? null,
      toAddress: m.to,
      subject: m.subject,
      text: m.text,
      link: m.link ?? null,
      attachments: m.attachments ?? [],
      ...(now ? { nextAttemptAt: now, createdAt: now } : {}),
    })),
  );
}

export async function listOutbox(db: Db, actor: Actor, q: Parameters<typeof repo.listOutbox>[1]) {
  mailPolicy.assertAdmin(actor);
  const { rows, total, byState } = await repo.listOutbox(db, q);
  const counts = { queued: 0, sending: 0, sent: 0, retrying: 0, failed: 0 };
  for (const s of byState) counts[s.state] = s.n;
  return { rows, total, counts };
}

/** A failed message, tried again from now (e.g. after the address was corrected). */
export async function retryMail(db: Db, actor: Actor, id: string, now: Date) {
  mailPolicy.assertAdmin(actor);
  return db.transaction(async (tx) => {
    const current = await repo.findMail(tx, id);
    if (!current) throw new AppError('MAIL_NOT_FOUND');
    const row = await repo.requeue(tx, id, now);
    if (!row) throw new AppError('MAIL_NOT_FAILED');
    await recordAudit(tx, actor, {
      entity: 'mail',
      entityId: id,
      action: 'retry',
      before: { state: current.state, attempts: current.attempts },
      after: { state: row.state },
    });
    return row;
  });
}

export async function getEmailPref(db: Db, actor: Actor) {
  const [u] = await db
    .select({ email: users.email, emailPref: users.emailPref })
    .from(users)
    .where(eq(users.id, actor.id));
  return u!;
}

/** Each person chooses what reaches them by e-mail; in-app notifications are always on. */
export async function setEmailPref(db: Db, actor: Actor, emailPref: EmailPref) {
  return db.transaction(async (tx) => {
    const before = await getEmailPref(tx, actor);
    await tx.update(users).set({ emailPref, updatedAt: new Date() }).where(eq(users.id, actor.id));
    if (before.emailPref !== emailPref)
      await recordAudit(tx, actor, {
        entity: 'user',
        entityId: actor.id,
        action: 'update',
        unitId: actor.unitId,
        before: { emailPref: before.emailPref },
        after: { emailPref },
      });
    return { email: before.email, emailPref };
  });
}
