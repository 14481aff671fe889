// Shapes shared by the document-intake extraction engine (issue 5). Pure data, no behaviour.

/** Offsets [start, end) into `Extraction.sourceText`. */
export type Span = [start: number, end: number];

import type { UnitKindCode } from '../units.js';

export type UnitKind = UnitKindCode;

/** Kinds of units outside the province's directory, read from their names. */
export const outsideUnitKinds = [
  'bo_nganh', // Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, their departments (Cục, Vụ)
  'trung_uong', // Văn phòng Chính phủ, Ban … Trung ương, Ủy ban Nhà nước…
  'tinh_khac', // the people's committee of another province or city
  'so_nganh', // a department (Sở, Ban, Công an …) of a province, not in the directory
  'dia_phuong', // a district, town or commune not in the directory
  'khac',
] as const;
export type OutsideUnitKind = (typeof outsideUnitKinds)[number];

export interface DirectoryUnit {
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
}

export interface CitedDocument {
  number: string;
  /** "Nghị quyết", "Kế hoạch"… when the text names it before the number. */
  type: string | null;
  date: string | null;
  issuer: string | null;
  span: Span;
}

export interface Deadline {
  /** YYYY-MM-DD; the last day of the period for "trong tháng 4/2026", "quý IV/2026"; null for recurrences. */
  date: string | null;
  text: string;
  recurring: boolean;
  /** The stored form of a recurrence (shared/recurrence.ts: "yearly:15/12", "quarterly:15"), else null. */
  recurrence: string | null;
  span: Span;
}

export type AssigneeRole = 'lead' | 'coordinator';

export interface AssignedUnit {
  name: string;
  unitCode: string | null;
  /** The directory's kind when matched, else the kind its name tells (ministry, another province…). */
  kind: UnitKind | OutsideUnitKind | null;
  /** How the text gives it work: as lead (or sole) unit, as partner ("phối hợp với …"), or both. */
  roles: AssigneeRole[];
  /** First mention; every mention is in `mentions`. */
  span: Span;
  mentions: Span[];
}

export interface ExtractedTask {
  /** The item's own numbering: "1", "2", "Điều 2". */
  label: string;
  text: string;
  /** Group strings ("UBND các xã, phường") and unit names: the lead (or sole) units. */
  units: string[];
  /** Units the item names as partners ("phối hợp với …"). */
  coordinators: string[];
  deadline: string | null;
  /** The wording of the deadline ("trước ngày 15/3/2026", "hằng năm"), also when it has no date. */
  deadlineText: string | null;
  /** The recurrence of the task's deadline when it recurs ("yearly:15/12"), saved with the task. */
  recurrence: string | null;
  span: Span;
}

export interface FieldSpans {
  number: Span | null;
  type: Span | null;
  date: Span | null;
  issuer: Span | null;
  summary: Span | null;
  signer: Span | null;
  signingAuthority: Span | null;
  /** Parallel to `assignedGroups`: every mention of each group. */
  assignedGroups: Span[][];
}

export interface Extraction {
  number: string | null;
  type: string | null;
  date: string | null;
  issuer: string | null;
  summary: string | null;
  signer: string | null;
  signingAuthority: string | null;
  citedDocuments: CitedDocument[];
  deadlines: Deadline[];
  assignedUnits: AssignedUnit[];
  assignedGroups: string[];
  tasks: ExtractedTask[];
  spans: FieldSpans;
  /** The normalised input every span points into. */
  sourceText: string;
}
