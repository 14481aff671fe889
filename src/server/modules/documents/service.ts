// Document rules: register with a number unique per issuer and year (however it is spelled),
// link to the documents it implements or cites, attach files; every change audited.
import { typeFromNumber } from '../../../shared/documents.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, isUniqueViolation } from '../../lib/errors.js';
import { claimFileFor, storeUpload } from '../files/service.js';
import type { Upload } from '../files/upload.js';
import { documentPolicy } from './policy.js';
import * as repo from './repo.js';
import type { CreateDocumentBody, ListDocumentsQuery, UpdateDocumentBody } from './schema.js';

/**
 * The refusal for a number already registered for the same issuer and year. It points at the
 * existing document (details.existingId) only when the actor may read it: a unit's own document
 * is not revealed to another unit.
 */
async function numberTaken(
  db: Db,
  actor: Actor,
  v: Pick<repo.NewDocument, 'number' | 'issuer' | 'issuedOn'>,
  exceptId?: string,
) {
  const same = await repo.findSameNumber(db, v, exceptId);
  if (!same) return null;
  if (!documentPolicy.canRead(actor, same)) return new AppError('DOCUMENT_NUMBER_TAKEN');
  return new AppError(
    'DOCUMENT_NUMBER_TAKEN',
    `Văn bản số ${same.number} của ${same.issuer} năm ${same.year} đã có trong hệ thống.`,
    { details: { existingId: same.id } },
  );
}

/** The document if the actor may see it; 404 otherwise (existence is not revealed). */
export async function getDocument(db: Db, actor: Actor, id: string) {
  const row = await repo.findDocument(db, id);
  if (!row || !documentPolicy.canRead(actor, row)) throw new AppError('DOCUMENT_NOT_FOUND');
  return row;
}

export async function listDocuments(db: Db, actor: Actor, q: ListDocumentsQuery) {
  return repo.listDocuments(db, documentPolicy.scope(actor), q);
}

export async function exportDocuments(
  db: Db,
  actor: Actor,
  q: Omit<ListDocumentsQuery, 'page' | 'pageSize'>,
) {
  return repo.allDocuments(db, documentPolicy.scope(actor), q, q.sort);
}

export async function getDocumentDetail(db: Db, actor: Actor, id: string) {
  const row = await getDocument(db, actor, id);
  const [links, files, taskCount, sourceText] = await Promise.all([
    repo.linksOf(db, id),
    repo.filesOf(db, id),
    repo.countTasks(db, id),
    repo.sourceOf(db, id),
  ]);
  const visible = (l: { doc: repo.DocumentRow }) => documentPolicy.canRead(actor, l.doc);
  const pick = (list: typeof links.up, kind: repo.LinkKind) =>
    list.filter((l) => l.kind === kind && visible(l)).map((l) => l.doc);
  return {
    row,
    implements: pick(links.up, 'implements'),
    cites: pick(links.up, 'cites'),
    implementedBy: pick(links.down, 'implements'),
    citedBy: pick(links.down, 'cites'),
    files,
    taskCount,
    sourceText,
  };
}

/** Keeps the text a new document was read from at intake (called in the intake's transaction). */
export async function keepSource(tx: Db, actor: Actor, documentId: string, text: string) {
  const doc = await getDocument(tx, actor, documentId);
  documentPolicy.assertEdit(actor, doc);
  await repo.insertSource(tx, documentId, text);
  await recordAudit(tx, actor, {
    entity: 'document',
    entityId: documentId,
    action: 'source.keep',
    unitId: doc.unitId,
    after: { sourceLength: text.length },
  });
}

async function assertLinkable(tx: Db, actor: Actor, fromId: string, toId: string, kind: repo.LinkKind) {
  if (fromId === toId) throw new AppError('DOCUMENT_LINK_INVALID');
  await getDocument(tx, actor, toId);
  if (kind === 'implements' && (await repo.implementsPathExists(tx, fromId, toId)))
    throw new AppError('DOCUMENT_LINK_CYCLE');
}

export async function createDocument(db: Db, actor: Actor, body: CreateDocumentBody) {
  try {
    return await db.transaction((tx) => insertDocumentTx(tx, actor, body));
  } catch (err) {
    if (isUniqueViolation(err))
      throw (await numberTaken(db, actor, body)) ?? new AppError('DOCUMENT_NUMBER_TAKEN');
    throw err;
  }
}

/**
 * Registers a document inside the caller's transaction (also used when an annual plan is issued):
 * the number check, the links, the audit entry.
 */
export async function insertDocumentTx(tx: Db, actor: Actor, body: CreateDocumentBody) {
  const unitId = body.unitId ?? null;
  documentPolicy.assertCreate(actor, unitId);
  const values: repo.NewDocument = {
    number: body.number,
    type: body.type ?? typeFromNumber(body.number) ?? 'Khác',
    issuer: body.issuer,
    issuedOn: body.issuedOn,
    summary: body.summary,
    signer: body.signer ?? null,
    signingAuthority: body.signingAuthority ?? null,
    unitId,
    createdBy: actor.id,
  };
  const taken = await numberTaken(tx, actor, values);
  if (taken) throw taken;
  const row = await repo.insertDocument(tx, values);
  const links = [
    ...body.implementsIds.map((toId) => ({ toId, kind: 'implements' as const })),
    ...body.citesIds.map((toId) => ({ toId, kind: 'cites' as const })),
  ];
  for (const l of links) {
    await assertLinkable(tx, actor, row.id, l.toId, l.kind);
    await repo.insertLink(tx, row.id, l.toId, l.kind);
  }
  await recordAudit(tx, actor, {
    entity: 'document',
    entityId: row.id,
    action: 'create',
    unitId: row.unitId,
    after: { ...row, links },
  });
  return row;
}

