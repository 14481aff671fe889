// Rows → API shapes of notifications.
import type { NotificationRow } from './repo.js';

export function presentNotification(n: NotificationRow) {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    subjectType: n.subjectType,
    subjectId: n.subjectId,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
