// A unit's report in a round: read it with its pre-filled lines, save the draft (narrative per
// outline section, a comment per line, attached files) under a version check, and move it
// through the one submission workflow (shared/workflow.ts) with lib/guarded.ts: the unit
// submits, its head confirms (the report is sent that day), Sở Ngoại vụ accepts or returns it.
// As with an assignment, the report counts from the version that is accepted: a return clears
// its sending day and the next confirmation sets it again.
import {
  describePeriod,
  editableStates,
  onTimeRate,
  submissionStatus,
} from '../../../shared/report-rounds.js';
import { canTake, type WorkflowStep, workflowSteps } from '../../../shared/workflow.js';
import type { Db } from '../../db/client.js';
import { type Actor, unitScope } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { guardedStep } from '../../lib/guarded.js';
import { claimFileFor } from '../files/service.js';
import { submissionPolicy } from './policy.js';
import * as repo from './repo.js';
import type { RatesQuery, SubmissionOut, UpdateSubmissionBody } from './schema.js';

export interface When {
  today: string;
  now: Date;
}

const notFound = () => new AppError('SUBMISSION_NOT_FOUND');

async function visible(db: Db, actor: Actor, id: string) {
  const found = await repo.findSubmission(db, id);
  if (!found || !submissionPolicy.canRead(actor, found.submission)) throw notFound();
  return found;
}

