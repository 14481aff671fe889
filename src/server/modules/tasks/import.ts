// Importing tasks from a sheet laid out as provincial plan appendices are (STT, Nhiệm vụ, Cơ quan
// chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm). Every row is checked and shown
// first; then all tasks (and, if asked, their assignments) are saved in one transaction, or none.
import { missingClarity } from '../../../shared/clarity.js';
import { matchUnitNames } from '../../../shared/intake/names.js';
import { type UnitGroupCode, unitGroups } from '../../../shared/units.js';
import { normalizeVi } from '../../../shared/vn-text.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { activeUnits } from '../assignments/repo.js';
import { assignTask } from '../assignments/service.js';
import { getDocument } from '../documents/service.js';
import { readSheetRows } from '../files/excel.js';
import { taskPolicy } from './policy.js';
import * as repo from './repo.js';
import type { ImportTasksResult } from './schema.js';
import { insertTaskTx } from './service.js';
import { parseTimeCell } from './time-cell.js';

type Column =
  | 'stt'
  | 'title'
  | 'lead'
  | 'coordinating'
  | 'time'
  | 'product'
  | 'person'
  | 'authority'
  | 'responsibility';

const HEADERS: [Column, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu)$/],
  ['lead', /chu tri/],
  ['coordinating', /phoi hop/],
  ['time', /thoi gian|thoi han|tien do/],
  ['product', /san pham|ket qua/],
  ['person', /nguoi phu trach|can bo phu trach|lanh dao phu trach/],
  ['authority', /tham quyen|cap phe duyet|phe duyet/],
  ['responsibility', /trach nhiem/],
  ['title', /nhiem vu|noi dung|ten nhiem vu/],
];

function findHeader(rows: string[][]): { index: number; cols: Partial<Record<Column, number>> } | null {
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const cols: Partial<Record<Column, number>> = {};
    (rows[i] ?? []).forEach((cell, c) => {
      const s = normalizeVi(cell);
      if (!s) return;
      const hit = HEADERS.find(([col, re]) => cols[col] === undefined && re.test(s));
      if (hit) cols[hit[0]] = c;
    });
    if (cols.title !== undefined && cols.lead !== undefined) return { index: i, cols };
  }
  return null;
}

/** "Các sở, ban, ngành", "UBND các xã, phường" → the groups they name. */
export function groupsIn(text: string): UnitGroupCode[] {
  const s = normalizeVi(text);
  const out: UnitGroupCode[] = [];
  if (/\bcac so\b|\bso ban nganh\b/.test(s)) out.push('so_ban_nganh');
  if (/\bcac xa phuong\b|\bxa phuong\b|\bcac dia phuong\b/.test(s)) out.push('xa_phuong');
  else if (/\bcac phuong\b/.test(s)) out.push('phuong');
  else if (/\bcac xa\b/.test(s)) out.push('xa');
  return out;
}

/** Removes the group phrases so that only unit names are left to match. */
function withoutGroups(text: string): string {
  return text
    .replace(
      /(UBND|Ủy ban nhân dân)?\s*các\s+(sở,?\s*ban,?\s*ngành|xã,?\s*phường|phường|xã|địa phương)(\s+(liên quan|thuộc tỉnh|trong tỉnh))?/giu,
      ';',
    )
    .replace(/^[\s;,]+|[\s;,]+$/g, '');
}

interface PlannedTask {
  row: number;
  seq: number;
  title: string;
  leadUnitId: string | null;
  leadName: string | null;
  leadGroups: UnitGroupCode[];
  coordinatingUnitIds: string[];
  coordinatingNames: string[];
  coordinatingGroups: UnitGroupCode[];
  dueOn: string | null;
  recurrence: string | null;
  product: string | null;
  personInCharge: string | null;
  authority: string | null;
  responsibility: string | null;
}

