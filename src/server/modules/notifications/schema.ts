// API shapes of in-app notifications.
import { z } from 'zod';
import { notificationKinds } from '../../db/schema/urging.js';
import { pageQuery } from '../../lib/http.js';

export const listNotificationsQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});

export const notificationOut = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.uuid().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationsOut = z.object({
  items: z.array(notificationOut),
  total: z.number().int(),
  /** Unread notifications of the person, whatever the filter (the bell's count). */
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const markReadBody = z.union([
  z.strictObject({ ids: z.array(z.uuid()).min(1).max(500) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type MarkReadBody = z.infer<typeof markReadBody>;

export const markReadOut = z.object({ updated: z.number().int(), unread: z.number().int() });
