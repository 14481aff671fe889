// Shapes shared by the document-intake extraction engine (issue 5). Pure data, no behaviour.

/** Offsets [start, end) into `Extraction.sourceText`. */
export type Span = [start: number, end: number];

import type { UnitKindCode } from '../units.js';

export type UnitKind = UnitKindCode;

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
  span: Span;
}

export interface AssignedUnit {
  name: string;
  unitCode: string | null;
  /** First mention; every mention is in `mentions`. */
  span: Span;
  mentions: Span[];
}

export interface ExtractedTask {
  /** The item's own numbering: "1", "2", "Điều 2". */
  label: string;
  text: string;
  /** Group strings ("UBND các xã, phường") and unit names. */
  units: string[];
  deadline: string | null;
  /** The wording of the deadline ("trước ngày 15/3/2026", "hằng năm"), also when it has no date. */
  deadlineText: string | null;
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
