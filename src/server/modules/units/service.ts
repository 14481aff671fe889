// Unit directory rules: create, edit, deactivate, delete only when unused, import a CSV.
import { parse } from 'csv-parse/sync';
import { type UnitKindCode, unitKindCodes } from '../../../shared/units.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, isUniqueViolation } from '../../lib/errors.js';
import { unitPolicy } from './policy.js';
import * as repo from './repo.js';
import type { CreateUnitBody, UpdateUnitBody } from './schema.js';

export async function createUnit(db: Db, actor: Actor, body: CreateUnitBody) {
  unitPolicy.assertManage(actor);
  try {
    return await db.transaction(async (tx) => {
      const row = await repo.insertUnit(tx, {
        code: body.code,
        name: body.name,
        shortName: body.shortName ?? null,
        kind: body.kind as UnitKindCode,
        gsoCode: body.gsoCode ?? null,
        isFocal: body.isFocal ?? false,
      });
      await recordAudit(tx, actor, {
        entity: 'unit',
        entityId: row.id,
        action: 'create',
        unitId: row.id,
        after: row,
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('UNIT_CODE_TAKEN');
    throw err;
  }
}

export async function getUnit(db: Db, id: string) {
  const row = await repo.findUnit(db, id);
  if (!row) throw new AppError('UNIT_NOT_FOUND');
  return row;
}

export async function updateUnit(db: Db, actor: Actor, id: string, body: UpdateUnitBody) {
  unitPolicy.assertManage(actor);
  return db.transaction(async (tx) => {
    const before = await repo.findUnit(tx, id);
    if (!before) throw new AppError('UNIT_NOT_FOUND');
    const patch = Object.fromEntries(
      Object.entries(body).filter(([, v]) => v !== undefined),
    ) as Partial<repo.NewUnit>;
    const row = await repo.updateUnit(tx, id, patch, before);
    const action =
      body.active === false && before.active
        ? 'deactivate'
        : body.active === true && !before.active
          ? 'activate'
          : 'update';
    await recordAudit(tx, actor, { entity: 'unit', entityId: id, action, unitId: id, before, after: row });
    return row;
  });
}

/** Deletes a unit created by mistake. A unit that any record refers to can only be deactivated. */
export async function deleteUnit(db: Db, actor: Actor, id: string) {
  unitPolicy.assertManage(actor);
  try {
    await db.transaction(async (tx) => {
      const before = await repo.findUnit(tx, id);
      if (!before) throw new AppError('UNIT_NOT_FOUND');
      if (await repo.unitInArrays(tx, id)) throw new AppError('UNIT_HAS_RECORDS');
      await recordAudit(tx, actor, { entity: 'unit', entityId: id, action: 'delete', unitId: null, before });
      await repo.deleteUnit(tx, id);
    });
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    // foreign_key_violation: users, assignments, documents… point at this unit
    if (e.code === '23503' || e.cause?.code === '23503') throw new AppError('UNIT_HAS_RECORDS');
    throw err;
  }
}

type CsvRecord = Record<string, string>;
export interface ImportRowError {
  row: number;
  field: string | null;
  message: string;
}

/** Imports units from CSV (code,name,short_name,kind[,gso_code]); all rows or none. */
export async function importUnits(db: Db, actor: Actor, csv: string, dryRun: boolean) {
  unitPolicy.assertManage(actor);
  let records: CsvRecord[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (err) {
    throw new AppError('CSV_INVALID', `Không đọc được tệp CSV: ${(err as Error).message}`);
  }
  const errors: ImportRowError[] = [];
  if (!records.length) throw new AppError('CSV_INVALID', 'Tệp CSV không có dòng dữ liệu nào.');
  const header = Object.keys(records[0]!);
  for (const col of ['code', 'name', 'kind']) {
    if (!header.includes(col))
      errors.push({ row: 1, field: col, message: `Thiếu cột "${col}" ở dòng tiêu đề.` });
  }
  if (errors.length) throw new AppError('CSV_INVALID', 'Tệp CSV thiếu cột bắt buộc.', { details: errors });

  const existing = new Map((await repo.allUnits(db)).map((u) => [u.code, u]));
  const seen = new Map<string, number>();
  const plan: {
    row: number;
    values: repo.NewUnit;
    action: 'create' | 'update' | 'unchanged';
    id?: string;
  }[] = [];
  records.forEach((r, i) => {
    const row = i + 2; // line 1 is the header
    const code = (r.code ?? '').trim();
    const name = (r.name ?? '').trim();
    const kind = (r.kind ?? '').trim();
    if (!code) errors.push({ row, field: 'code', message: 'Thiếu mã đơn vị.' });
    else if (!/^[\p{L}\p{N}._-]+$/u.test(code))
      errors.push({ row, field: 'code', message: `Mã "${code}" chứa ký tự không hợp lệ.` });
    else if (seen.has(code))
      errors.push({ row, field: 'code', message: `Mã "${code}" trùng với dòng ${seen.get(code)}.` });
    if (code) seen.set(code, row);
    if (name.length < 2) errors.push({ row, field: 'name', message: 'Thiếu tên đơn vị.' });
    if (!unitKindCodes.includes(kind as UnitKindCode)) {
      errors.push({
        row,
        field: 'kind',
        message: `Loại "${kind}" không hợp lệ (dùng: ${unitKindCodes.join(', ')}).`,
      });
    }
    const values: repo.NewUnit = {
      code,
      name,
      shortName: r.short_name?.trim() || null,
      kind: kind as UnitKindCode,
      gsoCode: r.gso_code?.trim() || null,
    };
    const current = existing.get(code);
    const same =
      current &&
      current.name === values.name &&
      current.shortName === values.shortName &&
      current.kind === values.kind &&
      current.gsoCode === values.gsoCode;
    plan.push({ row, values, action: !current ? 'create' : same ? 'unchanged' : 'update', id: current?.id });
  });

  const summary = {
    dryRun,
    created: plan.filter((p) => p.action === 'create').length,
    updated: plan.filter((p) => p.action === 'update').length,
    unchanged: plan.filter((p) => p.action === 'unchanged').length,
    errors,
    rows: plan.map((p) => ({ row: p.row, code: p.values.code, name: p.values.name, action: p.action })),
  };
  if (errors.length)
    throw new AppError('CSV_INVALID', `Tệp CSV có ${errors.length} lỗi; chưa có gì được lưu.`, {
      details: errors,
    });
  if (dryRun) return summary;

  await db.transaction(async (tx) => {
    for (const p of plan) {
      if (p.action === 'create') {
        const row = await repo.insertUnit(tx, p.values);
        await recordAudit(tx, actor, {
          entity: 'unit',
          entityId: row.id,
          action: 'import',
          unitId: row.id,
          after: row,
        });
      } else if (p.action === 'update' && p.id) {
        const before = existing.get(p.values.code)!;
        const row = await repo.updateUnit(tx, p.id, p.values, before);
        await recordAudit(tx, actor, {
          entity: 'unit',
          entityId: row.id,
          action: 'import',
          unitId: row.id,
          before,
          after: row,
        });
      }
    }
  });
  return summary;
}
