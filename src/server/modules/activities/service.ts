// High-level foreign activities: record, edit, link the documents that record them, delete
// while no commitment comes from them.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { activityPolicy } from './policy.js';
import * as repo from './repo.js';
import type { CreateActivityBody, ListActivitiesQuery, UpdateActivityBody } from './schema.js';

export async function listActivities(db: Db, actor: Actor, q: ListActivitiesQuery) {
  return repo.listActivities(db, q, activityPolicy.scope(actor));
}

export async function getActivity(db: Db, actor: Actor, id: string) {
  const scope = activityPolicy.scope(actor);
  const row = await repo.findActivityView(db, id, scope);
  if (!row || (scope && !(await repo.activityInScope(db, id, scope))))
    throw new AppError('ACTIVITY_NOT_FOUND');
  return row;
}

function checkDates(startOn: string, endOn: string | null | undefined) {
  if (endOn && endOn < startOn) throw new AppError('ACTIVITY_DATES_INVALID');
}

async function checkDocuments(db: Db, ids: string[] | undefined) {
  if (!ids?.length) return;
  const found = await repo.existingDocumentIds(db, ids);
  if (ids.some((id) => !found.has(id))) throw new AppError('ACTIVITY_DOCUMENT_NOT_FOUND');
}

export async function createActivity(db: Db, actor: Actor, body: CreateActivityBody) {
  activityPolicy.assertManage(actor);
  checkDates(body.startOn, body.endOn);
  await checkDocuments(db, body.documentIds);
  const id = await db.transaction(async (tx) => {
    const { documentIds, ...fields } = body;
    const row = await repo.insertActivity(tx, { ...fields, createdBy: actor.id });
    const docs = [...new Set(documentIds ?? [])];
    await repo.setDocuments(tx, row.id, docs);
    await recordAudit(tx, actor, {
      entity: 'activity',
      entityId: row.id,
      action: 'create',
      after: { ...row, documentIds: docs },
    });
    return row.id;
  });
  return (await repo.findActivityView(db, id, activityPolicy.scope(actor)))!;
}

export async function updateActivity(db: Db, actor: Actor, id: string, body: UpdateActivityBody) {
  activityPolicy.assertManage(actor);
  await checkDocuments(db, body.documentIds);
  await db.transaction(async (tx) => {
    const before = await repo.findActivity(tx, id);
    if (!before) throw new AppError('ACTIVITY_NOT_FOUND');
    const { documentIds, ...fields } = body;
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    ) as Partial<repo.NewActivity>;
    const next = { ...before, ...patch };
    checkDates(next.startOn, next.endOn);
    const beforeDocs = await repo.documentIdsOf(tx, id);
    const row = await repo.updateActivity(tx, before, patch);
    const docs = documentIds ? [...new Set(documentIds)] : beforeDocs;
    if (documentIds) await repo.setDocuments(tx, id, docs);
    await recordAudit(tx, actor, {
      entity: 'activity',
      entityId: id,
      action: 'update',
      before: { ...before, documentIds: beforeDocs },
      after: { ...row, documentIds: docs },
    });
  });
  return (await repo.findActivityView(db, id, activityPolicy.scope(actor)))!;
}

export async function deleteActivity(db: Db, actor: Actor, id: string) {
  activityPolicy.assertManage(actor);
  await db.transaction(async (tx) => {
    const before = await repo.findActivity(tx, id);
    if (!before) throw new AppError('ACTIVITY_NOT_FOUND');
    if ((await repo.countCommitments(tx, id)) > 0) throw new AppError('ACTIVITY_HAS_COMMITMENTS');
    await recordAudit(tx, actor, { entity: 'activity', entityId: id, action: 'delete', before });
    await repo.deleteActivity(tx, id);
  });
}
