// In-app notifications: each person reads and marks their own; modules tell people things with
// `notify`, inside the transaction of the change that causes it.
import type { Db } from '../../db/client.js';
import type { MailAttachment, NotificationKind } from '../../db/schema/urging.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { type MailRequest, queueMail } from '../mail/service.js';
import type { NewNotification, Recipient, UnitRoleNotice } from './repo.js';
import * as repo from './repo.js';
import type { MarkReadBody } from './schema.js';

export async function listMine(
  db: Db,
  actor: Actor,
  q: { unread?: 'true' | 'false'; page: number; pageSize: number },
) {
  return repo.listForUser(db, actor.id, { unread: q.unread === 'true', page: q.page, pageSize: q.pageSize });
}

export async function markRead(db: Db, actor: Actor, body: MarkReadBody, now: Date) {
  return db.transaction(async (tx) => {
    const ids = 'all' in body ? 'all' : body.ids;
    const updated = await repo.markRead(tx, actor.id, ids, now);
    if (updated > 0)
      await recordAudit(tx, actor, {
        entity: 'user',
        entityId: actor.id,
        action: 'notifications_read',
        unitId: actor.unitId,
        after: { count: updated, all: ids === 'all' },
      });
    return { updated, unread: await repo.unreadCount(tx, actor.id) };
  });
}

export interface Notice {
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** The e-mail (to those who chose each message): subject and text default to title and body;
   * `false` for in-app only. */
  mail?: { subject?: string; text?: string; attachments?: MailAttachment[] } | false;
  /** Sent once per person and key (a reminder's occurrence): the e-mail key is `key:userId`. */
  key?: string;
}

async function tell(tx: Db, people: Recipient[], noticeFor: (p: Recipient) => Notice | undefined) {
  const rows: NewNotification[] = [];
  const mails: MailRequest[] = [];
  for (const p of people) {
    const n = noticeFor(p);
    if (!n) continue;
    rows.push({
      userId: p.id,
      kind: n.kind,
      title: n.title,
      body: n.body ?? '',
      link: n.link ?? null,
      subjectType: n.subjectType ?? null,
      subjectId: n.subjectId ?? null,
    });
    if (n.mail !== false && p.email && p.emailPref === 'each')
      mails.push({
        to: p.email,
        userId: p.id,
        subject: n.mail?.subject ?? n.title,
        text: n.mail?.text ?? [`Kính gửi ${p.fullName},`, '', n.title, n.body ?? ''].join('\n').trim(),
        link: n.link ?? null,
        attachments: n.mail?.attachments,
        key: n.key ? `${n.key}:${p.id}` : null,
      });
  }
  await queueMail(tx, mails);
  return repo.insertMany(tx, rows);
}

/** Tells these people this (in the app, and by e-mail to those who chose it), in the caller's transaction. */
export async function notify(tx: Db, userIds: string[], notice: Notice) {
  const people = await repo.recipients(tx, [...new Set(userIds)]);
  return tell(tx, people, () => notice);
}

/** Tells every active member of each unit its own notice, in the caller's transaction. */
export async function notifyUnits(tx: Db, notices: Map<string, Notice>) {
  const members = await repo.unitMembers(tx, [...notices.keys()]);
  return tell(tx, members, (m) => notices.get(m.unitId!));
}

/**
 * Tells the people holding `roles` in each unit its notice, for many units in one statement (the
 * reminder sweep: a province of units at once), in the caller's transaction. In-app always;
 * e-mail to those who chose each message, under `key:userId`. Attachments are not carried.
 */
export async function notifyUnitRoles(
  tx: Db,
  notices: { unitId: string; roles: ('officer' | 'head')[]; notice: Notice }[],
) {
  const rows: UnitRoleNotice[] = notices.map(({ unitId, roles, notice: n }) => ({
    unitId,
    roles,
    kind: n.kind,
    title: n.title,
    body: n.body ?? '',
    link: n.link ?? null,
    subjectType: n.subjectType ?? null,
    subjectId: n.subjectId ?? null,
    key: n.key ?? null,
  }));
  return (await repo.insertForUnitRoles(tx, rows)).notices;
}
