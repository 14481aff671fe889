// Assignments: giving a task to units (picked, by group, or by a pasted list of names), and
// reading them: lists, a task's compliance board, a unit's home counts, the history.
import dayjs from 'dayjs';
import { matchUnitNames } from '../../../shared/intake/names.js';
import { occurrencesBetween, periodLabel } from '../../../shared/recurrence.js';
import { type UnitGroupCode, unitGroups } from '../../../shared/units.js';
import { formatVnDate } from '../../../shared/urging.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { type Notice, notifyUnits } from '../notifications/service.js';
import { getTask, refreshClarity } from '../tasks/service.js';
import { assignmentPolicy } from './policy.js';
import * as repo from './repo.js';
import type { AssignBody, AssignmentFilters, ListAssignmentsQuery } from './schema.js';

/** The assignment if the actor may see it; 404 otherwise (existence is not revealed). */
export async function getAssignment(db: Db, actor: Actor, id: string) {
  const row = await repo.findAssignment(db, id);
  if (!row || !assignmentPolicy.canRead(actor, row)) throw new AppError('ASSIGNMENT_NOT_FOUND');
  return row;
}

/** The assignment as the API shows it, read once (the scope is checked on that row). */
export async function getAssignmentOut(db: Db, actor: Actor, id: string) {
  const row = await repo.findAssignmentListRow(db, id);
  if (!row || !assignmentPolicy.canRead(actor, row)) throw new AppError('ASSIGNMENT_NOT_FOUND');
  return row;
}

/** A page of the list, the answer as JSON text composed by the database (in the actor's scope). */
export async function listAssignments(db: Db, actor: Actor, q: ListAssignmentsQuery, today: string) {
  return repo.listAssignmentPage(db, assignmentPolicy.scope(actor), q, today);
}

export async function exportAssignments(
  db: Db,
  actor: Actor,
  q: AssignmentFilters & { sort: ListAssignmentsQuery['sort'] },
  today: string,
) {
  return repo.allAssignments(db, assignmentPolicy.scope(actor), q, today);
}

export async function events(db: Db, actor: Actor, id: string) {
  await getAssignment(db, actor, id);
  return repo.eventsOf(db, id);
}

/** A unit's boxes: due soon, overdue, returned, done… (a unit member: always their own unit). */
export async function summary(db: Db, actor: Actor, unitId: string | undefined, today: string) {
  const where = repo.filterWhere(assignmentPolicy.scope(actor), { unitId }, today);
  return { ...(await repo.bucketCounts(db, where, today)), dueSoonDays: repo.DUE_SOON_DAYS };
}

/** Units with overdue work, most overdue first (Sở Ngoại vụ's home; a unit sees only itself). */
export async function overdueUnits(db: Db, actor: Actor, limit: number, today: string) {
  const where = repo.filterWhere(assignmentPolicy.scope(actor), {}, today);
  return repo.overdueByUnit(db, where, today, limit);
}

/** A task's compliance board: one page of units, the counts over all of them, the periods. */
export async function board(
  db: Db,
  actor: Actor,
  taskId: string,
  q: AssignmentFilters & Pick<ListAssignmentsQuery, 'sort' | 'page' | 'pageSize'>,
  today: string,
) {
  assignmentPolicy.assertBoard(actor);
  await getTask(db, actor, taskId);
  const base = { taskId, period: q.period, role: q.role };
  const [page, counts, periods] = await Promise.all([
    repo.listAssignments(db, null, { ...q, taskId } as ListAssignmentsQuery, today),
    repo.statusCounts(db, repo.filterWhere(null, base, today), today),
    repo.periodsOf(db, taskId),
  ]);
  return {
    ...page,
    counts,
    periods: periods.map((p) => ({ period: p, label: periodLabel(p) || 'Một lần' })),
  };
}

export async function boardRows(
  db: Db,
  actor: Actor,
  taskId: string,
  q: AssignmentFilters & { sort: ListAssignmentsQuery['sort'] },
  today: string,
) {
  assignmentPolicy.assertBoard(actor);
  const task = await getTask(db, actor, taskId);
  return { task, rows: await repo.allAssignments(db, null, { ...q, taskId }, today) };
}

function endOfYear(today: string) {
  return `${today.slice(0, 4)}-12-31`;
}

/** The units a request names: picked ids, groups, and names matched in a pasted list. */
async function resolveTargets(db: Db, body: AssignBody) {
  const directory = await repo.activeUnits(db);
  const byId = new Map(directory.map((u) => [u.id, u]));
  const byCode = new Map(directory.map((u) => [u.code, u]));
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  const unknown = (body.unitIds ?? []).filter((id) => !byId.has(id));
  if (unknown.length)
    throw new AppError('UNIT_NOT_FOUND', 'Có đơn vị không tồn tại hoặc đã ngừng hoạt động.', {
      details: { unitIds: unknown },
    });
  for (const id of body.unitIds ?? []) add(id);
  for (const g of (body.groups ?? []) as UnitGroupCode[]) {
    const kinds: readonly string[] = unitGroups[g].kinds;
    for (const u of directory) if (kinds.includes(u.kind)) add(u.id);
  }
  let unmatched: string[] = [];
  if (body.namesText?.trim()) {
    const result = matchUnitNames(body.namesText, directory);
    for (const m of result.matched) {
      const unit = byCode.get(m.unit.code);
      if (unit) add(unit.id);
    }
    unmatched = result.unmatched;
  }
  return { ids, unmatched, names: new Map(directory.map((u) => [u.id, u.name])) };
}