export async function importTasks(
  db: Db,
  actor: Actor,
  opts: { documentId: string; content: Buffer; dryRun: boolean; assign: boolean; today: string },
): Promise<ImportTasksResult> {
  taskPolicy.assertManage(actor);
  await getDocument(db, actor, opts.documentId);
  const sheet = await readSheetRows(opts.content);
  const header = findHeader(sheet);
  if (!header)
    throw new AppError('IMPORT_INVALID', 'Không thấy dòng tiêu đề có cột "Nhiệm vụ" và "Cơ quan chủ trì".', {
      details: [
        {
          row: 1,
          field: null,
          message:
            'Thiếu dòng tiêu đề (STT, Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm).',
        },
      ],
    });
  const directory = await activeUnits(db);
  const byCode = new Map(directory.map((u) => [u.code, u]));
  const names = new Map(directory.map((u) => [u.id, u.name]));
  const errors: ImportTasksResult['errors'] = [];
  const planned: PlannedTask[] = [];
  let seq = await repo.nextSeq(db, opts.documentId);
  const cell = (cells: string[], col: Column) => {
    const i = header.cols[col];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const matchUnits = (text: string, row: number, field: string) => {
    const result = matchUnitNames(withoutGroups(text), directory);
    for (const u of result.unmatched)
      errors.push({ row, field, message: `Không tìm thấy đơn vị "${u}" trong danh mục.` });
    return [
      ...new Set(result.matched.map((m) => byCode.get(m.unit.code)?.id).filter((x): x is string => !!x)),
    ];
  };

  for (let i = header.index + 1; i < sheet.length; i++) {
    const cells = sheet[i] ?? [];
    const row = i + 1;
    const title = cell(cells, 'title');
    const lead = cell(cells, 'lead');
    const stt = cell(cells, 'stt');
    if (!title && !lead) continue;
    // section rows ("I. NHIỆM VỤ CHUNG", "A", "II") carry no lead unit
    if (!lead && (/^[IVXLC]+\.?$|^[A-ZĐ]\.?$/i.test(stt) || !stt)) continue;
    // a repeated header ("(1) (2) (3)…") or column numbers
    if (/^\(?\d+\)?$/.test(title) && /^\(?\d+\)?$/.test(lead)) continue;
    if (title.length < 2) errors.push({ row, field: 'Nhiệm vụ', message: 'Thiếu nội dung nhiệm vụ.' });
    const leadGroups = groupsIn(lead);
    const leadIds = lead ? matchUnits(lead, row, 'Cơ quan chủ trì') : [];
    if (!lead) errors.push({ row, field: 'Cơ quan chủ trì', message: 'Thiếu cơ quan chủ trì.' });
    else if (leadIds.length > 1)
      errors.push({
        row,
        field: 'Cơ quan chủ trì',
        message: 'Chỉ ghi một cơ quan chủ trì; các cơ quan khác ghi ở cột phối hợp.',
      });
    else if (
      !leadIds.length &&
      !leadGroups.length &&
      !errors.some((e) => e.row === row && e.field === 'Cơ quan chủ trì')
    )
      errors.push({
        row,
        field: 'Cơ quan chủ trì',
        message: `Không tìm thấy đơn vị "${lead}" trong danh mục.`,
      });
    const coordinating = cell(cells, 'coordinating');
    const coordinatingIds = coordinating
      ? matchUnits(coordinating, row, 'Cơ quan phối hợp').filter((id) => id !== leadIds[0])
      : [];
    const timeText = cell(cells, 'time');
    const time = parseTimeCell(timeText);
    if (!time)
      errors.push({ row, field: 'Thời gian hoàn thành', message: `Không hiểu thời hạn "${timeText}".` });
    planned.push({
      row,
      seq: /^\d+$/.test(stt) ? Number(stt) : seq,
      title,
      leadUnitId: leadIds.length === 1 ? leadIds[0]! : null,
      leadName: leadIds.length === 1 ? (names.get(leadIds[0]!) ?? null) : lead || null,
      leadGroups,
      coordinatingUnitIds: coordinatingIds,
      coordinatingNames: coordinatingIds.map((id) => names.get(id) ?? ''),
      coordinatingGroups: groupsIn(coordinating),
      dueOn: time?.dueOn ?? null,
      recurrence: time?.recurrence ?? null,
      product: cell(cells, 'product') || null,
      personInCharge: cell(cells, 'person') || null,
      authority: cell(cells, 'authority') || null,
      responsibility: cell(cells, 'responsibility') || null,
    });
    seq++;
  }
  if (!planned.length && !errors.length)
    errors.push({ row: header.index + 2, field: null, message: 'Tệp không có nhiệm vụ nào.' });

  const countAssignments = (p: PlannedTask) => {
    if (!opts.assign) return 0;
    const kinds = (gs: UnitGroupCode[]) =>
      directory.filter((u) => gs.some((g) => (unitGroups[g].kinds as readonly string[]).includes(u.kind)))
        .length;
    return (
      (p.leadUnitId ? 1 : 0) +
      kinds(p.leadGroups) +
      p.coordinatingUnitIds.length +
      kinds(p.coordinatingGroups)
    );
  };
  const result: ImportTasksResult = {
    dryRun: opts.dryRun,
    created: planned.length,
    assignments: planned.reduce((n, p) => n + countAssignments(p), 0),
    errors,
    rows: planned.map((p) => ({
      row: p.row,
      seq: p.seq,
      title: p.title,
      leadUnitName: p.leadName,
      coordinatingUnitNames: p.coordinatingNames,
      dueOn: p.dueOn,
      recurrence: p.recurrence,
      product: p.product,
      missingClarity: missingClarity({ ...p, hasLeadAssignment: opts.assign && p.leadGroups.length > 0 }),
    })),
  };
  if (errors.length)
    throw new AppError('IMPORT_INVALID', `Tệp có ${errors.length} lỗi; chưa có gì được lưu.`, {
      details: errors,
    });
  if (opts.dryRun) return result;

  let assignmentCount = 0;
  await db.transaction(async (tx) => {
    for (const p of planned) {
      const task = await insertTaskTx(tx, actor, {
        documentId: opts.documentId,
        seq: p.seq,
        title: p.title,
        leadUnitId: p.leadUnitId,
        coordinatingUnitIds: p.coordinatingUnitIds,
        personInCharge: p.personInCharge,
        dueOn: p.dueOn,
        recurrence: p.recurrence,
        responsibility: p.responsibility,
        product: p.product,
        authority: p.authority,
        createdBy: actor.id,
      });
      if (!opts.assign) continue;
      const lead = { unitIds: p.leadUnitId ? [p.leadUnitId] : [], groups: p.leadGroups };
      if (lead.unitIds.length || lead.groups.length)
        assignmentCount += (await assignTask(tx, actor, task.id, { ...lead, role: 'lead' }, opts.today))
          .created.length;
      const co = { unitIds: p.coordinatingUnitIds, groups: p.coordinatingGroups };
      if (co.unitIds.length || co.groups.length)
        assignmentCount += (await assignTask(tx, actor, task.id, { ...co, role: 'coordinator' }, opts.today))
          .created.length;
    }
  });
  return { ...result, assignments: assignmentCount };
}
