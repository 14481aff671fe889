// Document intake: read a directive's text against the unit directory, and save the clerk's
// corrected draft (document, citations, tasks, assignments) in one transaction, all or nothing.
import { documentNumberKey } from '../../../shared/documents.js';
import { extractDirective } from '../../../shared/intake/extract.js';
import type { DirectoryUnit, Extraction } from '../../../shared/intake/types.js';
import { occurrencesBetween } from '../../../shared/recurrence.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { assignTask } from '../assignments/service.js';
import { createDocument, keepSource } from '../documents/service.js';
import { createTask } from '../tasks/service.js';
import { allUnits } from '../units/repo.js';
import { groupCodeOf } from './groups.js';
import { intakePolicy } from './policy.js';
import * as repo from './repo.js';
import type { SaveBody } from './schema.js';

function untilFor(recurrence: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const endOfYear = `${year}-12-31`;
  return occurrencesBetween(recurrence, today, endOfYear).length ? endOfYear : `${year + 1}-12-31`;
}

/** The registered document a citation names: same number key, the cited year preferred. */
function pickCited(candidates: repo.NumberedDocument[], key: string, date: string | null | undefined) {
  const same = candidates.filter((d) => d.numberKey === key && d.unitId === null);
  const year = date ? Number(date.slice(0, 4)) : null;
  const ofYear = year ? same.filter((d) => d.year === year) : same;
  if (ofYear.length === 1) return ofYear[0]!.id;
  if (!year && same.length === 1) return same[0]!.id;
  return null;
}

export async function extract(db: Db, actor: Actor, text: string) {
  intakePolicy.assertUse(actor);
  if (!text.trim()) throw new AppError('INTAKE_EMPTY_TEXT');
  const units = await allUnits(db, { activeOnly: true });
  const directory: DirectoryUnit[] = units.map((u) => ({
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
  }));
  const extraction: Extraction = extractDirective(text, directory);
  const byCode = new Map(units.map((u) => [u.code, u.id]));
  const unitIds: Record<string, string> = {};
  for (const u of extraction.assignedUnits) {
    const id = u.unitCode ? byCode.get(u.unitCode) : undefined;
    if (u.unitCode && id) unitIds[u.unitCode] = id;
  }
  const keys = extraction.citedDocuments.map((c) => documentNumberKey(c.number));
  const registered = await repo.documentsByNumberKeys(db, keys);
  return {
    ...extraction,
    links: {
      citedDocumentIds: extraction.citedDocuments.map((c, i) => pickCited(registered, keys[i]!, c.date)),
      unitIds,
      groupCodes: extraction.assignedGroups.map(groupCodeOf),
      focalUnitIds: units.filter((u) => u.isFocal).map((u) => u.id),
    },
  };
}

/**
 * Saves the reviewed draft: the document (through the documents module, so a number already
 * registered is refused with DOCUMENT_NUMBER_TAKEN), "cites" links to registered documents with
 * the same number (no stub is created for the others: they are reported back), the source text it
 * was read from, then each task
 * and its assignments (role lead, due on the task's deadline). Any failure rolls back everything.
 */
export async function save(db: Db, actor: Actor, body: SaveBody, today: string) {
  intakePolicy.assertUse(actor);
  return db.transaction(async (tx) => {
    const keys = body.citedDocuments.map((c) => documentNumberKey(c.number));
    const registered = await repo.documentsByNumberKeys(tx, keys);
    const citesIds: string[] = [];
    const unlinkedCitations: string[] = [];
    body.citedDocuments.forEach((c, i) => {
      const id = pickCited(registered, keys[i]!, c.date);
      if (id && !citesIds.includes(id)) citesIds.push(id);
      else if (!id) unlinkedCitations.push(c.number);
    });
    const doc = await createDocument(tx, actor, {
      ...body.document,
      summary: body.document.summary ?? '',
      unitId: null,
      implementsIds: [],
      citesIds,
    });
    if (body.sourceText?.trim()) await keepSource(tx, actor, doc.id, body.sourceText);
    const taskIds: string[] = [];
    let assignmentCount = 0;
    for (const [i, t] of body.tasks.entries()) {
      const partners = t.coordinatorUnitIds.filter((id) => !t.unitIds.includes(id));
      const task = await createTask(tx, actor, {
        documentId: doc.id,
        seq: i + 1,
        title: t.title,
        dueOn: t.dueOn ?? null,
        recurrence: t.recurrence ?? null,
        leadUnitId: t.unitIds.length === 1 && !t.groups.length ? t.unitIds[0] : null,
        coordinatingUnitIds: partners,
      });
      taskIds.push(task.id);
      // A recurring task is given for the periods due until the end of the year (the next year's
      // when this year's are past), as a clerk would give it by hand.
      const until = task.recurrence ? untilFor(task.recurrence, today) : undefined;
      const give = async (
        unitIds: string[],
        groups: SaveBody['tasks'][number]['groups'],
        role: 'lead' | 'coordinator',
      ) => {
        if (!unitIds.length && !groups.length) return;
        const r = await assignTask(
          tx,
          actor,
          task.id,
          { unitIds, groups, role, dueOn: t.dueOn ?? null, ...(until ? { until } : {}) },
          today,
        );
        assignmentCount += r.created.length;
      };
      await give(t.unitIds, t.groups, 'lead');
      await give(partners, [], 'coordinator');
    }
    return { documentId: doc.id, taskIds, assignmentCount, citesIds, unlinkedCitations };
  });
}
