// Task rules: a task belongs to a document; its "6 rõ" gaps are recomputed on every write and
// stored, so lists can filter the incomplete ones in SQL. Every change is audited.
import { missingClarity } from '../../../shared/clarity.js';
import { formatRecurrence, parseRecurrence } from '../../../shared/recurrence.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { getDocument } from '../documents/service.js';
import { taskPolicy } from './policy.js';
import * as repo from './repo.js';
import type { CreateTaskBody, ListTasksQuery, UpdateTaskBody } from './schema.js';

/** The stored form of a recurrence, or null; an unreadable one is refused. */
export function normaliseRecurrence(input: string | null | undefined): string | null {
  if (!input?.trim()) return null;
  const r = parseRecurrence(input);
  if (!r)
    throw new AppError(
      'RECURRENCE_INVALID',
      `Không hiểu định kỳ "${input}" (ví dụ: hằng năm trước ngày 15/12, hằng quý).`,
    );
  return formatRecurrence(r);
}

async function assertUnits(db: Db, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const found = await repo.activeUnitsByIds(db, wanted);
  if (found.length !== wanted.length)
    throw new AppError('UNIT_NOT_FOUND', 'Có đơn vị chủ trì hoặc phối hợp không tồn tại.');
  const inactive = found.find((u) => !u.active);
  if (inactive) throw new AppError('UNIT_INACTIVE', `Đơn vị "${inactive.name}" đã ngừng hoạt động.`);
}

/** Recomputes and stores the "6 rõ" gaps of a task (after an edit or an assignment). */
export async function refreshClarity(tx: Db, taskId: string): Promise<string[]> {
  const task = await repo.findTask(tx, taskId);
  if (!task) return [];
  const missing = missingClarity({ ...task, hasLeadAssignment: await repo.hasLeadAssignment(tx, taskId) });
  if (missing.join() !== task.missingClarity.join()) await repo.setMissingClarity(tx, taskId, missing);
  return missing;
}

/** The task if the actor may see it; 404 otherwise (existence is not revealed). */
export async function getTask(db: Db, actor: Actor, id: string) {
  const row = await repo.findTask(db, id);
  const scope = taskPolicy.scope(actor);
  if (!row || (scope && !(await repo.taskVisibleToUnit(db, id, scope)))) throw new AppError('TASK_NOT_FOUND');
  return row;
}

export async function getTaskOut(db: Db, actor: Actor, id: string, today: string) {
  await getTask(db, actor, id);
  const row = await repo.findTaskListRow(db, id, today);
  if (!row) throw new AppError('TASK_NOT_FOUND');
  return row;
}

export async function listTasks(db: Db, actor: Actor, q: ListTasksQuery, today: string) {
  return repo.listTasks(db, taskPolicy.scope(actor), q, today);
}

export async function exportTasks(
  db: Db,
  actor: Actor,
  q: Omit<ListTasksQuery, 'page' | 'pageSize'>,
  today: string,
) {
  return repo.allTasks(db, taskPolicy.scope(actor), q, today);
}

/** Inserts a task inside the caller's transaction, with its audit entry (also used by imports). */
export async function insertTaskTx(tx: Db, actor: Actor, values: Omit<repo.NewTask, 'missingClarity'>) {
  const clarity = missingClarity({
    ...values,
    leadUnitId: values.leadUnitId ?? null,
    personInCharge: values.personInCharge ?? null,
    dueOn: values.dueOn ?? null,
    recurrence: values.recurrence ?? null,
    responsibility: values.responsibility ?? null,
    product: values.product ?? null,
    authority: values.authority ?? null,
  });
  const row = await repo.insertTask(tx, { ...values, missingClarity: clarity });
  await recordAudit(tx, actor, {
    entity: 'task',
    entityId: row.id,
    action: 'create',
    unitId: row.leadUnitId,
    after: row,
  });
  return row;
}

export async function createTask(db: Db, actor: Actor, body: CreateTaskBody) {
  taskPolicy.assertManage(actor);
  await getDocument(db, actor, body.documentId);
  const recurrence = normaliseRecurrence(body.recurrence);
  await assertUnits(db, [body.leadUnitId, ...(body.coordinatingUnitIds ?? [])]);
  return db.transaction(async (tx) =>
    insertTaskTx(tx, actor, {
      documentId: body.documentId,
      seq: body.seq ?? (await repo.nextSeq(tx, body.documentId)),
      title: body.title,
      leadUnitId: body.leadUnitId ?? null,
      coordinatingUnitIds: [
        ...new Set((body.coordinatingUnitIds ?? []).filter((u) => u !== body.leadUnitId)),
      ],
      personInCharge: body.personInCharge ?? null,
      dueOn: body.dueOn ?? null,
      recurrence,
      responsibility: body.responsibility ?? null,
      product: body.product ?? null,
      authority: body.authority ?? null,
      createdBy: actor.id,
    }),
  );
}

export async function updateTask(db: Db, actor: Actor, id: string, body: UpdateTaskBody) {
  taskPolicy.assertManage(actor);
  const current = await getTask(db, actor, id);
  const pick = <K extends keyof UpdateTaskBody & keyof repo.TaskRow>(k: K) =>
    (body[k] === undefined ? current[k] : (body[k] ?? null)) as repo.TaskRow[K];
  const leadUnitId = pick('leadUnitId');
  const next: repo.NewTask = {
    documentId: current.documentId,
    seq: body.seq ?? current.seq,
    title: body.title ?? current.title,
    leadUnitId,
    coordinatingUnitIds: [
      ...new Set((body.coordinatingUnitIds ?? current.coordinatingUnitIds).filter((u) => u !== leadUnitId)),
    ],
    personInCharge: pick('personInCharge'),
    dueOn: pick('dueOn'),
    recurrence: body.recurrence === undefined ? current.recurrence : normaliseRecurrence(body.recurrence),
    responsibility: pick('responsibility'),
    product: pick('product'),
    authority: pick('authority'),
    missingClarity: current.missingClarity,
    createdBy: current.createdBy,
  };
  if (body.leadUnitId !== undefined || body.coordinatingUnitIds !== undefined)
    await assertUnits(db, [next.leadUnitId, ...(next.coordinatingUnitIds ?? [])]);
  return db.transaction(async (tx) => {
    await repo.updateTask(tx, id, next);
    await refreshClarity(tx, id);
    const row = (await repo.findTask(tx, id))!;
    await recordAudit(tx, actor, {
      entity: 'task',
      entityId: id,
      action: 'update',
      unitId: row.leadUnitId,
      before: current,
      after: row,
    });
    return row;
  });
}

export async function deleteTask(db: Db, actor: Actor, id: string) {
  taskPolicy.assertManage(actor);
  const current = await getTask(db, actor, id);
  await db.transaction(async (tx) => {
    if ((await repo.countAssignments(tx, id)) > 0) throw new AppError('TASK_HAS_ASSIGNMENTS');
    await recordAudit(tx, actor, {
      entity: 'task',
      entityId: id,
      action: 'delete',
      unitId: current.leadUnitId,
      before: current,
    });
    await repo.deleteTask(tx, id);
  });
}
