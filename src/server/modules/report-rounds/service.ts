// Report rounds: open one (period, deadline, scope, required units, outline) with every
// required unit's submission pre-filled as of the cut-off, in one transaction; list and read
// rounds with their counts; adjust a round (deadline, outline, units added, closing).
import { matchUnitNames } from '../../../shared/intake/names.js';
import { periodContaining, periodWindow } from '../../../shared/periods.js';
import { defaultOutline, describePeriod } from '../../../shared/report-rounds.js';
import { type UnitGroupCode, unitGroups } from '../../../shared/units.js';
import { formatVnDate } from '../../../shared/urging.js';
import { addWorkingDays, workingDaysBetween } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { calendarFor } from '../holidays/service.js';
import { notifyUnitRoles } from '../notifications/service.js';
import { allUnits } from '../units/repo.js';
import { roundPolicy } from './policy.js';
import * as prefill from './prefill.js';
import { presentRound } from './present.js';
import * as repo from './repo.js';
import type { CreateRoundBody, ListRoundsQuery, ListSubmissionsQuery, UpdateRoundBody } from './schema.js';

const minDate = (a: string, b: string) => (a < b ? a : b);

function resolvePeriod(body: CreateRoundBody) {
  if (body.periodStart && body.periodEnd) return { start: body.periodStart, end: body.periodEnd };
  if (body.year && body.kind !== 'ad_hoc') {
    const w = periodWindow(
      body.kind,
      body.year,
      Math.min(body.index ?? 1, body.kind === 'quarter' ? 4 : 12),
      body.style,
    );
    if (w) return { start: body.periodStart ?? w.start, end: body.periodEnd ?? w.end };
  }
  throw new AppError('ROUND_PERIOD_REQUIRED');
}

async function resolveUnits(db: Db, body: CreateRoundBody, scope: prefill.ScopeSpec) {
  const directory = await allUnits(db, { activeOnly: true });
  const byId = new Map(directory.map((u) => [u.id, u]));
  const byCode = new Map(directory.map((u) => [u.code, u]));
  const ids = new Set<string>();
  const unknown = (body.unitIds ?? []).filter((id) => !byId.has(id));
  if (unknown.length) throw new AppError('ROUND_UNIT_INVALID', undefined, { details: { unitIds: unknown } });
  for (const id of body.unitIds ?? []) ids.add(id);
  for (const g of (body.groups ?? []) as UnitGroupCode[]) {
    const kinds: readonly string[] = unitGroups[g].kinds;
    // Sở Ngoại vụ compiles the round: it is not among the departments that report to itself
    for (const u of directory) if (kinds.includes(u.kind) && !u.isFocal) ids.add(u.id);
  }
  let unmatched: string[] = [];
  if (body.namesText?.trim()) {
    const result = matchUnitNames(body.namesText, directory);
    for (const m of result.matched) {
      const u = byCode.get(m.unit.code);
      if (u) ids.add(u.id);
    }
    unmatched = result.unmatched;
  }
  if (body.allWithWork) for (const id of await prefill.unitsWithWork(db, scope)) ids.add(id);
  return { ids: [...ids], unmatched };
}

/** Each required unit's people learn that a round asks for their report, and by when. */
async function tellUnits(tx: Db, round: repo.RoundRow, submissions: { id: string; unitId: string }[]) {
  await notifyUnitRoles(
    tx,
    submissions.map((s) => ({
      unitId: s.unitId,
      roles: ['officer', 'head'],
      notice: {
        kind: 'report_round',
        title: `Đề nghị báo cáo: ${round.title}`,
        body: `Số liệu từ ${formatVnDate(round.periodStart)} đến ${formatVnDate(round.periodEnd)}; hạn gửi Sở Ngoại vụ ${formatVnDate(round.dueOn)}. Báo cáo của đơn vị đã được điền sẵn số liệu đến ngày chốt.`,
        link: `/bao-cao-don-vi/${s.id}`,
        subjectType: 'report_submission',
        subjectId: s.id,
        key: `round:${round.id}`,
      },
    })),
  );
}

