import { z } from 'zod';
import { documentLinkKinds } from '../../db/schema/tracking.js';
import { isoDate, pageQuery } from '../../lib/http.js';
import { fileOut } from '../files/schema.js';

export const linkKind = z.enum(documentLinkKinds);

export const documentOut = z.object({
  id: z.uuid(),
  number: z.string(),
  type: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  year: z.number().int(),
  summary: z.string(),
  signer: z.string().nullable(),
  signingAuthority: z.string().nullable(),
  /** Set when the document is a unit's own (e.g. a commune's implementation plan). */
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentOut = z.infer<typeof documentOut>;

export const documentRef = z.object({
  id: z.uuid(),
  number: z.string(),
  type: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  summary: z.string(),
  unitId: z.uuid().nullable(),
});
export type DocumentRef = z.infer<typeof documentRef>;

export const documentDetailOut = documentOut.extend({
  /** Documents this one implements or cites (upward), and those implementing or citing it. */
  implements: z.array(documentRef),
  cites: z.array(documentRef),
  implementedBy: z.array(documentRef),
  citedBy: z.array(documentRef),
  files: z.array(fileOut),
  taskCount: z.number().int(),
  /** The text the document was read from at intake, as received; null when registered by hand. */
  sourceText: z.string().nullable(),
});

const text = (max: number) => z.string().trim().max(max);

export const createDocumentBody = z.strictObject({
  number: text(60).min(1, 'Nhập số, ký hiệu văn bản'),
  /** Nghị quyết, Kế hoạch…; read from the number's symbol when absent. */
  type: text(60).min(1).optional(),
  issuer: text(200).min(2, 'Nhập cơ quan ban hành'),
  issuedOn: isoDate,
  summary: text(4000).default(''),
  signer: text(120).nullish(),
  signingAuthority: text(120).nullish(),
  unitId: z.uuid().nullish(),
  implementsIds: z.array(z.uuid()).max(20).default([]),
  citesIds: z.array(z.uuid()).max(20).default([]),
});
export type CreateDocumentBody = z.infer<typeof createDocumentBody>;

export const updateDocumentBody = z.strictObject({
  number: text(60).min(1).optional(),
  type: text(60).min(1).optional(),
  issuer: text(200).min(2).optional(),
  issuedOn: isoDate.optional(),
  summary: text(4000).optional(),
  signer: text(120).nullish(),
  signingAuthority: text(120).nullish(),
});
export type UpdateDocumentBody = z.infer<typeof updateDocumentBody>;

export const documentSorts = [
  'issuedOn',
  '-issuedOn',
  'number',
  '-number',
  'createdAt',
  '-createdAt',
] as const;

export const listDocumentsQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  type: z.string().trim().max(60).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  unitId: z.uuid().optional(),
  /** province: documents of no unit; unit: units' own documents. */
  scope: z.enum(['province', 'unit']).optional(),
  sort: z.enum(documentSorts).default('-issuedOn'),
  ...pageQuery,
});
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuery>;

export const exportDocumentsQuery = listDocumentsQuery.omit({ page: true, pageSize: true });

export const linkBody = z.strictObject({ toId: z.uuid(), kind: linkKind });
export const linkParams = z.strictObject({ id: z.uuid(), toId: z.uuid() });
export const linkQuery = z.strictObject({ kind: linkKind });
export const fileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });

export const lineageNode = documentRef.extend({
  /** 0 for the document asked about, negative upward (what it implements), positive downward. */
  depth: z.number().int(),
  unitName: z.string().nullable(),
});

export const lineageOut = z.object({
  rootId: z.uuid(),
  nodes: z.array(lineageNode),
  links: z.array(z.object({ fromId: z.uuid(), toId: z.uuid(), kind: linkKind })),
  /** Each unit's product (its own plan…) submitted for the tasks of the document and its descendants. */
  unitProducts: z.array(
    z.object({
      assignmentId: z.uuid(),
      documentId: z.uuid(),
      taskId: z.uuid(),
      taskTitle: z.string(),
      unitId: z.uuid(),
      unitName: z.string(),
      productNumber: z.string().nullable(),
      productDate: z.string().nullable(),
      productFileId: z.uuid().nullable(),
      workflow: z.string(),
    }),
  ),
});
export type LineageOut = z.infer<typeof lineageOut>;
