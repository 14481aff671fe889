// In-app notifications: each person reads and marks their own; modules tell people things with
// `notify`, inside the transaction of the change that causes it.
import type { Db } from '../../db/client.js';
import type { NotificationKind } from '../../db/schema/urging.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
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
    const { unread } = await repo.listForUser(tx, actor.id, { page: 1, pageSize: 1 });
    return { updated, unread };
  });
}

export interface Notice {
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
}

/** Tells these people this, in the caller's transaction. */
export async function notify(tx: Db, userIds: string[], notice: Notice) {
  const unique = [...new Set(userIds)];
  return repo.insertMany(
    tx,
    unique.map((userId) => ({
      userId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body ?? '',
      link: notice.link ?? null,
      subjectType: notice.subjectType ?? null,
      subjectId: notice.subjectId ?? null,
    })),
  );
}

/** Tells every active member of each unit its own notice, in the caller's transaction. */
export async function notifyUnits(tx: Db, notices: Map<string, Notice>) {
  const members = await repo.unitMembers(tx, [...notices.keys()]);
  const rows = members.flatMap((m) => {
    const n = notices.get(m.unitId!);
    return n
      ? [
          {
            userId: m.id,
            kind: n.kind,
            title: n.title,
            body: n.body ?? '',
            link: n.link ?? null,
            subjectType: n.subjectType ?? null,
            subjectId: n.subjectId ?? null,
          },
        ]
      : [];
  });
  return repo.insertMany(tx, rows);
}
