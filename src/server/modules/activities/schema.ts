// API shapes of high-level foreign activities (hoạt động đối ngoại cấp cao).
import { z } from 'zod';
import { activityKinds } from '../../../shared/commitments.js';
import { isoDate, pageQuery } from '../../lib/http.js';

const text = (max: number) => z.string().trim().max(max);

export const activityKind = z.enum(activityKinds);

const fields = {
  kind: activityKind,
  title: text(500).min(3, 'Tên hoạt động quá ngắn'),
  startOn: isoDate,
  endOn: isoDate.nullish(),
  place: text(300).optional(),
  leaders: text(1000).optional(),
  countries: z.array(text(100).min(2)).max(30).default([]),
  summary: text(20_000).optional(),
  /** The documents (văn bản) that record the activity. */
  documentIds: z.array(z.uuid()).max(50).optional(),
};

export const createActivityBody = z.strictObject(fields);
export type CreateActivityBody = z.infer<typeof createActivityBody>;

export const updateActivityBody = z.strictObject({
  ...fields,
  kind: activityKind.optional(),
  title: fields.title.optional(),
  startOn: isoDate.optional(),
  countries: z.array(text(100).min(2)).max(30).optional(),
});
export type UpdateActivityBody = z.infer<typeof updateActivityBody>;

export const listActivitiesQuery = z.strictObject({
  q: text(200).optional(),
  kind: activityKind.optional(),
  country: text(100).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  ...pageQuery,
});
export type ListActivitiesQuery = z.infer<typeof listActivitiesQuery>;

export const activityDocumentOut = z.object({
  id: z.uuid(),
  number: z.string(),
  type: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  summary: z.string(),
});

export const activityOut = z.object({
  id: z.uuid(),
  kind: activityKind,
  title: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  place: z.string(),
  leaders: z.string(),
  countries: z.array(z.string()),
  summary: z.string(),
  commitmentCount: z.number().int(),
  documents: z.array(activityDocumentOut),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActivityOut = z.infer<typeof activityOut>;