/** How far ahead a recurring task may be given at once (later periods are given later). */
export const MAX_UNTIL_YEARS = 3;

/**
 * Gives a task to units. A one-off task gets one assignment per unit, due on `dueOn` (or the
 * task's date); a recurring task one per unit and per period due between today and `until`.
 * Units that already have the task for a period are skipped and reported.
 */
export async function assignTask(db: Db, actor: Actor, taskId: string, body: AssignBody, today: string) {
  assignmentPolicy.assertManage(actor);
  const task = await getTask(db, actor, taskId);
  const { ids, unmatched, names } = await resolveTargets(db, body);
  let periods: { period: string; dueOn: string | null }[];
  if (task.recurrence) {
    const lastYear = dayjs(today).year() + MAX_UNTIL_YEARS;
    if (body.until && body.until > `${lastYear}-12-31`)
      throw new AppError(
        'ASSIGN_UNTIL_TOO_FAR',
        `Chỉ giao trước các kỳ đến hết năm ${lastYear}; các kỳ sau sẽ giao sau.`,
      );
    const limit = body.until ?? (task.dueOn && task.dueOn < endOfYear(today) ? task.dueOn : endOfYear(today));
    periods = occurrencesBetween(task.recurrence, today, limit).map((o) => ({
      period: o.period,
      dueOn: o.dueOn,
    }));
    if (!periods.length) throw new AppError('ASSIGN_NO_PERIOD');
  } else {
    periods = [{ period: '', dueOn: body.dueOn === undefined ? task.dueOn : body.dueOn }];
  }
  return db.transaction(async (tx) => {
    const existing = new Set((await repo.existingFor(tx, taskId, ids)).map((e) => `${e.unitId}|${e.period}`));
    const skipped: { unitId: string; unitName: string; period: string }[] = [];
    const rows: repo.NewAssignment[] = [];
    for (const unitId of ids) {
      for (const p of periods) {
        if (existing.has(`${unitId}|${p.period}`))
          skipped.push({ unitId, unitName: names.get(unitId) ?? '', period: p.period });
        else rows.push({ taskId, unitId, role: body.role, period: p.period, dueOn: p.dueOn });
      }
    }
    const created = await repo.insertAssignments(tx, rows);
    for (const row of created) {
      await recordAudit(tx, actor, {
        entity: 'assignment',
        entityId: row.id,
        action: 'create',
        unitId: row.unitId,
        after: row,
      });
    }
    if (created.length) {
      await recordAudit(tx, actor, {
        entity: 'task',
        entityId: taskId,
        action: 'assign',
        unitId: task.leadUnitId,
        after: { role: body.role, units: created.length, periods: periods.map((p) => p.period), unmatched },
      });
      if (body.role === 'lead') await refreshClarity(tx, taskId);
      await notifyUnits(tx, assignedNotices(task.title, created));
    }
    return {
      created: await repo.findListRows(
        tx,
        created.map((c) => c.id),
      ),
      unmatched,
      skipped,
    };
  });
}

/** Withdraws an assignment made by mistake: only while the unit has done nothing with it. */
export async function deleteAssignment(db: Db, actor: Actor, id: string) {
  assignmentPolicy.assertManage(actor);
  const current = await getAssignment(db, actor, id);
  await db.transaction(async (tx) => {
    if (current.workflow !== 'open' || (await repo.countEvents(tx, id)) > 0)
      throw new AppError('ASSIGNMENT_HAS_HISTORY');
    await recordAudit(tx, actor, {
      entity: 'assignment',
      entityId: id,
      action: 'delete',
      unitId: current.unitId,
      before: current,
    });
    await repo.deleteAssignment(tx, id);
    if (current.taskId) await refreshClarity(tx, current.taskId);
  });
}

/** One notice per unit given the task: the first of its new assignments is the link. */
function assignedNotices(taskTitle: string, created: { id: string; unitId: string; dueOn: string | null }[]) {
  const notices = new Map<string, Notice>();
  for (const a of created) {
    if (notices.has(a.unitId)) continue;
    notices.set(a.unitId, {
      kind: 'assigned',
      title: `Nhiệm vụ mới được giao: ${taskTitle}`,
      body: a.dueOn ? `Thời hạn: ${formatVnDate(a.dueOn)}.` : 'Chưa có thời hạn.',
      link: `/giao-viec/${a.id}`,
      subjectType: 'assignment',
      subjectId: a.id,
    });
  }
  return notices;
}
