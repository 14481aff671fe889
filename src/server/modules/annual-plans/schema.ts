// API shapes of annual plans (kế hoạch hằng năm) and the multi-year view.
import { z } from 'zod';
import { planFields } from '../../../shared/annual-plan.js';
import { csvList, isoDate } from '../../lib/http.js';

const year = z.coerce.number().int().min(2020).max(2100);

export const createPlanBody = z.strictObject({
  year,
  /** The programme: these documents and every document implementing them. */
  documentIds: z.array(z.uuid()).min(1, 'Chọn ít nhất một văn bản').max(20),
});
export type CreatePlanBody = z.infer<typeof createPlanBody>;

export const issuePlanBody = z.strictObject({
  /** The number UBND tỉnh gave it: "15/KH-UBND". */
  number: z.string().trim().min(1, 'Nhập số, ký hiệu kế hoạch').max(60),
  issuedOn: isoDate,
  signer: z.string().trim().max(120).optional(),
});
export type IssuePlanBody = z.infer<typeof issuePlanBody>;

export const outlookQuery = z.strictObject({
  documentIds: csvList(z.uuid()).pipe(z.array(z.uuid()).min(1).max(20)),
  from: year.default(2026),
  to: year.default(2030),
});

export const planTaskOut = z.object({
  id: z.uuid(),
  title: z.string(),
  documentId: z.uuid(),
  documentNumber: z.string(),
  leadNames: z.array(z.string()),
  coordinatingNames: z.array(z.string()),
  dueOn: z.string().nullable(),
  recurrence: z.string().nullable(),
  product: z.string().nullable(),
  authority: z.string().nullable(),
  /** The "6 rõ" elements it lacks. */
  missing: z.array(z.string()),
  carried: z.boolean(),
});

export const planOut = z.object({
  id: z.uuid(),
  year: z.number().int(),
  documents: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      type: z.string(),
      issuer: z.string(),
      issuedOn: z.string().nullable(),
    }),
  ),
  status: z.enum(['draft', 'issued']),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  /** Issued: the document registered for it. */
  documentId: z.uuid().nullable(),
  createdAt: z.string(),
  counts: z.object({ tasks: z.number().int(), carried: z.number().int(), incomplete: z.number().int() }),
  fields: z.array(z.object({ field: z.enum(planFields), label: z.string(), tasks: z.array(planTaskOut) })),
  carried: z.array(planTaskOut),
});

export const planListItem = planOut.omit({ fields: true, carried: true, counts: true });

const outlookTask = planTaskOut.omit({ carried: true, missing: true });
export const outlookOut = z.object({
  years: z.array(z.object({ year: z.number().int(), tasks: z.array(outlookTask) })),
  recurring: z.array(outlookTask),
  undated: z.array(outlookTask),
  unfinishedBefore: z.array(outlookTask),
});
