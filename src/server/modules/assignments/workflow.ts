// The unit's work on an assignment and the product's loop, each step an assignment_event and an
// audit entry:
//
//   open ──submit──▶ submitted ──confirm (head)──▶ confirmed ──accept (Sở Ngoại vụ)──▶ accepted
//     ▲                 │                              │
//     └────────── returned ◀──return (Sở Ngoại vụ, with a reason)
//   (returned ──submit──▶ submitted again)
//
// completedOn is the day the product was (last) submitted: set by submit, kept by confirm and
// accept, cleared by return. The status (shared/status.ts, computed) reads "Chờ thủ trưởng xác
// nhận" then "Chờ Sở Ngoại vụ tiếp nhận" while the product waits, and "done" only once it is
// accepted: on time when the accepted product was submitted by the due date, however long the
// acceptance took. Returned, it is work again ("in progress"/"overdue"), and a resubmission after
// the due date ends "done late". Progress is reported while the work is open or returned;
// submitting sets it to 100 %; a return sets it back to what the unit last reported before
// submitting, at most RETURNED_MAX_PROGRESS, so a returned product never shows a full bar.
// Reaching 100 % by a progress update does not complete the work: only an accepted product does.
//
// Every step is a guarded change (lib/guarded.ts): the row is locked in the step's transaction and
// its state checked again there, so two requests at once never both pass (409 STATE_CHANGED for
// the loser), and the identical repeat of a step just taken (a double click) answers the record
// as it is, writing nothing. The states, steps and words are shared/workflow.ts's.
//
// When Sở Ngoại vụ records a product on a unit's behalf (a plan that came signed, on paper or
// through the document system), the head has already signed it: it goes straight to
// "confirmed", waiting only for Sở Ngoại vụ to accept it.
import {
  canTake,
  isWorking,
  type WorkflowState,
  type WorkflowStep,
  workflowSteps,
} from '../../../shared/workflow.js';
import type { Db } from '../../db/client.js';
import { type Actor, isUnitMember } from '../../lib/actor.js';
import { auditInsert, recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { guardedStep } from '../../lib/guarded.js';
import { claimFileFor } from '../files/service.js';
import { refreshClarity } from '../tasks/service.js';
import { assignmentPolicy } from './policy.js';
import * as repo from './repo.js';
import type { SubmitBody, UpdateAssignmentBody } from './schema.js';
import { getAssignment } from './service.js';

/** When a step happens: the app clock's day and instant. */
export interface When {
  today: string;
  now: Date;
}

/** A returned product needs more work: its bar shows at most this. */
export const RETURNED_MAX_PROGRESS = 90;

/** How close in time the same step by the same person counts as one click repeated. */
const REPEAT_WINDOW_MS = 2 * 60 * 1000;

type EventContent = Pick<
  repo.NewEvent,
  'kind' | 'progress' | 'note' | 'fileId' | 'productNumber' | 'productDate'
>;

/**
 * The row as it is when its latest event is this very step, by this person, with this content,
 * moments ago, and the row is in the state that step led to: the second click of a double click.
 */
async function repeatOf(
  tx: Db,
  actor: Actor,
  row: repo.AssignmentRow,
  e: EventContent & { workflow: WorkflowState },
  when: When,
) {
  if (row.workflow !== e.workflow) return undefined;
  const last = await repo.lastEvent(tx, row.id);
  if (!last || last.actorId !== actor.id || last.kind !== e.kind || last.workflow !== e.workflow)
    return undefined;
  if (Math.abs(when.now.getTime() - last.at.getTime()) > REPEAT_WINDOW_MS) return undefined;
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
  if (!same(last.note, e.note) || !same(last.fileId, e.fileId)) return undefined;
  if (!same(last.progress, e.progress)) return undefined;
  if (
    e.kind === 'submit' &&
    (!same(last.productNumber, e.productNumber) || !same(last.productDate, e.productDate))
  )
    return undefined;
  return row;
}

function assertStep(state: WorkflowState, step: WorkflowStep, message: string) {
  if (!canTake(state, step)) throw new AppError('WORKFLOW_STEP_NOT_ALLOWED', message);
}

async function step(
  tx: Db,
  actor: Actor,
  before: repo.AssignmentRow,
  patch: Partial<repo.NewAssignment>,
  event: Omit<repo.NewEvent, 'assignmentId' | 'actorId' | 'at'>,
  action: string,
  when: When,
) {
  // the row is locked: after the change it is the locked row with the patch (no trigger on it)
  const change = Object.keys(patch).length ? { ...patch, updatedAt: new Date() } : null;
  const after: repo.AssignmentRow = change ? { ...before, ...change } : before;
  await repo.writeStep(
    tx,
    before.id,
    change,
    { ...event, assignmentId: before.id, actorId: actor.id, at: when.now },
    auditInsert(tx, actor, {
      entity: 'assignment',
      entityId: before.id,
      action,
      unitId: before.unitId,
      before,
      after,
    }),
  );
  return after;
}

const notFound = () => new AppError('ASSIGNMENT_NOT_FOUND');

/**
 * PATCH: progress (with a note and evidence) by the unit; due date and role by Sở Ngoại vụ. The
 * busiest write: the row is read once, locked, and who may report is asked of it there.
 */
export async function updateAssignment(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateAssignmentBody,
  when: When,
) {
  const reporting = body.progress !== undefined || body.note !== undefined || body.fileId !== undefined;
  const managing = body.dueOn !== undefined || body.role !== undefined;
  if (managing) assignmentPolicy.assertManage(actor);
  const event = {
    kind: body.progress !== undefined ? ('progress' as const) : ('note' as const),
    progress: body.progress ?? null,
    note: body.note || null,
    fileId: body.fileId ?? null,
  };
  return guardedStep(db, {
    lock: (tx) => repo.lockAssignment(tx, id),
    notFound,
    authorise: (r) => {
      if (!assignmentPolicy.canRead(actor, r)) throw notFound();
      if (reporting) assignmentPolicy.assertReport(actor, r);
    },
    // a change of deadline or role does not depend on the workflow; a progress report does, and
    // it is decided on the locked row (check)
    stateOf: (r) => (reporting ? r.workflow : ''),
    repeat: (tx, r) =>
      reporting && !managing ? repeatOf(tx, actor, r, { ...event, workflow: r.workflow }, when) : undefined,
    check: (r) => {
      if (reporting && !isWorking(r.workflow))
        throw new AppError(
          'WORKFLOW_STEP_NOT_ALLOWED',
          'Sản phẩm đã nộp; chỉ cập nhật tiến độ khi việc còn mở hoặc bị trả lại.',
        );
    },
    apply: async (tx, current) => {
      let row = current;
      if (managing) {
        const patch: Partial<repo.NewAssignment> = {};
        if (body.dueOn !== undefined) patch.dueOn = body.dueOn;
        if (body.role !== undefined) patch.role = body.role;
        row = await repo.updateAssignment(tx, id, patch);
        await recordAudit(tx, actor, {
          entity: 'assignment',
          entityId: id,
          action: 'update',
          unitId: row.unitId,
          before: current,
          after: row,
        });
        if (body.role !== undefined && row.taskId) await refreshClarity(tx, row.taskId);
      }
      if (reporting) {
        if (body.fileId) await claimFileFor(tx, actor, body.fileId, row.unitId);
        const progress = body.progress ?? row.progress;
        row = await step(
          tx,
          actor,
          row,
          body.progress !== undefined && body.progress !== row.progress ? { progress } : {},
          { ...event, workflow: row.workflow },
          event.kind,
          when,
        );
      }
      return row;
    },
  });
}

export async function addNote(
  db: Db,
  actor: Actor,
  id: string,
  body: { note?: string; fileId?: string },
  when: When,
) {
  const seen = await getAssignment(db, actor, id);
  assignmentPolicy.assertReport(actor, seen);
  const event = {
    kind: 'note' as const,
    progress: null,
    note: body.note || null,
    fileId: body.fileId ?? null,
  };
  // a note does not depend on the state: the lock only orders it with the other steps
  return guardedStep(db, {
    lock: (tx) => repo.lockAssignment(tx, id),
    notFound,
    stateOf: () => '',
    seen: '',
    repeat: (tx, r) => repeatOf(tx, actor, r, { ...event, workflow: r.workflow }, when),
    apply: async (tx, current) => {
      if (body.fileId) await claimFileFor(tx, actor, body.fileId, current.unitId);
      return step(tx, actor, current, {}, { ...event, workflow: current.workflow }, 'note', when);
    },
  });
}

export async function submitProduct(db: Db, actor: Actor, id: string, body: SubmitBody, when: When) {
  const seen = await getAssignment(db, actor, id);
  assignmentPolicy.assertReport(actor, seen);
  const onBehalf = !isUnitMember(actor);
  const kind: WorkflowStep = onBehalf ? 'record_signed' : 'submit';
  const workflow = workflowSteps[kind].to;
  const productDate = body.productDate ?? when.today;
  const event = {
    kind: 'submit' as const,
    progress: 100,
    note: body.note || null,
    fileId: body.fileId ?? null,
    productNumber: body.productNumber ?? null,
    productDate,
  };
  return guardedStep(db, {
    lock: (tx) => repo.lockAssignment(tx, id),
    notFound,
    stateOf: (r) => r.workflow,
    seen: seen.workflow,
    repeat: (tx, r) => repeatOf(tx, actor, r, { ...event, workflow }, when),
    check: (r) => assertStep(r.workflow, kind, 'Sản phẩm đã được nộp và đang chờ xử lý.'),
    apply: async (tx, current) => {
      if (body.fileId) await claimFileFor(tx, actor, body.fileId, current.unitId);
      return step(
        tx,
        actor,
        current,
        {
          workflow,
          completedOn: when.today,
          submittedAt: when.now,
          progress: 100,
          productNumber: body.productNumber ?? null,
          productDate,
          // a resubmission without a new file keeps the file sent before
          productFileId: body.fileId ?? (current.workflow === 'returned' ? current.productFileId : null),
          returnReason: null,
        },
        { ...event, workflow },
        `${current.workflow === 'returned' ? 'resubmit' : 'submit'}${onBehalf ? '_on_behalf' : ''}`,
        when,
      );
    },
  });
}

/** confirm, accept, return: a step of the loop after the submission, guarded the same way. */
async function reviewStep(
  db: Db,
  actor: Actor,
  id: string,
  kind: 'confirm' | 'accept' | 'return',
  opts: {
    authorise: (row: repo.AssignmentRow) => void;
    refused: string;
    note: string | null;
    patch: (tx: Db, row: repo.AssignmentRow) => Promise<Partial<repo.NewAssignment>>;
  },
  when: When,
) {
  const seen = await getAssignment(db, actor, id);
  opts.authorise(seen);
  const workflow = workflowSteps[kind].to;
  const event = { kind, progress: null, note: opts.note, fileId: null };
  return guardedStep(db, {
    lock: (tx) => repo.lockAssignment(tx, id),
    notFound,
    stateOf: (r) => r.workflow,
    seen: seen.workflow,
    repeat: (tx, r) => repeatOf(tx, actor, r, { ...event, workflow }, when),
    check: (r) => assertStep(r.workflow, kind, opts.refused),
    apply: async (tx, current) =>
      step(
        tx,
        actor,
        current,
        { workflow, ...(await opts.patch(tx, current)) },
        { ...event, workflow },
        kind,
        when,
      ),
  });
}

export function confirmProduct(db: Db, actor: Actor, id: string, note: string | undefined, when: When) {
  return reviewStep(
    db,
    actor,
    id,
    'confirm',
    {
      authorise: (row) => assignmentPolicy.assertConfirm(actor, row),
      refused: 'Chỉ xác nhận được sản phẩm vừa nộp, chưa được xác nhận.',
      note: note || null,
      patch: async () => ({}),
    },
    when,
  );
}

export function acceptProduct(db: Db, actor: Actor, id: string, note: string | undefined, when: When) {
  return reviewStep(
    db,
    actor,
    id,
    'accept',
    {
      authorise: () => assignmentPolicy.assertReview(actor),
      refused: 'Chỉ tiếp nhận sản phẩm đã được thủ trưởng đơn vị xác nhận.',
      note: note || null,
      patch: async () => ({}),
    },
    when,
  );
}

export function returnProduct(db: Db, actor: Actor, id: string, reason: string, when: When) {
  return reviewStep(
    db,
    actor,
    id,
    'return',
    {
      authorise: () => assignmentPolicy.assertReview(actor),
      refused: 'Chỉ trả lại sản phẩm đã nộp và chưa được tiếp nhận.',
      note: reason,
      patch: async (tx, row) => ({
        completedOn: null,
        returnReason: reason,
        progress: Math.min((await repo.lastReportedProgress(tx, row.id)) ?? 0, RETURNED_MAX_PROGRESS),
      }),
    },
    when,
  );
}