export async function updateDocument(db: Db, actor: Actor, id: string, body: UpdateDocumentBody) {
  const current = await getDocument(db, actor, id);
  documentPolicy.assertEdit(actor, current);
  const next: repo.NewDocument = {
    number: body.number ?? current.number,
    type: body.type ?? current.type,
    issuer: body.issuer ?? current.issuer,
    issuedOn: body.issuedOn ?? current.issuedOn,
    summary: body.summary ?? current.summary,
    signer: body.signer === undefined ? current.signer : body.signer,
    signingAuthority: body.signingAuthority === undefined ? current.signingAuthority : body.signingAuthority,
    unitId: current.unitId,
    createdBy: current.createdBy,
  };
  try {
    return await db.transaction(async (tx) => {
      const taken = await numberTaken(tx, actor, next, id);
      if (taken) throw taken;
      const { unitName: _, ...before } = current;
      const row = await repo.updateDocument(tx, id, next);
      await recordAudit(tx, actor, {
        entity: 'document',
        entityId: id,
        action: 'update',
        unitId: row.unitId,
        before,
        after: row,
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw (await numberTaken(db, actor, next, id)) ?? new AppError('DOCUMENT_NUMBER_TAKEN');
    throw err;
  }
}

export async function deleteDocument(db: Db, actor: Actor, id: string) {
  const current = await getDocument(db, actor, id);
  documentPolicy.assertEdit(actor, current);
  await db.transaction(async (tx) => {
    if ((await repo.countTasks(tx, id)) > 0) throw new AppError('DOCUMENT_HAS_TASKS');
    await recordAudit(tx, actor, {
      entity: 'document',
      entityId: id,
      action: 'delete',
      unitId: current.unitId,
      before: current,
    });
    await repo.deleteDocument(tx, id);
  });
}

export async function addLink(db: Db, actor: Actor, fromId: string, toId: string, kind: repo.LinkKind) {
  const from = await getDocument(db, actor, fromId);
  documentPolicy.assertEdit(actor, from);
  await db.transaction(async (tx) => {
    await assertLinkable(tx, actor, fromId, toId, kind);
    await repo.insertLink(tx, fromId, toId, kind);
    await recordAudit(tx, actor, {
      entity: 'document',
      entityId: fromId,
      action: 'link',
      unitId: from.unitId,
      after: { fromId, toId, kind },
    });
  });
}

export async function removeLink(db: Db, actor: Actor, fromId: string, toId: string, kind: repo.LinkKind) {
  const from = await getDocument(db, actor, fromId);
  documentPolicy.assertEdit(actor, from);
  await db.transaction(async (tx) => {
    if (!(await repo.deleteLink(tx, fromId, toId, kind)))
      throw new AppError('NOT_FOUND', 'Không có liên kết này.');
    await recordAudit(tx, actor, {
      entity: 'document',
      entityId: fromId,
      action: 'unlink',
      unitId: from.unitId,
      before: { fromId, toId, kind },
    });
  });
}

export async function attachUpload(db: Db, actor: Actor, id: string, upload: Upload) {
  const doc = await getDocument(db, actor, id);
  documentPolicy.assertEdit(actor, doc);
  return db.transaction(async (tx) => {
    const file = await storeUpload(tx, actor, upload, doc.unitId);
    await repo.attachFile(tx, id, file.id);
    await recordAudit(tx, actor, {
      entity: 'document',
      entityId: id,
      action: 'attach_file',
      unitId: doc.unitId,
      after: { fileId: file.id, name: file.name, size: file.size },
    });
    return file;
  });
}

/** Attaches a file uploaded earlier through POST /api/files. */
export async function attachExisting(db: Db, actor: Actor, id: string, fileId: string) {
  const doc = await getDocument(db, actor, id);
  documentPolicy.assertEdit(actor, doc);
  return db.transaction(async (tx) => {
    const file = await claimFileFor(tx, actor, fileId, doc.unitId);
    await repo.attachFile(tx, id, fileId);
    await recordAudit(tx, actor, {
      entity: 'document',
      entityId: id,
      action: 'attach_file',
      unitId: doc.unitId,
      after: { fileId, name: file.name },
    });
    return file;
  });
}

export async function detachFile(db: Db, actor: Actor, id: string, fileId: string) {
  const doc = await getDocument(db, actor, id);
  documentPolicy.assertEdit(actor, doc);
  await db.transaction(async (tx) => {
    if (!(await repo.detachFile(tx, id, fileId))) throw new AppError('FILE_NOT_FOUND');
    await recordAudit(tx, actor, {
      entity: 'document',
      entityId: id,
      action: 'detach_file',
      unitId: doc.unitId,
      before: { fileId },
    });
  });
}
