// The unit's work on an assignment and the product's loop, each step an assignment_event and an
// audit entry:
//
//   open ──submit──▶ submitted ──confirm (head)──▶ confirmed ──accept (Sở Ngoại vụ)──▶ accepted
//     ▲                 │                              │
//     └────────── returned ◀──return (Sở Ngoại vụ, with a reason)
//   (returned ──submit──▶ submitted again)
//
// completedOn is the day the product was (last) submitted: set by submit, kept by confirm and
// accept, cleared by return. So status (computed) turns "done" when the unit submits, goes
// back to "in progress"/"overdue" when the product is returned, and a resubmission after the
// due date is "done late". Progress is reported while the work is open or returned; submitting
// sets it to 100 %. Reaching 100 % by a progress update does not complete the work: only a
// submitted product does.
//
// When Sở Ngoại vụ records a product on a unit's behalf (a plan that came signed, on paper or
// through the document system), the head has already signed it: it goes straight to
// "confirmed", waiting only for Sở Ngoại vụ to accept it.
import type { Db } from '../../db/client.js';
import type { WorkflowState } from '../../db/schema/tracking.js';
import { type Actor, isUnitMember } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
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

const OPEN: WorkflowState[] = ['open', 'returned'];

function assertState(current: WorkflowState, allowed: WorkflowState[], message?: string) {
  if (!allowed.includes(current)) throw new AppError('WORKFLOW_STEP_NOT_ALLOWED', message);
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
  const after = Object.keys(patch).length ? await repo.updateAssignment(tx, before.id, patch) : before;
  await repo.insertEvent(tx, { ...event, assignmentId: before.id, actorId: actor.id, at: when.now });
  await recordAudit(tx, actor, {
    entity: 'assignment',
    entityId: before.id,
    action,
    unitId: before.unitId,
    before,
    after,
  });
  return after;
}

/** PATCH: progress (with a note and evidence) by the unit; due date and role by Sở Ngoại vụ. */
export async function updateAssignment(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateAssignmentBody,
  when: When,
) {
  const current = await getAssignment(db, actor, id);
  const reporting = body.progress !== undefined || body.note !== undefined || body.fileId !== undefined;
  const managing = body.dueOn !== undefined || body.role !== undefined;
  if (managing) assignmentPolicy.assertManage(actor);
  if (reporting) {
    assignmentPolicy.assertReport(actor, current);
    assertState(
      current.workflow,
      OPEN,
      'Sản phẩm đã nộp; chỉ cập nhật tiến độ khi việc còn mở hoặc bị trả lại.',
    );
  }
  return db.transaction(async (tx) => {
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
        {
          kind: body.progress !== undefined ? 'progress' : 'note',
          progress: body.progress ?? null,
          note: body.note || null,
          fileId: body.fileId ?? null,
          workflow: row.workflow,
        },
        body.progress !== undefined ? 'progress' : 'note',
        when,
      );
    }
    return row;
  });
}

export async function addNote(
  db: Db,
  actor: Actor,
  id: string,
  body: { note?: string; fileId?: string },
  when: When,
) {
  const current = await getAssignment(db, actor, id);
  assignmentPolicy.assertReport(actor, current);
  return db.transaction(async (tx) => {
    if (body.fileId) await claimFileFor(tx, actor, body.fileId, current.unitId);
    return step(
      tx,
      actor,
      current,
      {},
      { kind: 'note', note: body.note || null, fileId: body.fileId ?? null, workflow: current.workflow },
      'note',
      when,
    );
  });
}

export async function submitProduct(db: Db, actor: Actor, id: string, body: SubmitBody, when: When) {
  const current = await getAssignment(db, actor, id);
  assignmentPolicy.assertReport(actor, current);
  assertState(current.workflow, OPEN, 'Sản phẩm đã được nộp và đang chờ xử lý.');
  return db.transaction(async (tx) => {
    if (body.fileId) await claimFileFor(tx, actor, body.fileId, current.unitId);
    const productDate = body.productDate ?? when.today;
    const onBehalf = !isUnitMember(actor);
    const workflow: WorkflowState = onBehalf ? 'confirmed' : 'submitted';
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
      {
        kind: 'submit',
        progress: 100,
        note: body.note || null,
        fileId: body.fileId ?? null,
        productNumber: body.productNumber ?? null,
        productDate,
        workflow,
      },
      `${current.workflow === 'returned' ? 'resubmit' : 'submit'}${onBehalf ? '_on_behalf' : ''}`,
      when,
    );
  });
}

export async function confirmProduct(db: Db, actor: Actor, id: string, note: string | undefined, when: When) {
  const current = await getAssignment(db, actor, id);
  assignmentPolicy.assertConfirm(actor, current);
  assertState(current.workflow, ['submitted'], 'Chỉ xác nhận được sản phẩm vừa nộp, chưa được xác nhận.');
  return db.transaction((tx) =>
    step(
      tx,
      actor,
      current,
      { workflow: 'confirmed' },
      { kind: 'confirm', note: note || null, workflow: 'confirmed' },
      'confirm',
      when,
    ),
  );
}

export async function acceptProduct(db: Db, actor: Actor, id: string, note: string | undefined, when: When) {
  const current = await getAssignment(db, actor, id);
  assignmentPolicy.assertReview(actor);
  assertState(current.workflow, ['confirmed'], 'Chỉ tiếp nhận sản phẩm đã được thủ trưởng đơn vị xác nhận.');
  return db.transaction((tx) =>
    step(
      tx,
      actor,
      current,
      { workflow: 'accepted' },
      { kind: 'accept', note: note || null, workflow: 'accepted' },
      'accept',
      when,
    ),
  );
}

export async function returnProduct(db: Db, actor: Actor, id: string, reason: string, when: When) {
  const current = await getAssignment(db, actor, id);
  assignmentPolicy.assertReview(actor);
  assertState(
    current.workflow,
    ['submitted', 'confirmed'],
    'Chỉ trả lại sản phẩm đã nộp và chưa được tiếp nhận.',
  );
  return db.transaction((tx) =>
    step(
      tx,
      actor,
      current,
      { workflow: 'returned', completedOn: null, returnReason: reason },
      { kind: 'return', note: reason, workflow: 'returned' },
      'return',
      when,
    ),
  );
}
