// The only file of the files module that touches the database.
import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';
import { files } from '../../db/schema/files.js';

export type FileRow = typeof files.$inferSelect;
export type FileMeta = Omit<FileRow, 'content'>;

const meta = {
  id: files.id,
  name: files.name,
  mime: files.mime,
  size: files.size,
  sha256: files.sha256,
  unitId: files.unitId,
  uploadedBy: files.uploadedBy,
  uploadedAt: files.uploadedAt,
};

export async function insertFile(
  db: Db,
  v: { name: string; mime: string; content: Buffer; unitId: string | null; uploadedBy: string },
): Promise<FileMeta> {
  const [row] = await db
    .insert(files)
    .values({
      ...v,
      size: v.content.length,
      sha256: createHash('sha256').update(v.content).digest('hex'),
    })
    .returning(meta);
  return row!;
}

/** Metadata only: the content is read when downloading, nowhere else. */
export async function findFileMeta(db: Db, id: string): Promise<FileMeta | undefined> {
  const [row] = await db.select(meta).from(files).where(eq(files.id, id));
  return row;
}

export async function findFilesMeta(db: Db, ids: string[]): Promise<FileMeta[]> {
  if (!ids.length) return [];
  return db.select(meta).from(files).where(inArray(files.id, ids));
}

export async function findFileContent(db: Db, id: string): Promise<FileRow | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row;
}

export async function setFileUnit(db: Db, id: string, unitId: string): Promise<void> {
  await db.update(files).set({ unitId }).where(eq(files.id, id));
}

/**
 * True when the file is attached to a document the reader may see: a province-wide document
 * (no unit) or one of the reader's unit.
 */
export async function attachedToVisibleDocument(
  db: Db,
  fileId: string,
  unitId: string | null,
): Promise<boolean> {
  const res = await db.execute(sql`select exists(
      select 1 from document_files df join documents d on d.id = df.document_id
      where df.file_id = ${fileId} and (d.unit_id is null or d.unit_id = ${unitId})
    ) as found`);
  return Boolean(rowsOf<{ found: boolean }>(res)[0]?.found);
}
