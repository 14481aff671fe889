// The compiled report of a round: its draft (written from the submissions, edited by Sở Ngoại vụ,
// written again to fold in late reports), the .docx and the annex .xlsx made from it, each
// produced file kept with the round under a version number; and the covering công văn.
import type { Db } from '../../db/client.js';
import { type Actor, readsAllUnits } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, forbidden } from '../../lib/errors.js';
import { DOCX_MIME, renderOfficialDocument } from '../../lib/nd30/index.js';
import { XLSX_MIME } from '../files/excel.js';
import { insertFile } from '../files/repo.js';
import { roundPolicy } from '../report-rounds/policy.js';
import { findVisibleRound, getRound } from '../report-rounds/service.js';
import { annexWorkbook, compiledReport, roundLetter } from './documents.js';
import { buildDraft, type ReportDraft } from './draft.js';
import * as repo from './repo.js';
import type { PutDraftBody } from './schema.js';

export interface When {
  today: string;
  now: Date;
}

async function gather(db: Db, roundId: string, periodEnd: string) {
  const [units, commitments, obstacles] = await Promise.all([
    repo.unitFigures(db, roundId),
    repo.commitmentLines(db, roundId),
    repo.escalatedObstacles(db, roundId, periodEnd),
  ]);
  return { units, commitments, obstacles };
}

/** Sở Ngoại vụ writes the compiled report; leaders and administrators read it; units do not. */
async function focalRound(db: Db, actor: Actor, id: string, today: string, write = false) {
  if (write) roundPolicy.assertManage(actor);
  else if (!readsAllUnits(actor))
    throw forbidden('Báo cáo tổng hợp do Sở Ngoại vụ lập; đơn vị không xem được.');
  await findVisibleRound(db, actor, id);
  return getRound(db, actor, id, today);
}

/** The draft as kept, or freshly written from the submissions when there is none yet. */
export async function getDraft(db: Db, actor: Actor, id: string, when: When): Promise<ReportDraft> {
  const round = await focalRound(db, actor, id, when.today);
  const { round: row } = await findVisibleRound(db, actor, id);
  if (row.reportDraft) return row.reportDraft as ReportDraft;
  const data = await gather(db, id, round.periodEnd);
  return buildDraft({ round, ...data, today: when.today, now: when.now });
}

/** Saves the officer's edits (over the version read) or, with `regenerate`, writes it again. */
export async function putDraft(db: Db, actor: Actor, id: string, body: PutDraftBody, when: When) {
  const round = await focalRound(db, actor, id, when.today, true);
  const data = body.regenerate ? await gather(db, id, round.periodEnd) : null;
  return db.transaction(async (tx) => {
    const { round: row } = await findVisibleRound(tx, actor, id);
    const current = row.reportDraft as ReportDraft | null;
    const currentVersion = current?.version ?? 0;
    if (body.version !== currentVersion)
      throw new AppError(
        'REPORT_DRAFT_VERSION_CONFLICT',
        `Dự thảo báo cáo vừa được người khác lưu (phiên bản ${currentVersion}); tải lại để xem bản mới rồi sửa tiếp.`,
        { details: { version: currentVersion } },
      );
    let next: ReportDraft;
    if (data)
      next = {
        ...buildDraft({ round, ...data, today: when.today, now: when.now }),
        version: currentVersion + 1,
      };
    else {
      const base =
        current ??
        buildDraft({ round, ...(await gather(tx, id, round.periodEnd)), today: when.today, now: when.now });
      const { version: _v, regenerate: _r, sections, ...fields } = body;
      if (sections) {
        const keys = new Set(base.sections.map((s) => s.key));
        if (sections.some((s) => !keys.has(s.key))) throw new AppError('SUBMISSION_SECTION_UNKNOWN');
      }
      next = {
        ...base,
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        sections: sections
          ? base.sections.map((s) => ({ ...s, text: sections.find((x) => x.key === s.key)?.text ?? s.text }))
          : base.sections,
        version: currentVersion + 1,
        edited: true,
      };
    }
    await repo.setDraft(tx, id, next);
    const action = body.regenerate ? 'report_regenerate' : 'report_edit';
    await recordAudit(tx, actor, {
      entity: 'report_round',
      entityId: id,
      action,
      before: current ? { reportDraft: current } : null,
      after: { reportDraft: next },
    });
    return next;
  });
}

/** The round, its draft (as kept, or written now) and the data the files are made of, read once. */
async function inputs(db: Db, actor: Actor, id: string, when: When) {
  const round = await focalRound(db, actor, id, when.today);
  const { round: row } = await findVisibleRound(db, actor, id);
  const data = await gather(db, id, round.periodEnd);
  const draft =
    (row.reportDraft as ReportDraft | null) ??
    buildDraft({ round, ...data, today: when.today, now: when.now });
  return { round, draft, units: data.units, commitments: data.commitments };
}

export async function reportDocx(db: Db, actor: Actor, id: string, when: When) {
  const { round, draft, units, commitments } = await inputs(db, actor, id, when);
  return renderOfficialDocument(compiledReport({ draft, round, units, commitments, today: when.today }));
}

export async function annexXlsx(db: Db, actor: Actor, id: string, when: When) {
  const { round, draft, units, commitments } = await inputs(db, actor, id, when);
  const tasks = await repo.taskLines(db, id);
  return annexWorkbook({
    draft,
    round,
    units,
    commitments,
    tasks,
    today: when.today,
    title: round.title,
    periodLabel: round.periodLabel,
  });
}

export async function letterDocx(db: Db, actor: Actor, id: string, when: When) {
  const round = await getRound(db, actor, id, when.today);
  const units = await repo.unitFigures(db, id);
  return renderOfficialDocument(
    roundLetter({ round, unitNames: units.map((u) => u.name), today: when.today }),
  );
}

const fileNames = {
  report: (v: number) => `bao-cao-tong-hop-v${v}.docx`,
  annex: (v: number) => `phu-luc-v${v}.xlsx`,
  letter: (v: number) => `cong-van-mo-ky-v${v}.docx`,
};

/** Produces a file from the current draft and keeps it with the round as the next version. */
export async function produce(
  db: Db,
  actor: Actor,
  id: string,
  kind: 'report' | 'annex' | 'letter',
  when: When,
) {
  roundPolicy.assertManage(actor);
  const content =
    kind === 'report'
      ? await reportDocx(db, actor, id, when)
      : kind === 'annex'
        ? await annexXlsx(db, actor, id, when)
        : await letterDocx(db, actor, id, when);
  await db.transaction(async (tx) => {
    const version = await repo.nextVersion(tx, id, kind);
    const file = await insertFile(tx, {
      name: fileNames[kind](version),
      mime: kind === 'annex' ? XLSX_MIME : DOCX_MIME,
      content,
      unitId: null,
      uploadedBy: actor.id,
    });
    const out = await repo.insertOutput(tx, {
      roundId: id,
      kind,
      version,
      fileId: file.id,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      entity: 'report_round',
      entityId: id,
      action: 'produce',
      after: { kind, version, fileId: file.id, fileName: file.name },
    });
    return out;
  });
  return listOutputs(db, actor, id, when.today);
}

export async function listOutputs(db: Db, actor: Actor, id: string, today: string) {
  await focalRound(db, actor, id, today);
  const rows = await repo.outputsOf(db, id);
  return {
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    total: rows.length,
  };
}
