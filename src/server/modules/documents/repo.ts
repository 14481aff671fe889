// The only file of the documents module that touches the database.
import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { canonicalIssuer, documentNumberKey, issuerKey } from '../../../shared/documents.js';
import { type Db, rowsOf } from '../../db/client.js';
import { files } from '../../db/schema/files.js';
import {
  assignments,
  documentFiles,
  documentLinks,
  documentSources,
  documents,
  tasks,
} from '../../db/schema/tracking.js';
import { unitNameOrder, units } from '../../db/schema/units.js';
import { searchCondition, searchText } from '../../lib/search.js';
import type { ListDocumentsQuery } from './schema.js';

export type DocumentRow = typeof documents.$inferSelect & { unitName: string | null };
export type NewDocument = Pick<
  typeof documents.$inferInsert,
  | 'number'
  | 'type'
  | 'issuer'
  | 'issuedOn'
  | 'summary'
  | 'signer'
  | 'signingAuthority'
  | 'unitId'
  | 'createdBy'
>;
export type LinkKind = (typeof documentLinks.$inferSelect)['kind'];

const withUnit = { ...getTableColumns(documents), unitName: units.name };

/** The derived columns: keys for uniqueness, the year numbers restart in, the search text. */
function derived(v: NewDocument) {
  return {
    numberKey: documentNumberKey(v.number),
    issuerKey: issuerKey(v.issuer),
    year: Number((v.issuedOn ?? '').slice(0, 4)),
    search: searchText(v.number, v.type, v.issuer, v.summary, v.signer),
  };
}

/** A reader confined to a unit sees province documents and their own unit's. */
export function visibleTo(scope: string | null): SQL | undefined {
  return scope ? or(isNull(documents.unitId), eq(documents.unitId, scope)) : undefined;
}

const SORTS = {
  issuedOn: [asc(documents.issuedOn), asc(documents.number)],
  '-issuedOn': [sql`${documents.issuedOn} desc nulls last`, desc(documents.createdAt)],
  number: [asc(documents.numberKey)],
  '-number': [desc(documents.numberKey)],
  createdAt: [asc(documents.createdAt)],
  '-createdAt': [desc(documents.createdAt)],
} as const;

function listWhere(scope: string | null, q: Partial<ListDocumentsQuery>): SQL | undefined {
  return and(
    visibleTo(scope),
    searchCondition(documents.search, q.q),
    q.type ? eq(documents.type, q.type) : undefined,
    q.year ? eq(documents.year, q.year) : undefined,
    q.unitId ? eq(documents.unitId, q.unitId) : undefined,
    q.scope === 'province' ? isNull(documents.unitId) : undefined,
    q.scope === 'unit' ? sql`${documents.unitId} is not null` : undefined,
  );
}

