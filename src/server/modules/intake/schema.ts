// Shapes of the intake API: the extraction (the same object `npm run extract` prints, plus the
// records it points at in this database) and the clerk's corrected draft to save.
import { z } from 'zod';
import { outsideUnitKinds } from '../../../shared/intake/types.js';
import { unitGroupCodes, unitKindCodes } from '../../../shared/units.js';
import { isoDate } from '../../lib/http.js';

const span = z.tuple([z.number().int(), z.number().int()]);

export const extractBody = z.strictObject({
  text: z.string().max(500_000),
});

export const extractionOut = z.object({
  number: z.string().nullable(),
  type: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  summary: z.string().nullable(),
  signer: z.string().nullable(),
  signingAuthority: z.string().nullable(),
  citedDocuments: z.array(
    z.object({
      number: z.string(),
      type: z.string().nullable(),
      date: z.string().nullable(),
      issuer: z.string().nullable(),
      span,
    }),
  ),
  deadlines: z.array(
    z.object({
      date: z.string().nullable(),
      text: z.string(),
      recurring: z.boolean(),
      /** The stored form of the recurrence ("yearly:15/12", "quarterly:15"), null when it does not recur. */
      recurrence: z.string().nullable(),
      span,
    }),
  ),
  assignedUnits: z.array(
    z.object({
      name: z.string(),
      unitCode: z.string().nullable(),
      /** The directory's kind when matched (so, xa…), else the kind the name tells (bo_nganh, tinh_khac…). */
      kind: z.enum([...unitKindCodes, ...outsideUnitKinds]).nullable(),
      /** lead: given the work; coordinator: named as partner ("phối hợp với …"). */
      roles: z.array(z.enum(['lead', 'coordinator'])),
      span,
      mentions: z.array(span),
    }),
  ),
  assignedGroups: z.array(z.string()),
  tasks: z.array(
    z.object({
      label: z.string(),
      text: z.string(),
      units: z.array(z.string()),
      /** Units the item names as partners ("phối hợp với …"). */
      coordinators: z.array(z.string()),
      deadline: z.string().nullable(),
      deadlineText: z.string().nullable(),
      recurrence: z.string().nullable(),
      span,
    }),
  ),
  spans: z.object({
    number: span.nullable(),
    type: span.nullable(),
    date: span.nullable(),
    issuer: span.nullable(),
    summary: span.nullable(),
    signer: span.nullable(),
    signingAuthority: span.nullable(),
    assignedGroups: z.array(z.array(span)),
  }),
  sourceText: z.string(),
  /** What the extraction points at in this database. */
  links: z.object({
    /** Parallel to citedDocuments: the registered document with the same number, if any. */
    citedDocumentIds: z.array(z.uuid().nullable()),
    /** Unit code → unit id, for every matched active unit. */
    unitIds: z.record(z.string(), z.uuid()),
    /** Parallel to assignedGroups: the unit group it names, when the product knows it. */
    groupCodes: z.array(z.enum(unitGroupCodes).nullable()),
    /** The focal unit (Sở Ngoại vụ): it follows the tasks up, it is not given them by default. */
    focalUnitIds: z.array(z.uuid()),
  }),
});

const text = (max: number) => z.string().trim().max(max);

export const saveBody = z.strictObject({
  document: z.strictObject({
    number: text(60).min(1, 'Nhập số, ký hiệu văn bản'),
    type: text(60).min(1).optional(),
    issuer: text(200).min(2, 'Nhập cơ quan ban hành'),
    issuedOn: isoDate,
    summary: text(4000).default(''),
    signer: text(120).nullish(),
    signingAuthority: text(120).nullish(),
  }),
  /** Documents the text cites; linked when a document with the same number is registered. */
  citedDocuments: z
    .array(z.strictObject({ number: text(60).min(1), date: isoDate.nullish(), issuer: text(200).nullish() }))
    .max(50)
    .default([]),
  /** The text the draft was read from (Extraction.sourceText): kept with the document. */
  sourceText: z.string().max(500_000).nullish(),
  tasks: z
    .array(
      z.strictObject({
        title: text(2000).min(2, 'Nhập nội dung nhiệm vụ'),
        dueOn: isoDate.nullish(),
        /** The task's recurrence when its deadline recurs ("quarterly:15", "Hằng năm, trước ngày 15/12"). */
        recurrence: text(200).nullish(),
        unitIds: z.array(z.uuid()).max(500).default([]),
        /** Units given the task as partners (assignments with the role "phối hợp"). */
        coordinatorUnitIds: z.array(z.uuid()).max(500).default([]),
        groups: z.array(z.enum(unitGroupCodes)).max(4).default([]),
      }),
    )
    .max(100)
    .default([]),
});
export type SaveBody = z.infer<typeof saveBody>;

export const saveResult = z.object({
  documentId: z.uuid(),
  taskIds: z.array(z.uuid()),
  assignmentCount: z.number().int(),
  /** Cited documents linked (ids) and those not registered in the system (not created). */
  citesIds: z.array(z.uuid()),
  unlinkedCitations: z.array(z.string()),
});
