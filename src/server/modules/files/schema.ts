import { z } from 'zod';

export const fileOut = z.object({
  id: z.uuid(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  unitId: z.uuid().nullable(),
  uploadedAt: z.string(),
});
export type FileOut = z.infer<typeof fileOut>;

export const downloadQuery = z.strictObject({
  /** Show in the browser (PDF, images) instead of saving. */
  inline: z.enum(['1', '0']).optional(),
});
