// Bulk progress update from a sheet: a unit downloads its list (export.ts), fills "Tiến độ (%)"
// and "Ghi chú cập nhật", and uploads it. Every row is checked first; all rows are saved, or none.
import { z } from 'zod';
import { normalizeVi } from '../../../shared/vn-text.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, forbidden } from '../../lib/errors.js';
import { stateChanged } from '../../lib/guarded.js';
import { readSheetRows } from '../files/excel.js';
import { ID_HEADER, NOTE_HEADER, PROGRESS_HEADER } from './export.js';
import { assignmentPolicy } from './policy.js';
import * as repo from './repo.js';
import type { When } from './workflow.js';

interface RowError {
  row: number;
  field: string | null;
  message: string;
}

const uuid = z.uuid();

function findHeader(rows: string[][]) {
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const cells = (rows[i] ?? []).map((c) => normalizeVi(c));
    const id = cells.indexOf(normalizeVi(ID_HEADER));
    const progress = cells.indexOf(normalizeVi(PROGRESS_HEADER));
    if (id >= 0 && progress >= 0)
      return { index: i, id, progress, note: cells.indexOf(normalizeVi(NOTE_HEADER)) };
  }
  return null;
}

export async function importProgress(db: Db, actor: Actor, content: Buffer, dryRun: boolean, when: When) {
  if (!(assignmentPolicy.canManage(actor) || actor.role === 'officer' || actor.role === 'head'))
    throw forbidden('Bạn không có quyền cập nhật tiến độ.');
  const sheet = await readSheetRows(content);
  const header = findHeader(sheet);
  if (!header)
    throw new AppError(
      'IMPORT_INVALID',
      `Không thấy cột "${ID_HEADER}" và "${PROGRESS_HEADER}". Hãy dùng tệp tải từ danh sách việc của đơn vị.`,
      {
        details: [{ row: 1, field: null, message: 'Thiếu dòng tiêu đề.' }],
      },
    );
  const errors: RowError[] = [];
  const wanted: { row: number; id: string; progress: number; note: string | null }[] = [];
  for (let i = header.index + 1; i < sheet.length; i++) {
    const cells = sheet[i] ?? [];
    const row = i + 1;
    const idText = (cells[header.id] ?? '').trim();
    const progressText = (cells[header.progress] ?? '').trim();
    const note = header.note >= 0 ? (cells[header.note] ?? '').trim() || null : null;
    if (!idText && !progressText) continue;
    if (!uuid.safeParse(idText).success) {
      errors.push({ row, field: ID_HEADER, message: `Mã giao việc "${idText}" không hợp lệ.` });
      continue;
    }
    const n = Number(progressText.replace('%', '').replace(',', '.').trim());
    if (!progressText || !Number.isFinite(n) || n < 0 || n > 100) {
      errors.push({
        row,
        field: PROGRESS_HEADER,
        message: `Tiến độ "${progressText}" phải là số từ 0 đến 100.`,
      });
      continue;
    }
    if (wanted.some((w) => w.id === idText)) {
      errors.push({ row, field: ID_HEADER, message: 'Mã giao việc lặp lại ở dòng khác.' });
      continue;
    }
    wanted.push({ row, id: idText, progress: Math.round(n), note });
  }
  const found = new Map(
    (
      await repo.findListRows(
        db,
        wanted.map((w) => w.id),
      )
    ).map((r) => [r.id, r]),
  );
  const plan: { row: number; current: repo.AssignmentListRow; progress: number; note: string | null }[] = [];
  let unchanged = 0;
  for (const w of wanted) {
    const current = found.get(w.id);
    if (!current || !assignmentPolicy.canRead(actor, current)) {
      errors.push({
        row: w.row,
        field: ID_HEADER,
        message: 'Không tìm thấy việc này trong danh sách của đơn vị.',
      });
      continue;
    }
    if (!assignmentPolicy.canReport(actor, current)) {
      errors.push({ row: w.row, field: null, message: 'Bạn không được cập nhật việc này.' });
      continue;
    }
    if (w.progress === current.progress && !w.note) {
      unchanged++;
      continue;
    }
    if (current.workflow !== 'open' && current.workflow !== 'returned') {
      errors.push({
        row: w.row,
        field: PROGRESS_HEADER,
        message: 'Sản phẩm đã nộp; không cập nhật tiến độ được nữa.',
      });
      continue;
    }
    plan.push({ row: w.row, current, progress: w.progress, note: w.note });
  }
  const result = {
    dryRun,
    updated: plan.length,
    unchanged,
    errors,
    rows: plan.map((p) => ({
      row: p.row,
      assignmentId: p.current.id,
      title: p.current.title,
      unitName: p.current.unitName,
      from: p.current.progress,
      to: p.progress,
      note: p.note,
    })),
  };
  if (errors.length)
    throw new AppError('IMPORT_INVALID', `Tệp có ${errors.length} dòng lỗi; chưa có gì được lưu.`, {
      details: errors,
    });
  if (dryRun) return result;
  await db.transaction(async (tx) => {
    for (const p of plan) {
      const {
        title: _t,
        documentId: _d,
        documentNumber: _n,
        unitName: _u,
        unitCode: _c,
        productFileName: _f,
        ...before
      } = p.current;
      // the row as planned, re-read under a lock: a product submitted or progress reported
      // meanwhile makes the whole import refused rather than half-applied over it
      const locked = await repo.lockAssignment(tx, p.current.id);
      if (!locked || locked.workflow !== p.current.workflow || locked.progress !== p.current.progress)
        throw stateChanged(locked?.workflow);
      const after = await repo.updateAssignment(tx, p.current.id, { progress: p.progress });
      await repo.insertEvent(tx, {
        assignmentId: p.current.id,
        kind: 'progress',
        progress: p.progress,
        note: p.note,
        workflow: p.current.workflow,
        actorId: actor.id,
        at: when.now,
      });
      await recordAudit(tx, actor, {
        entity: 'assignment',
        entityId: p.current.id,
        action: 'progress_import',
        unitId: p.current.unitId,
        before,
        after,
      });
    }
  });
  return result;
}
