// API shapes of the holiday calendar (lịch nghỉ lễ).
import { z } from 'zod';
import { holidayKinds } from '../../../shared/working-days.js';
import { isoDate } from '../../lib/http.js';

export const holidayYearQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
});

export const holidayDay = z.strictObject({
  date: isoDate,
  kind: z.enum(holidayKinds),
  name: z.string().trim().min(2, 'Tên ngày nghỉ quá ngắn').max(200),
});

export const putHolidaysBody = z.strictObject({ items: z.array(holidayDay).max(100) });
export type PutHolidaysBody = z.infer<typeof putHolidaysBody>;

export const holidayYearOut = z.object({
  year: z.number().int(),
  /** default: the shipped list (no administrator has set this year); custom: as set. */
  source: z.enum(['default', 'custom']),
  updatedAt: z.string().nullable(),
  items: z.array(
    z.object({ date: z.string(), kind: z.enum(holidayKinds), name: z.string(), workingDay: z.boolean() }),
  ),
  total: z.number().int(),
});
