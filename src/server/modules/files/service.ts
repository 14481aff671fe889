// Files: store an upload (in the database, so every app server sees it) and hand it back only
// to those allowed to see the record it belongs to.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { filePolicy } from './policy.js';
import * as repo from './repo.js';
import type { Upload } from './upload.js';

/** Stores an upload inside the caller's transaction (with its audit entry). */
export async function storeUpload(tx: Db, actor: Actor, upload: Upload, unitId: string | null) {
  filePolicy.assertUpload(actor);
  const row = await repo.insertFile(tx, {
    name: upload.name,
    mime: upload.mime,
    content: upload.content,
    unitId: filePolicy.uploadUnit(actor, unitId),
    uploadedBy: actor.id,
  });
  await recordAudit(tx, actor, {
    entity: 'file',
    entityId: row.id,
    action: 'upload',
    unitId: row.unitId,
    after: row,
  });
  return row;
}

export async function uploadFile(db: Db, actor: Actor, upload: Upload, unitId: string | null) {
  filePolicy.assertUpload(actor);
  return db.transaction((tx) => storeUpload(tx, actor, upload, unitId));
}

async function canRead(db: Db, actor: Actor, file: repo.FileMeta): Promise<boolean> {
  if (filePolicy.canReadDirectly(actor, file)) return true;
  return repo.attachedToVisibleDocument(db, file.id, actor.unitId);
}

export async function getFileMeta(db: Db, actor: Actor, id: string) {
  const file = await repo.findFileMeta(db, id);
  if (!file || !(await canRead(db, actor, file))) throw new AppError('FILE_NOT_FOUND');
  return file;
}

export async function getFileContent(db: Db, actor: Actor, id: string) {
  await getFileMeta(db, actor, id);
  const row = await repo.findFileContent(db, id);
  if (!row) throw new AppError('FILE_NOT_FOUND');
  return row;
}

/**
 * Checks that a file may be attached to a record of `unitId` (null: a province-wide record) by
 * this actor, and gives a province file uploaded by the focal office to the unit it is filed for.
 */
export async function claimFileFor(tx: Db, actor: Actor, fileId: string, unitId: string | null) {
  const file = await repo.findFileMeta(tx, fileId);
  if (!file || !filePolicy.canReadDirectly(actor, file)) throw new AppError('FILE_NOT_FOUND');
  if (file.unitId === unitId) return file;
  if (file.unitId === null && unitId !== null) {
    await repo.setFileUnit(tx, fileId, unitId);
    return { ...file, unitId };
  }
  throw new AppError('FILE_NOT_IN_UNIT');
}