export async function getSubmission(db: Db, actor: Actor, id: string, today: string): Promise<SubmissionOut> {
  const { submission: s, round: r, unit } = await visible(db, actor, id);
  const [items, fileRows, events] = await Promise.all([
    repo.itemsOf(db, id),
    repo.filesOf(db, id),
    repo.eventsOf(db, id),
  ]);
  const editable = editableStates.includes(s.workflow) && r.status === 'open';
  return {
    id: s.id,
    round: {
      id: r.id,
      title: r.title,
      kind: r.kind,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      periodLabel: describePeriod(r.kind, r.style, r.periodStart, r.periodEnd),
      dueOn: r.dueOn,
      status: r.status,
      outline: r.outline,
    },
    unit,
    workflow: s.workflow,
    status: submissionStatus(s.sentOn, r.dueOn, today),
    version: s.version,
    narrative: s.narrative,
    sentOn: s.sentOn,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    acceptedAt: s.acceptedAt?.toISOString() ?? null,
    returnReason: s.returnReason,
    items: items.map((i) => ({
      id: i.id,
      kind: i.kind,
      assignmentId: i.assignmentId,
      commitmentId: i.commitmentId,
      seq: i.seq,
      title: i.title,
      source: i.source,
      dueOn: i.dueOn,
      completedOn: i.completedOn,
      status: i.status,
      progress: i.progress,
      product: i.product,
      latestNote: i.latestNote,
      detail: i.detail,
      comment: i.comment,
    })),
    files: fileRows,
    events: events.map((e) => ({
      kind: e.kind,
      workflow: e.workflow,
      note: e.note,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
    canEdit: editable && submissionPolicy.canWrite(actor, s),
    steps: r.status === 'open' ? submissionPolicy.steps(actor, s) : [],
    updatedAt: s.updatedAt.toISOString(),
  };
}

function versionConflict(current: number) {
  return new AppError(
    'SUBMISSION_VERSION_CONFLICT',
    `Báo cáo vừa được người khác lưu (phiên bản ${current}) trong lúc bạn đang sửa. Nội dung bạn nhập chưa được lưu: hãy sao lại phần đã sửa, tải lại trang để xem bản mới rồi sửa tiếp.`,
    { details: { version: current } },
  );
}

/** Saves the draft: all of it or nothing, and only over the version the editor read. */
export async function updateSubmission(
  db: Db,
  actor: Actor,
  id: string,
  body: UpdateSubmissionBody,
  today: string,
) {
  const { round } = await visible(db, actor, id);
  const sections = new Set(round.outline.map((o) => o.key));
  const unknownSection = Object.keys(body.narrative ?? {}).find((k) => !sections.has(k));
  if (unknownSection)
    throw new AppError(
      'SUBMISSION_SECTION_UNKNOWN',
      `Mục "${unknownSection}" không có trong đề cương của kỳ báo cáo.`,
    );
  await db.transaction(async (tx) => {
    const before = await repo.lockSubmission(tx, id);
    if (!before) throw notFound();
    submissionPolicy.assertWrite(actor, before);
    if (round.status !== 'open') throw new AppError('ROUND_CLOSED');
    if (!editableStates.includes(before.workflow)) throw new AppError('SUBMISSION_NOT_EDITABLE');
    if (body.version !== before.version) throw versionConflict(before.version);
    if (body.comments?.length) {
      const ids = await repo.itemIdsOf(tx, id);
      if (body.comments.some((c) => !ids.has(c.itemId))) throw new AppError('SUBMISSION_ITEM_UNKNOWN');
      await repo.setComments(tx, id, body.comments);
    }
    const beforeFiles = await repo.fileIdsOf(tx, id);
    if (body.fileIds) {
      const fileIds = [...new Set(body.fileIds)];
      for (const f of fileIds) await claimFileFor(tx, actor, f, before.unitId);
      await repo.setFiles(tx, id, fileIds);
    }
    const after = await repo.updateSubmission(tx, id, {
      narrative: body.narrative ? { ...before.narrative, ...body.narrative } : before.narrative,
      version: before.version + 1,
    });
    await recordAudit(tx, actor, {
      entity: 'report_submission',
      entityId: id,
      action: 'update',
      unitId: before.unitId,
      before: { ...before, fileIds: beforeFiles },
      after: {
        ...after,
        fileIds: body.fileIds ?? beforeFiles,
        ...(body.comments?.length ? { comments: body.comments } : {}),
      },
    });
  });
  return getSubmission(db, actor, id, today);
}

/** How close in time the same step by the same person counts as one click repeated. */
const REPEAT_WINDOW_MS = 2 * 60 * 1000;

/** A workflow step, locked and re-checked in its transaction (lib/guarded.ts). */
export async function takeStep(
  db: Db,
  actor: Actor,
  id: string,
  step: Exclude<WorkflowStep, 'record_signed'>,
  text: string | undefined,
  when: When,
) {
  const { submission: seen, round } = await visible(db, actor, id);
  submissionPolicy.assertStep(actor, seen, step);
  if (round.status !== 'open') throw new AppError('ROUND_CLOSED');
  const target = workflowSteps[step].to;
  await guardedStep(db, {
    lock: (tx) => repo.lockSubmission(tx, id),
    notFound,
    stateOf: (r) => r.workflow,
    seen: seen.workflow,
    repeat: async (tx, r) => {
      if (r.workflow !== target) return undefined;
      const last = await repo.lastEvent(tx, r.id);
      if (!last || last.kind !== step || last.actorId !== actor.id) return undefined;
      if (Math.abs(when.now.getTime() - last.at.getTime()) > REPEAT_WINDOW_MS) return undefined;
      return (last.note ?? null) === (text ?? null) ? r : undefined;
    },
    check: (r) => {
      if (!canTake(r.workflow, step))
        throw new AppError(
          'WORKFLOW_STEP_NOT_ALLOWED',
          step === 'accept'
            ? 'Chỉ tiếp nhận được báo cáo đã được thủ trưởng đơn vị duyệt, gửi.'
            : step === 'confirm'
              ? 'Chỉ duyệt được báo cáo cán bộ đã nộp.'
              : step === 'return'
                ? 'Chỉ trả lại được báo cáo đơn vị đã nộp mà chưa được tiếp nhận.'
                : 'Báo cáo đã nộp; chỉ nộp lại được khi bị trả lại.',
        );
    },
    apply: async (tx, before) => {
      const patch: Partial<repo.NewSubmission> = { workflow: target, version: before.version + 1 };
      if (step === 'submit') {
        patch.submittedAt = when.now;
        patch.returnReason = null;
      }
      if (step === 'confirm') patch.sentOn = when.today;
      if (step === 'accept') patch.acceptedAt = when.now;
      if (step === 'return') {
        patch.returnReason = text ?? null;
        patch.sentOn = null;
      }
      const after = await repo.updateSubmission(tx, id, patch);
      await repo.insertEvent(tx, {
        submissionId: id,
        kind: step,
        workflow: target,
        note: text ?? null,
        actorId: actor.id,
        actorName: actor.fullName,
        at: when.now,
      });
      await recordAudit(tx, actor, {
        entity: 'report_submission',
        entityId: id,
        action: step,
        unitId: before.unitId,
        before,
        after,
      });
      return after;
    },
  });
  return getSubmission(db, actor, id, when.today);
}

/** Each unit's on-time reporting across rounds (a unit's people see their own unit only). */
export async function onTimeRates(db: Db, actor: Actor, q: RatesQuery, today: string) {
  const scope = unitScope(actor);
  if (scope && q.unitId && q.unitId !== scope) return { items: [], total: 0 };
  const rows = await repo.onTimeCounts(db, today, { unitId: scope ?? q.unitId, from: q.from, to: q.to });
  const items = rows.map((r) => {
    const statuses = [
      ...Array(r.on_time).fill('on_time'),
      ...Array(r.late).fill('late'),
      ...Array(r.missing).fill('missing'),
      ...Array(r.not_due).fill('not_due'),
    ];
    return {
      unit: { id: r.id, name: r.name, kind: r.kind },
      rounds: r.rounds,
      onTime: r.on_time,
      late: r.late,
      missing: r.missing,
      notDue: r.not_due,
      rate: onTimeRate(statuses),
    };
  });
  return { items, total: items.length };
}
