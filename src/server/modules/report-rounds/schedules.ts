// Recurring report schedules: made from a round opened with `repeat`, they open the next round by
// themselves on each cut-off of their kinds (the first directive's 6-month and annual reports,
// the quarterly review of the commitments). Any number of app servers may run the check: each
// schedule is locked while its round opens, and a round is unique per schedule and cut-off.
import {
  type DatedPeriod,
  latestEndedPeriod,
  nextEndingPeriod,
  type PeriodKind,
  type PeriodStyle,
  periodLabel,
} from '../../../shared/periods.js';
import { addWorkingDays } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { calendarFor } from '../holidays/service.js';
import { notify } from '../notifications/service.js';
import { roundPolicy } from './policy.js';
import * as repo from './repo.js';
import type { ScheduleOut, UpdateScheduleBody } from './schema.js';
import { openRound } from './service.js';

const titleOf = (template: string, p: DatedPeriod) =>
  template.replace('{period}', periodLabel(p.kind, p.year, p.index));

function presentSchedule(
  s: repo.ScheduleRow & { rounds: number },
  docs: { id: string; number: string; summary: string }[],
): ScheduleOut {
  const next = s.active ? nextEndingPeriod(s.kinds, s.style, s.lastPeriodEnd) : null;
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    id: s.id,
    titleTemplate: s.titleTemplate,
    nextTitle: next ? titleOf(s.titleTemplate, next) : null,
    kinds: s.kinds,
    style: s.style,
    dueWorkingDays: s.dueWorkingDays,
    reportDueWorkingDays: s.reportDueWorkingDays,
    includeCommitments: s.includeCommitments,
    groups: s.groups,
    documents: s.documentIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    units: s.unitIds.length,
    active: s.active,
    lastPeriodEnd: s.lastPeriodEnd,
    nextOpensOn: next?.end ?? null,
    nextPeriodLabel: next ? periodLabel(next.kind, next.year, next.index) : null,
    lastError: s.lastError,
    lastErrorOn: s.lastErrorOn,
    rounds: s.rounds,
    createdAt: s.createdAt.toISOString(),
  };
}

export async function listSchedules(db: Db, actor: Actor) {
  roundPolicy.assertManage(actor);
  const rows = await repo.listSchedules(db);
  const docs = await repo.documentRefs(db, [...new Set(rows.flatMap((r) => r.documentIds))]);
  return { items: rows.map((r) => presentSchedule(r, docs)), total: rows.length };
}

export async function updateSchedule(db: Db, actor: Actor, id: string, body: UpdateScheduleBody) {
  roundPolicy.assertManage(actor);
  await db.transaction(async (tx) => {
    const before = await repo.lockSchedule(tx, id);
    if (!before) throw new AppError('SCHEDULE_NOT_FOUND');
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    // resumed, it opens at most the latest cut-off that passed while it was paused
    const after = await repo.updateSchedule(tx, id, { ...patch, lastError: null, lastErrorOn: null });
    await recordAudit(tx, actor, {
      entity: 'report_schedule',
      entityId: id,
      action: 'update',
      before,
      after,
    });
  });
  const found = (await listSchedules(db, actor)).items.find((s) => s.id === id);
  if (!found) throw new AppError('SCHEDULE_NOT_FOUND');
  return found;
}

/** Who opens a schedule's rounds: its maker while still an active focal officer, else another one. */
async function openerOf(db: Db, s: repo.ScheduleRow): Promise<Actor | null> {
  const focal = await repo.activeFocalOfficers(db);
  return focal.find((u) => u.id === s.createdBy) ?? focal[0] ?? null;
}

/**
 * Opens the round of every active schedule whose next cut-off has come (today or earlier, after
 * the last one it opened): the latest such period only, so a server down for months does not open
 * a round per missed month. Returns the rounds opened.
 */
export async function openScheduledRounds(
  db: Db,
  today: string,
): Promise<{ roundId: string; scheduleId: string }[]> {
  const opened: { roundId: string; scheduleId: string }[] = [];
  for (const s of await repo.activeScheduleIds(db)) {
    const due = latestEndedPeriod(s.kinds as PeriodKind[], s.style as PeriodStyle, today);
    if (!due || due.end <= s.lastPeriodEnd) continue;
    if (s.lastErrorOn === today) continue; // failed today already: tried again tomorrow
    try {
      const roundId = await db.transaction(async (tx) => {
        const locked = await repo.lockScheduleSkipLocked(tx, s.id);
        if (!locked?.active || due.end <= locked.lastPeriodEnd) return null;
        const actor = await openerOf(tx, locked);
        if (!actor)
          throw new AppError('FORBIDDEN', 'Không còn chuyên viên Sở Ngoại vụ nào để mở kỳ báo cáo.');
        const cal = await calendarFor(tx, due.end, addWorkingDays(due.end, 60));
        const round = await openRound(
          tx,
          actor,
          {
            title: titleOf(locked.titleTemplate, due),
            kind: due.kind,
            style: locked.style,
            periodStart: due.start,
            periodEnd: due.end,
            dueWorkingDays: locked.dueWorkingDays,
            reportDueOn:
              locked.reportDueWorkingDays === null
                ? undefined
                : addWorkingDays(due.end, Math.max(locked.reportDueWorkingDays, locked.dueWorkingDays), cal),
            documentIds: locked.documentIds,
            includeCommitments: locked.includeCommitments,
            groups: locked.groups as never,
            unitIds: locked.unitIds,
            allWithWork: locked.allWithWork,
            outline: locked.outline,
          },
          today,
          locked.id,
        );
        await repo.updateSchedule(tx, locked.id, {
          lastPeriodEnd: due.end,
          lastError: null,
          lastErrorOn: null,
        });
        await notify(
          tx,
          (await repo.activeFocalOfficers(tx)).map((u) => u.id),
          {
            kind: 'report_round',
            title: `Đã tự mở kỳ báo cáo: ${round.title}`,
            body: `${round.required} đơn vị phải báo cáo, hạn gửi ${round.dueOn.split('-').reverse().join('/')}. Lập công văn đề nghị báo cáo trên trang của kỳ.`,
            link: `/ky-bao-cao/${round.id}`,
            subjectType: 'report_round',
            subjectId: round.id,
            mail: false,
          },
        );
        return round.id;
      });
      if (roundId) opened.push({ roundId, scheduleId: s.id });
    } catch (err) {
      // the round is not opened (nothing of it is written); the schedule says why, and tries tomorrow
      const message = err instanceof AppError ? err.message : (err as Error).message;
      await repo.updateSchedule(db, s.id, { lastError: message, lastErrorOn: today });
    }
  }
  return opened;
}
