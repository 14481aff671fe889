// API shapes of the compiled report (báo cáo tổng hợp) of a round and its produced files.
import { z } from 'zod';

import { outputKinds } from '../../db/schema/reports.js';

export { outputKinds };

export const draftOut = z.object({
  version: z.number().int(),
  summary: z.string(),
  intro: z.string(),
  statistics: z.string(),
  reporting: z.string(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), text: z.string() })),
  closing: z.string(),
  edited: z.boolean(),
  generatedAt: z.string(),
});

const long = z.string().max(200_000);

export const putDraftBody = z.strictObject({
  /** The version read (0 before the first save): a save over a newer one is refused (409). */
  version: z.number().int().min(0),
  /** Write the draft again from the submissions (folds in late reports; drops edits). */
  regenerate: z.boolean().optional(),
  summary: z.string().trim().min(5).max(1000).optional(),
  intro: long.optional(),
  statistics: long.optional(),
  reporting: long.optional(),
  sections: z
    .array(z.strictObject({ key: z.string().max(40), text: long }))
    .max(12)
    .optional(),
  closing: long.optional(),
});
export type PutDraftBody = z.infer<typeof putDraftBody>;

export const produceBody = z.strictObject({ kind: z.enum(outputKinds) });

export const outputOut = z.object({
  id: z.uuid(),
  kind: z.enum(outputKinds),
  version: z.number().int(),
  fileId: z.uuid(),
  fileName: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