/** The schedule a round with `repeat` makes, checked before anything is written. */
async function scheduleFrom(
  db: Db,
  body: CreateRoundBody,
  period: { start: string; end: string },
  dueOn: string,
): Promise<Omit<repo.NewSchedule, 'createdBy' | 'documentIds' | 'outline'> | null> {
  if (!body.repeat) return null;
  if (body.kind === 'ad_hoc') throw new AppError('ROUND_REPEAT_AD_HOC');
  const own = periodContaining(body.kind, period.end, body.style);
  const w = own && periodWindow(body.kind, own.year, own.index, body.style);
  if (!w || w.start !== period.start || w.end !== period.end) throw new AppError('ROUND_REPEAT_PERIOD');
  const kinds = [...new Set([...body.repeat.kinds, body.kind])];
  const cal = await calendarFor(db, period.end, body.reportDueOn ?? dueOn);
  const label = describePeriod(body.kind, body.style, period.start, period.end);
  return {
    titleTemplate: body.title.includes(label)
      ? body.title.replace(label, '{period}')
      : `${body.title} ({period})`,
    kinds,
    style: body.style,
    dueWorkingDays: body.dueWorkingDays ?? workingDaysBetween(period.end, dueOn, cal),
    reportDueWorkingDays: body.reportDueOn ? workingDaysBetween(period.end, body.reportDueOn, cal) : null,
    includeCommitments: body.includeCommitments,
    groups: body.groups ?? [],
    unitIds: body.unitIds ?? [],
    allWithWork: Boolean(body.allWithWork),
    lastPeriodEnd: period.end,
  };
}

export async function createRound(db: Db, actor: Actor, body: CreateRoundBody, today: string) {
  return openRound(db, actor, body, today, null);
}

/**
 * Opens a round (the officer's, or a schedule's on its cut-off: `scheduleId`), every required
 * unit's submission pre-filled, in one transaction; with `repeat`, its schedule too.
 */
export async function openRound(
  db: Db,
  actor: Actor,
  body: CreateRoundBody,
  today: string,
  scheduleId: string | null,
) {
  roundPolicy.assertManage(actor);
  const period = resolvePeriod(body);
  if (period.end < period.start) throw new AppError('ROUND_PERIOD_INVALID');
  let dueOn = body.dueOn;
  if (!dueOn && body.dueWorkingDays !== undefined)
    dueOn = addWorkingDays(period.end, body.dueWorkingDays, await calendarFor(db, period.end, period.end));
  if (!dueOn) throw new AppError('ROUND_DUE_REQUIRED');
  if (dueOn < period.end) throw new AppError('ROUND_DUE_BEFORE_CUTOFF');
  if (body.reportDueOn && body.reportDueOn < dueOn) throw new AppError('ROUND_REPORT_DUE_INVALID');
  const documentIds = [...new Set(body.documentIds)];
  if (!documentIds.length && !body.includeCommitments) throw new AppError('ROUND_SCOPE_EMPTY');
  const docs = await repo.documentRefs(db, documentIds);
  if (docs.length !== documentIds.length) throw new AppError('ROUND_DOCUMENT_NOT_FOUND');
  const scope = {
    documentIds,
    includeCommitments: body.includeCommitments,
    periodStart: period.start,
    dueOn,
  };
  const { ids: unitIds, unmatched } = await resolveUnits(db, body, scope);
  if (!unitIds.length) throw new AppError('ROUND_NO_UNITS');
  const schedule = await scheduleFrom(db, body, period, dueOn);

  const { round, items } = await db.transaction(async (tx) => {
    const made = schedule
      ? await repo.insertSchedule(tx, {
          ...schedule,
          documentIds,
          outline: body.outline ?? defaultOutline,
          createdBy: actor.id,
        })
      : null;
    if (made)
      await recordAudit(tx, actor, {
        entity: 'report_schedule',
        entityId: made.id,
        action: 'create',
        after: made,
      });
    const round = await repo.insertRound(tx, {
      scheduleId: made?.id ?? scheduleId,
      title: body.title,
      kind: body.kind,
      style: body.style,
      periodStart: period.start,
      periodEnd: period.end,
      dueOn,
      dueWorkingDays: body.dueOn ? null : (body.dueWorkingDays ?? null),
      reportDueOn: body.reportDueOn ?? null,
      documentIds,
      includeCommitments: body.includeCommitments,
      groups: body.groups ?? [],
      outline: body.outline ?? defaultOutline,
      openedOn: today,
      createdBy: actor.id,
    });
    const created = await prefill.createSubmissions(tx, round.id, unitIds);
    const spec = { ...scope, roundId: round.id, asOf: minDate(period.end, today) };
    const items = (await prefill.prefillAssignments(tx, spec)) + (await prefill.prefillCommitments(tx, spec));
    await recordAudit(tx, actor, {
      entity: 'report_round',
      entityId: round.id,
      action: 'create',
      after: { ...round, unitIds, items },
    });
    await tellUnits(tx, round, created);
    return { round, items };
  });
  const counts = await repo.countsOf(db, [round.id], today, null);
  return {
    ...presentRound(round, counts.get(round.id) ?? repo.emptyCounts, docs, null),
    unmatched,
    items,
  };
}

