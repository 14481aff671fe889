// SQL of the outbox: enqueue (once per key), claim due messages with a lease, record the outcome.
import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { files } from '../../db/schema/files.js';
import { type MailState, mailOutbox } from '../../db/schema/urging.js';

export type MailRow = typeof mailOutbox.$inferSelect;
export type NewMail = typeof mailOutbox.$inferInsert;

/** Inserts the messages; one whose key is already in the outbox is skipped. */
export async function enqueue(db: Db, rows: NewMail[]) {
  if (!rows.length) return [];
  return db.insert(mailOutbox).values(rows).onConflictDoNothing().returning({ id: mailOutbox.id });
}

/**
 * Takes up to `limit` messages due at `now` (queued ones at once, retrying ones when their next
 * attempt has come, sending ones whose lease ran out)
 * and leases them until `leaseUntil`: two servers never take the same message at once.
 */
export async function claimDue(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<MailRow[]> {
  const res = await db.execute(sql`
    update mail_outbox set state = 'sending', locked_until = ${leaseUntil.toISOString()}
    where id in (
      select id from mail_outbox
      where state = 'queued'
         or (state = 'retrying' and next_attempt_at <= ${now.toISOString()})
         or (state = 'sending' and locked_until < ${now.toISOString()})
      order by created_at
      limit ${limit}
      for update skip locked
    )
    returning id`);
  const ids = rowsOf<{ id: string }>(res).map((r) => r.id);
  if (!ids.length) return [];
  return db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
}

export async function markSent(db: Db, id: string, at: Date, response: string, messageId: string | null) {
  await db
    .update(mailOutbox)
    .set({
      state: 'sent',
      sentAt: at,
      lockedUntil: null,
      lastResponse: response,
      messageId,
      attempts: sql`${mailOutbox.attempts} + 1`,
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.state, 'sending')));
}

export async function markFailedAttempt(
  db: Db,
  id: string,
  next: { state: 'retrying' | 'failed'; nextAttemptAt: Date; response: string },
) {
  await db
    .update(mailOutbox)
    .set({
      state: next.state,
      nextAttemptAt: next.nextAttemptAt,
      lockedUntil: null,
      lastResponse: next.response,
      attempts: sql`${mailOutbox.attempts} + 1`,
    })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.state, 'sending')));
}

export async function attachmentContents(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: files.id, content: files.content, mime: files.mime })
    .from(files)
    .where(inArray(files.id, ids));
}

export async function listOutbox(
  db: Db,
  q: { state?: MailState; q?: string; page: number; pageSize: number },
) {
  const where: SQL | undefined = and(
    q.state ? eq(mailOutbox.state, q.state) : undefined,
    q.q
      ? or(
          ilike(mailOutbox.toAddress, `%${q.q.replace(/[%_\\]/g, '\\$&')}%`),
          ilike(mailOutbox.subject, `%${q.q.replace(/[%_\\]/g, '\\$&')}%`),
        )
      : undefined,
  );
  const [rows, [total], byState] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(mailOutbox).where(where),
    db.select({ state: mailOutbox.state, n: count() }).from(mailOutbox).groupBy(mailOutbox.state),
  ]);
  return { rows, total: total?.n ?? 0, byState };
}

export async function findMail(db: Db, id: string) {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

export async function requeue(db: Db, id: string, now: Date) {
  const [row] = await db
    .update(mailOutbox)
    .set({ state: 'queued', nextAttemptAt: now, lockedUntil: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.state, 'failed')))
    .returning();
  return row;
}
