// Urging letters of a task: the draft for the units that have not complied, and sending it —
// the letter is kept, an urging is recorded on each named unit's assignment, and the units are
// told in the app and by e-mail with the letter attached, all in one transaction.
import { unitKindOrder } from '../../../shared/units.js';
import { formatVnDate } from '../../../shared/urging.js';
import type { Db } from '../../db/client.js';
import { type Actor, editsAllUnits, readsAllUnits, unitScope } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, forbidden } from '../../lib/errors.js';
import { DOCX_MIME, renderOfficialDocument } from '../../lib/nd30/index.js';
import * as documentsRepo from '../documents/repo.js';
import * as filesRepo from '../files/repo.js';
import { type Notice, notifyUnits } from '../notifications/service.js';
import { getTask } from '../tasks/service.js';
import { urgingLetter } from './letter.js';
import * as repo from './repo.js';

async function draft(db: Db, actor: Actor, taskId: string, newDueOn: string, today: string) {
  if (!editsAllUnits(actor)) throw forbidden('Chỉ Sở Ngoại vụ được ban hành công văn đôn đốc.');
  if (newDueOn < today) throw new AppError('URGING_DUE_PAST');
  const task = await getTask(db, actor, taskId);
  const document = await documentsRepo.findDocument(db, task.documentId);
  const all = await repo.taskAssignments(db, taskId);
  const late = all
    .filter((a) => !a.completedOn)
    .sort(
      (a, b) =>
        (unitKindOrder[a.unitKind as keyof typeof unitKindOrder] ?? 9) -
          (unitKindOrder[b.unitKind as keyof typeof unitKindOrder] ?? 9) ||
        a.unitName.localeCompare(b.unitName, 'vi'),
    );
  if (!late.length) throw new AppError('URGING_NOTHING_LATE');
  const letter = urgingLetter({
    task,
    document: document
      ? { type: document.type, number: document.number, issuedOn: document.issuedOn, issuer: document.issuer }
      : null,
    total: all.length,
    complied: all.length - late.length,
    late: late.map((a) => ({ name: a.unitName, kind: a.unitKind })),
    newDueOn,
    year: Number(today.slice(0, 4)),
  });
  return { task, all, late, docx: await renderOfficialDocument(letter) };
}

export const letterFileName = (taskId: string) => `cong-van-don-doc-${taskId.slice(0, 8)}.docx`;

export async function draftLetter(db: Db, actor: Actor, taskId: string, newDueOn: string, today: string) {
  return (await draft(db, actor, taskId, newDueOn, today)).docx;
}

export async function sendUrging(db: Db, actor: Actor, taskId: string, newDueOn: string, today: string) {
  return db.transaction(async (tx) => {
    const { task, all, late, docx } = await draft(tx, actor, taskId, newDueOn, today);
    const filename = letterFileName(taskId);
    const file = await filesRepo.insertFile(tx, {
      name: filename,
      mime: DOCX_MIME,
      content: docx,
      unitId: null,
      uploadedBy: actor.id,
    });
    const urging = await repo.insertUrging(tx, {
      taskId,
      newDueOn,
      fileId: file.id,
      complied: all.length - late.length,
      total: all.length,
      createdBy: actor.id,
    });
    await repo.insertTargets(
      tx,
      late.map((a) => ({ urgingId: urging.id, assignmentId: a.id, unitId: a.unitId, urgedOn: today })),
    );
    const notices = new Map<string, Notice>();
    for (const a of late)
      notices.set(a.unitId, {
        kind: 'urging',
        title: `Công văn đôn đốc: ${task.title}`,
        body: `Sở Ngoại vụ đề nghị đơn vị khẩn trương thực hiện, gửi kết quả trước ngày ${formatVnDate(newDueOn)}. Công văn đôn đốc được đính kèm thư điện tử và tải về tại trang việc giao.`,
        link: `/giao-viec/${a.id}`,
        subjectType: 'urging',
        subjectId: urging.id,
        mail: { attachments: [{ fileId: file.id, filename }] },
      });
    await notifyUnits(tx, notices);
    await recordAudit(tx, actor, {
      entity: 'task',
      entityId: taskId,
      action: 'urge',
      unitId: task.leadUnitId,
      after: { newDueOn, units: late.length, complied: urging.complied, total: urging.total },
    });
    return { id: urging.id, units: late.map((a) => ({ id: a.unitId, name: a.unitName })) };
  });
}

/** The letter as sent: Sở Ngoại vụ, the leaders, and the units it names may read it. */
export async function sentLetter(db: Db, actor: Actor, urgingId: string) {
  const urging = await repo.findUrging(db, urgingId);
  if (!urging?.fileId) throw new AppError('URGING_NOT_FOUND');
  if (!readsAllUnits(actor)) {
    const named = await repo.targetUnits(db, urgingId);
    if (!actor.unitId || !named.some((n) => n.unitId === actor.unitId))
      throw new AppError('URGING_NOT_FOUND');
  }
  const file = await filesRepo.findFileContent(db, urging.fileId);
  return { name: file!.name, content: file!.content };
}

/**
 * The urgings units received: a unit's people see their own unit's only, whatever they ask;
 * Sở Ngoại vụ and the leaders every unit's, or one unit's (`unitId`).
 */
export async function receivedUrgings(
  db: Db,
  actor: Actor,
  q: { unitId?: string; taskId?: string; page: number; pageSize: number },
) {
  const scope = unitScope(actor) ?? q.unitId ?? null;
  const { rows, total } = await repo.receivedUrgings(db, scope, q.taskId, q.page, q.pageSize);
  return {
    items: rows.map((r) => ({ ...r, taskTitle: r.taskTitle ?? '', createdAt: r.createdAt.toISOString() })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