export async function listRounds(db: Db, actor: Actor, q: ListRoundsQuery, today: string) {
  const scope = roundPolicy.scope(actor);
  const { rows, total } = await repo.listRounds(db, q, scope);
  const ids = rows.map((r) => r.id);
  const [counts, docs] = await Promise.all([
    repo.countsOf(db, ids, today, scope),
    repo.documentRefs(db, [...new Set(rows.flatMap((r) => r.documentIds))]),
  ]);
  const mine = scope
    ? await Promise.all(rows.map((r) => repo.submissionIdOf(db, r.id, scope)))
    : rows.map(() => null);
  return {
    items: rows.map((r, i) => presentRound(r, counts.get(r.id) ?? repo.emptyCounts, docs, mine[i] ?? null)),
    total,
  };
}

/** The round as its reader may see it: 404 for a unit that does not report in it. */
export async function findVisibleRound(db: Db, actor: Actor, id: string) {
  const scope = roundPolicy.scope(actor);
  const round = await repo.findRound(db, id);
  const mySubmissionId = round && scope ? await repo.submissionIdOf(db, id, scope) : null;
  if (!round || (scope && !mySubmissionId)) throw new AppError('ROUND_NOT_FOUND');
  return { round, scope, mySubmissionId };
}

export async function getRound(db: Db, actor: Actor, id: string, today: string) {
  const { round, scope, mySubmissionId } = await findVisibleRound(db, actor, id);
  const [counts, docs] = await Promise.all([
    repo.countsOf(db, [id], today, scope),
    repo.documentRefs(db, round.documentIds),
  ]);
  return presentRound(round, counts.get(id) ?? repo.emptyCounts, docs, mySubmissionId);
}

export async function updateRound(db: Db, actor: Actor, id: string, body: UpdateRoundBody, today: string) {
  roundPolicy.assertManage(actor);
  const directory = body.addUnitIds?.length ? await allUnits(db, { activeOnly: true }) : [];
  const known = new Set(directory.map((u) => u.id));
  const unknown = (body.addUnitIds ?? []).filter((u) => !known.has(u));
  if (unknown.length) throw new AppError('ROUND_UNIT_INVALID', undefined, { details: { unitIds: unknown } });
  await db.transaction(async (tx) => {
    const before = await repo.lockRound(tx, id);
    if (!before) throw new AppError('ROUND_NOT_FOUND');
    const { status, addUnitIds, ...fields } = body;
    const changesContent = Object.values(fields).some((v) => v !== undefined) || addUnitIds?.length;
    if (before.status === 'closed' && changesContent && status !== 'open') throw new AppError('ROUND_CLOSED');
    const dueOn = fields.dueOn ?? before.dueOn;
    if (dueOn < before.periodEnd) throw new AppError('ROUND_DUE_BEFORE_CUTOFF');
    const reportDueOn = fields.reportDueOn === undefined ? before.reportDueOn : fields.reportDueOn;
    if (reportDueOn && reportDueOn < dueOn) throw new AppError('ROUND_REPORT_DUE_INVALID');
    const patch = Object.fromEntries(
      Object.entries({
        ...fields,
        status,
        dueWorkingDays: fields.dueOn && fields.dueOn !== before.dueOn ? null : undefined,
      }).filter(([, v]) => v !== undefined),
    ) as Partial<repo.NewRound>;
    const row = await repo.updateRound(tx, id, patch);
    const existing = await repo.unitIdsOf(tx, id);
    const added = [...new Set(addUnitIds ?? [])].filter((u) => !existing.has(u));
    let items = 0;
    if (added.length) {
      await tellUnits(tx, row, await prefill.createSubmissions(tx, id, added));
      const spec = {
        roundId: id,
        unitIds: added,
        documentIds: row.documentIds,
        includeCommitments: row.includeCommitments,
        periodStart: row.periodStart,
        dueOn: row.dueOn,
        asOf: minDate(row.periodEnd, today),
      };
      items = (await prefill.prefillAssignments(tx, spec)) + (await prefill.prefillCommitments(tx, spec));
    }
    await recordAudit(tx, actor, {
      entity: 'report_round',
      entityId: id,
      action: 'update',
      before,
      after: added.length ? { ...row, addedUnitIds: added, items } : row,
    });
  });
  return getRound(db, actor, id, today);
}

export async function listSubmissions(
  db: Db,
  actor: Actor,
  id: string,
  q: ListSubmissionsQuery,
  today: string,
) {
  const { scope } = await findVisibleRound(db, actor, id);
  return repo.listSubmissions(db, id, q, today, scope);
}

/** The units of a round that have not sent their report yet (for urging letters). */
export async function unitsNotSent(db: Db, roundId: string) {
  return repo.unitsNotSent(db, roundId);
}
