import { z } from 'zod';
import { unitGroupCodes, unitKindCodes } from '../../../shared/units.js';
import { pageQuery } from '../../lib/http.js';

export const unitKind = z.enum(unitKindCodes as [string, ...string[]]);
export const unitGroup = z.enum(unitGroupCodes as [string, ...string[]]);

export const unitOut = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKind,
  gsoCode: z.string().nullable(),
  isFocal: z.boolean(),
  active: z.boolean(),
});
export type UnitOut = z.infer<typeof unitOut>;

export const listUnitsQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  kind: unitKind.optional(),
  group: unitGroup.optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  ...pageQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListUnitsQuery = z.infer<typeof listUnitsQuery>;

const code = z
  .string()
  .trim()
  .min(1, 'Mã đơn vị không được để trống')
  .max(40)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch');
const name = z.string().trim().min(2, 'Tên đơn vị quá ngắn').max(200);

export const createUnitBody = z.strictObject({
  code,
  name,
  shortName: z.string().trim().max(60).nullish(),
  kind: unitKind,
  gsoCode: z.string().trim().max(20).nullish(),
  isFocal: z.boolean().optional(),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = z.strictObject({
  name: name.optional(),
  shortName: z.string().trim().max(60).nullish(),
  kind: unitKind.optional(),
  gsoCode: z.string().trim().max(20).nullish(),
  isFocal: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const importUnitsBody = z.strictObject({
  csv: z.string().min(1, 'Tệp CSV trống').max(900_000),
  /** Only check and preview; save nothing. */
  dryRun: z.boolean().default(false),
});

export const importRowError = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
});
export const importUnitsResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(importRowError),
  rows: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      name: z.string(),
      action: z.enum(['create', 'update', 'unchanged']),
    }),
  ),
});

export const unitGroupsOut = z.array(
  z.object({ code: unitGroup, label: z.string(), count: z.number().int() }),
);