export async function listDocuments(
  db: Db,
  scope: string | null,
  q: ListDocumentsQuery,
): Promise<{ rows: DocumentRow[]; total: number }> {
  const where = listWhere(scope, q);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(withUnit)
      .from(documents)
      .leftJoin(units, eq(units.id, documents.unitId))
      .where(where)
      .orderBy(...SORTS[q.sort])
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(documents).where(where),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

/** Every matching document, for an export (capped). */
export async function allDocuments(
  db: Db,
  scope: string | null,
  q: Partial<ListDocumentsQuery>,
  sort: ListDocumentsQuery['sort'],
) {
  return db
    .select(withUnit)
    .from(documents)
    .leftJoin(units, eq(units.id, documents.unitId))
    .where(listWhere(scope, q))
    .orderBy(...SORTS[sort])
    .limit(10_000);
}

export async function findDocument(db: Db, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(documents)
    .leftJoin(units, eq(units.id, documents.unitId))
    .where(eq(documents.id, id));
  return row;
}

export async function findDocumentsByIds(db: Db, ids: string[]): Promise<DocumentRow[]> {
  if (!ids.length) return [];
  return db
    .select(withUnit)
    .from(documents)
    .leftJoin(units, eq(units.id, documents.unitId))
    .where(inArray(documents.id, ids));
}

/** The document holding the same number for the same issuer and year, if any. */
export async function findSameNumber(
  db: Db,
  v: Pick<NewDocument, 'number' | 'issuer' | 'issuedOn'>,
  exceptId?: string,
) {
  const d = derived({ ...v, type: '', summary: '' });
  const [row] = await db
    .select({
      id: documents.id,
      number: documents.number,
      issuer: documents.issuer,
      year: documents.year,
      unitId: documents.unitId,
    })
    .from(documents)
    .where(
      and(
        eq(documents.issuerKey, d.issuerKey),
        eq(documents.year, d.year),
        eq(documents.numberKey, d.numberKey),
        exceptId ? sql`${documents.id} <> ${exceptId}` : undefined,
      ),
    );
  return row;
}

/**
 * One spelling per issuer: a well-known body as the product writes it, any other as the first
 * document registered from it spells it (so the list of issuers never shows "UBND tỉnh" beside
 * "Ủy ban nhân dân tỉnh Gia Lai").
 */
async function issuerSpelling(db: Db, issuer: string, exceptId?: string): Promise<string> {
  const known = canonicalIssuer(issuer);
  if (known) return known;
  const [first] = await db
    .select({ issuer: documents.issuer })
    .from(documents)
    .where(
      and(
        eq(documents.issuerKey, issuerKey(issuer)),
        exceptId ? sql`${documents.id} <> ${exceptId}` : undefined,
      ),
    )
    .orderBy(asc(documents.createdAt))
    .limit(1);
  return first?.issuer ?? issuer.trim();
}

export async function insertDocument(db: Db, v: NewDocument) {
  const values = { ...v, issuer: await issuerSpelling(db, v.issuer) };
  const [row] = await db
    .insert(documents)
    .values({ ...values, ...derived(values) })
    .returning();
  return row!;
}

/**
 * Brings documents registered before a spelling was settled to it (run at every start; a
 * no-op once they agree): their issuer and the search text made from it.
 */
export async function settleIssuerSpellings(db: Db): Promise<number> {
  const res = await db.execute(sql`
    select issuer_key as key, (array_agg(issuer order by created_at))[1] as first,
      count(distinct issuer)::int as spellings
    from documents group by issuer_key`);
  const keys = rowsOf<{ key: string; first: string; spellings: number }>(res).filter(
    (r) => r.spellings > 1 || (canonicalIssuer(r.first) ?? r.first) !== r.first,
  );
  const firstOf = new Map(keys.map((r) => [r.key, r.first]));
  let changed = 0;
  for (const [key, first] of firstOf) {
    const spelling = canonicalIssuer(first) ?? first;
    const stale = await db
      .select()
      .from(documents)
      .where(and(eq(documents.issuerKey, key), sql`${documents.issuer} <> ${spelling}`));
    for (const d of stale) {
      const next = { ...d, issuer: spelling };
      await db
        .update(documents)
        .set({ issuer: spelling, search: derived(next).search })
        .where(eq(documents.id, d.id));
      changed++;
    }
  }
  return changed;
}

export async function updateDocument(db: Db, id: string, next: NewDocument) {
  const values = { ...next, issuer: await issuerSpelling(db, next.issuer, id) };
  const [row] = await db
    .update(documents)
    .set({ ...values, ...derived(values), updatedAt: new Date() })
    .where(eq(documents.id, id))
    .returning();
  return row!;
}

export async function deleteDocument(db: Db, id: string) {
  await db.delete(documents).where(eq(documents.id, id));
}

export async function countTasks(db: Db, documentId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(tasks).where(eq(tasks.documentId, documentId));
  return row?.n ?? 0;
}

// --- links -------------------------------------------------------------------------------

export async function insertLink(db: Db, fromId: string, toId: string, kind: LinkKind) {
  await db.insert(documentLinks).values({ fromId, toId, kind }).onConflictDoNothing();
}

export async function deleteLink(db: Db, fromId: string, toId: string, kind: LinkKind): Promise<boolean> {
  const rows = await db
    .delete(documentLinks)
    .where(and(eq(documentLinks.fromId, fromId), eq(documentLinks.toId, toId), eq(documentLinks.kind, kind)))
    .returning({ fromId: documentLinks.fromId });
  return rows.length > 0;
}

/** The documents linked to `id` in both directions, with the link kind. */
export async function linksOf(db: Db, id: string) {
  const [up, down] = await Promise.all([
    db
      .select({ kind: documentLinks.kind, doc: withUnit })
      .from(documentLinks)
      .innerJoin(documents, eq(documents.id, documentLinks.toId))
      .leftJoin(units, eq(units.id, documents.unitId))
      .where(eq(documentLinks.fromId, id))
      .orderBy(asc(documents.issuedOn)),
    db
      .select({ kind: documentLinks.kind, doc: withUnit })
      .from(documentLinks)
      .innerJoin(documents, eq(documents.id, documentLinks.fromId))
      .leftJoin(units, eq(units.id, documents.unitId))
      .where(eq(documentLinks.toId, id))
      .orderBy(asc(documents.issuedOn)),
  ]);
  return { up, down };
}

const MAX_DEPTH = 8;

/**
 * The documents reachable from `id` following links upward (what it implements or cites) or
 * downward (what implements or cites it), each with its longest distance. Cycles are cut.
 */
export async function reachable(db: Db, id: string, direction: 'up' | 'down'): Promise<Map<string, number>> {
  const next = direction === 'up' ? sql`l.to_id` : sql`l.from_id`;
  const here = direction === 'up' ? sql`l.from_id` : sql`l.to_id`;
  const res = await db.execute(sql`
    with recursive walk(id, depth, path) as (
      select ${id}::uuid, 0, array[${id}::uuid]
      union all
      select ${next}, walk.depth + 1, walk.path || ${next}
      from document_links l join walk on ${here} = walk.id
      where not (${next} = any(walk.path)) and walk.depth < ${MAX_DEPTH}
    )
    select id, max(depth)::int as depth from walk where depth > 0 group by id`);
  return new Map(rowsOf<{ id: string; depth: number }>(res).map((r) => [r.id, Number(r.depth)]));
}

export async function linksAmong(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select()
    .from(documentLinks)
    .where(and(inArray(documentLinks.fromId, ids), inArray(documentLinks.toId, ids)));
}

/** True when `toId` already reaches `fromId` through "implements" (a new link would close a cycle). */
export async function implementsPathExists(db: Db, fromId: string, toId: string): Promise<boolean> {
  const res = await db.execute(sql`
    with recursive up(id, depth) as (
      select ${toId}::uuid, 0
      union
      select l.to_id, up.depth + 1 from document_links l join up on l.from_id = up.id
      where l.kind = 'implements' and up.depth < 50
    )
    select exists(select 1 from up where id = ${fromId}::uuid) as found`);
  return Boolean(rowsOf<{ found: boolean }>(res)[0]?.found);
}

/** Products units submitted for the tasks of these documents (their own plans…). */
export async function unitProducts(db: Db, documentIds: string[], scope: string | null) {
  if (!documentIds.length) return [];
  return db
    .select({
      assignmentId: assignments.id,
      documentId: tasks.documentId,
      taskId: tasks.id,
      taskTitle: tasks.title,
      unitId: assignments.unitId,
      unitName: units.name,
      productNumber: assignments.productNumber,
      productDate: assignments.productDate,
      productFileId: assignments.productFileId,
      workflow: assignments.workflow,
    })
    .from(assignments)
    .innerJoin(tasks, eq(tasks.id, assignments.taskId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(
      and(
        inArray(tasks.documentId, documentIds),
        inArray(assignments.workflow, ['submitted', 'confirmed', 'accepted']),
        scope ? eq(assignments.unitId, scope) : undefined,
      ),
    )
    .orderBy(asc(tasks.seq), unitNameOrder)
    .limit(2000);
}

// --- files -------------------------------------------------------------------------------

export async function attachFile(db: Db, documentId: string, fileId: string) {
  await db.insert(documentFiles).values({ documentId, fileId }).onConflictDoNothing();
}

export async function detachFile(db: Db, documentId: string, fileId: string): Promise<boolean> {
  const rows = await db
    .delete(documentFiles)
    .where(and(eq(documentFiles.documentId, documentId), eq(documentFiles.fileId, fileId)))
    .returning({ fileId: documentFiles.fileId });
  return rows.length > 0;
}

export async function filesOf(db: Db, documentId: string) {
  return db
    .select({
      id: files.id,
      name: files.name,
      mime: files.mime,
      size: files.size,
      sha256: files.sha256,
      unitId: files.unitId,
      uploadedBy: files.uploadedBy,
      uploadedAt: files.uploadedAt,
    })
    .from(documentFiles)
    .innerJoin(files, eq(files.id, documentFiles.fileId))
    .where(eq(documentFiles.documentId, documentId))
    .orderBy(asc(files.uploadedAt));
}

/** The text the document was read from at intake, if it was read there. */
export async function sourceOf(db: Db, documentId: string): Promise<string | null> {
  const [row] = await db
    .select({ text: documentSources.text })
    .from(documentSources)
    .where(eq(documentSources.documentId, documentId));
  return row?.text ?? null;
}

export async function insertSource(db: Db, documentId: string, text: string) {
  await db.insert(documentSources).values({ documentId, text });
}
