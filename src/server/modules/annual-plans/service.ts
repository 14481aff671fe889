// Annual plans: Sở Ngoại vụ picks the year and the programme documents; the draft is computed from
// the tasks whenever it is read (content.ts) and laid out by lib/nd30 (plan-docx.ts). Registering
// the issued plan (number, date) creates its document and its tasks in one transaction: each
// task restates a programme task for the year and is linked to it (tasks.duplicate_of_id), so
// the work is counted once and the overlap review does not propose the pair.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, isUniqueViolation } from '../../lib/errors.js';
import { insertDocumentTx } from '../documents/service.js';
import * as overlapsRepo from '../overlaps/repo.js';
import { proposedGroups } from '../overlaps/service.js';
import { insertTaskTx } from '../tasks/service.js';
import { draftContent, issuedContent, outlook, type PlanContent } from './content.js';
import { PROVINCE_LETTERHEAD, renderPlan } from './plan-docx.js';
import { annualPlanPolicy } from './policy.js';
import * as repo from './repo.js';
import type { CreatePlanBody, IssuePlanBody } from './schema.js';

async function assertDocuments(db: Db, ids: string[]) {
  const found = await repo.documentsByIds(db, ids);
  if (found.length !== new Set(ids).size) throw new AppError('DOCUMENT_NOT_FOUND');
  return found;
}

export async function createPlan(db: Db, actor: Actor, body: CreatePlanBody) {
  annualPlanPolicy.assertManage(actor);
  const documentIds = [...new Set(body.documentIds)];
  await assertDocuments(db, documentIds);
  return db.transaction(async (tx) => {
    const row = await repo.insertPlan(tx, { year: body.year, documentIds, createdBy: actor.id });
    await recordAudit(tx, actor, { entity: 'annual_plan', entityId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function listPlans(db: Db, actor: Actor) {
  annualPlanPolicy.assertRead(actor);
  const plans = await repo.listPlans(db);
  const docs = new Map(
    (await repo.documentsByIds(db, [...new Set(plans.flatMap((p) => p.documentIds))])).map((d) => [d.id, d]),
  );
  return plans.map((p) => ({ plan: p, docs: p.documentIds.map((id) => docs.get(id)!).filter(Boolean) }));
}

async function loadPlan(db: Db, actor: Actor, id: string) {
  annualPlanPolicy.assertRead(actor);
  const plan = await repo.findPlan(db, id);
  if (!plan) throw new AppError('ANNUAL_PLAN_NOT_FOUND');
  return plan;
}

const contentOf = (db: Db, plan: repo.PlanRow): Promise<PlanContent> =>
  plan.status === 'issued' ? issuedContent(db, plan) : draftContent(db, plan.year, plan.documentIds);

export async function getPlan(db: Db, actor: Actor, id: string) {
  const plan = await loadPlan(db, actor, id);
  return { plan, content: await contentOf(db, plan) };
}

/** The overlap review's result, as the plan's requirements report it. */
async function overlapFigures(db: Db) {
  const [{ rows, groups }, decisions] = await Promise.all([
    proposedGroups(db),
    overlapsRepo.listDecisions(db),
  ]);
  return {
    reviewed: rows.size,
    duplicate: decisions.filter((d) => d.decision === 'duplicate').length,
    related: decisions.filter((d) => d.decision === 'related').length,
    open: groups.length,
  };
}

export async function planDocx(db: Db, actor: Actor, id: string, today: string) {
  const { plan, content } = await getPlan(db, actor, id);
  const docx = await renderPlan({
    content,
    number: plan.number,
    issuedOn: plan.issuedOn,
    draftYear: Number(today.slice(0, 4)),
    overlap: await overlapFigures(db),
  });
  return { plan, docx };
}

export async function planOutlook(db: Db, actor: Actor, documentIds: string[], from: number, to: number) {
  annualPlanPolicy.assertRead(actor);
  if (to < from || to - from > 10) throw new AppError('ANNUAL_PLAN_YEARS_INVALID');
  await assertDocuments(db, documentIds);
  return outlook(db, documentIds, from, to);
}

/**
 * Registers the issued plan: under the plan's row lock, the plan must still be a draft; its
 * document (Kế hoạch of UBND tỉnh, implementing the programme) and a task per item are created,
 * each linked to the programme task it restates; all in one transaction with their audit entries.
 */
export async function issuePlan(db: Db, actor: Actor, id: string, body: IssuePlanBody) {
  annualPlanPolicy.assertManage(actor);
  await loadPlan(db, actor, id);
  try {
    await db.transaction(async (tx) => {
      const plan = await repo.lockPlan(tx, id);
      if (!plan) throw new AppError('ANNUAL_PLAN_NOT_FOUND');
      if (plan.status === 'issued') throw new AppError('ANNUAL_PLAN_ISSUED');
      const content = await draftContent(tx, plan.year, plan.documentIds);
      if (!content.items.length) throw new AppError('ANNUAL_PLAN_EMPTY');
      const numbers = content.documents.map((d) => `${d.type} số ${d.number}`).join(', ');
      const doc = await insertDocumentTx(tx, actor, {
        number: body.number,
        type: 'Kế hoạch',
        issuer: PROVINCE_LETTERHEAD.issuerName,
        issuedOn: body.issuedOn,
        summary: `Thực hiện ${numbers} năm ${plan.year}`,
        signer: body.signer ?? null,
        signingAuthority: 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
        unitId: null,
        implementsIds: plan.documentIds,
        citesIds: [],
      });
      const ordered = [...content.byField.flatMap((g) => g.items), ...content.carried];
      const items = [];
      let seq = 0;
      for (const i of ordered) {
        const t = i.task;
        const row = await insertTaskTx(tx, actor, {
          documentId: doc.id,
          seq: ++seq,
          title: t.title,
          leadUnitId: t.leadUnitId,
          coordinatingUnitIds: t.coordinatingUnitIds,
          personInCharge: t.personInCharge,
          dueOn: i.dueOn,
          recurrence: t.recurrence,
          responsibility: t.responsibility,
          product: t.product,
          authority: t.authority,
          duplicateOfId: t.id,
          createdBy: actor.id,
        });
        items.push({ planId: id, taskId: row.id, sourceTaskId: t.id, field: i.field, carried: i.carried });
      }
      await repo.insertItems(tx, items);
      const after = await repo.updatePlan(tx, id, {
        status: 'issued',
        number: body.number,
        issuedOn: body.issuedOn,
        documentId: doc.id,
      });
      await recordAudit(tx, actor, {
        entity: 'annual_plan',
        entityId: id,
        action: 'issue',
        before: plan,
        after,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('DOCUMENT_NUMBER_TAKEN');
    throw err;
  }
  return getPlan(db, actor, id);
}
