// The clerk's draft: built from the extraction, edited on the review screen, sent in one save.
import type { Span } from '../../../shared/intake/types';
import type { UnitGroupCode } from '../../../shared/units';
import type { IntakeExtraction, IntakeSaveBody } from '../../api/intake';

export interface DraftCitation {
  key: string;
  number: string;
  date: string | null;
  issuer: string | null;
  existingId: string | null;
  span: Span | null;
}

export interface DraftTask {
  key: string;
  label: string;
  title: string;
  dueOn: string | null;
  deadlineText: string | null;
  /** Stored form of the recurrence ("quarterly:15") when the deadline recurs. */
  recurrence: string | null;
  unitIds: string[];
  /** Partners ("phối hợp với …"): given the task with the role "phối hợp". */
  coordinatorUnitIds: string[];
  groups: UnitGroupCode[];
  /** Names the directory does not know: shown, never saved as assignments. */
  unmatched: string[];
  span: Span | null;
}

export interface Draft {
  number: string;
  type: string;
  issuer: string;
  issuedOn: string | null;
  summary: string;
  signer: string;
  signingAuthority: string;
  cited: DraftCitation[];
  tasks: DraftTask[];
  /** The text the draft was read from: saved with the document. */
  sourceText: string;
}

let seq = 0;
export const newKey = () => `k${++seq}`;

export function draftFrom(x: IntakeExtraction): Draft {
  const focal = new Set(x.links.focalUnitIds);
  const byName = new Map(x.assignedUnits.map((u) => [u.name, u]));
  return {
    number: x.number ?? '',
    type: x.type ?? '',
    issuer: x.issuer ?? '',
    issuedOn: x.date,
    summary: x.summary ?? '',
    signer: x.signer ?? '',
    signingAuthority: x.signingAuthority ?? '',
    cited: x.citedDocuments.map((c, i) => ({
      key: newKey(),
      number: c.number,
      date: c.date,
      issuer: c.issuer,
      existingId: x.links.citedDocumentIds[i] ?? null,
      span: c.span,
    })),
    sourceText: x.sourceText,
    tasks: x.tasks.map((t) => {
      const unitIds: string[] = [];
      const groups: UnitGroupCode[] = [];
      const unmatched: string[] = [];
      for (const name of t.units) {
        const gi = x.assignedGroups.indexOf(name);
        if (gi >= 0) {
          const code = x.links.groupCodes[gi];
          if (code && !groups.includes(code)) groups.push(code);
          else if (!code) unmatched.push(name);
          continue;
        }
        const unit = byName.get(name);
        const id = unit?.unitCode ? x.links.unitIds[unit.unitCode] : undefined;
        // Sở Ngoại vụ follows the tasks up: it is given one only when the item itself names it
        // ("Giao Sở Ngoại vụ làm đầu mối…"), not when it is an addressee the item inherits.
        const namedInItem = unit?.mentions.some(([s, e]) => s >= t.span[0] && e <= t.span[1]) ?? false;
        if (!id) unmatched.push(name);
        else if ((!focal.has(id) || namedInItem) && !unitIds.includes(id)) unitIds.push(id);
      }
      const coordinatorUnitIds: string[] = [];
      for (const name of t.coordinators) {
        const code = byName.get(name)?.unitCode;
        const id = code ? x.links.unitIds[code] : undefined;
        if (!id) unmatched.push(`${name} (phối hợp)`);
        else if (!unitIds.includes(id) && !coordinatorUnitIds.includes(id)) coordinatorUnitIds.push(id);
      }
      return {
        key: newKey(),
        label: t.label,
        title: t.text,
        dueOn: t.deadline,
        deadlineText: t.deadlineText,
        recurrence: t.recurrence,
        unitIds,
        coordinatorUnitIds,
        groups,
        unmatched,
        span: t.span,
      };
    }),
  };
}

export function emptyTask(): DraftTask {
  return {
    key: newKey(),
    label: '',
    title: '',
    dueOn: null,
    deadlineText: null,
    recurrence: null,
    unitIds: [],
    coordinatorUnitIds: [],
    groups: [],
    unmatched: [],
    span: null,
  };
}

/** What is missing before the draft can be saved, in Vietnamese; empty when it can. */
export function draftProblems(d: Draft): string[] {
  const out: string[] = [];
  if (!d.number.trim()) out.push('Nhập số, ký hiệu văn bản.');
  if (d.issuer.trim().length < 2) out.push('Nhập cơ quan ban hành.');
  if (!d.issuedOn) out.push('Nhập ngày ban hành.');
  d.tasks.forEach((t, i) => {
    if (t.title.trim().length < 2) out.push(`Nhiệm vụ ${i + 1}: nhập nội dung.`);
  });
  return out;
}

export function saveBodyOf(d: Draft): IntakeSaveBody {
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  return {
    document: {
      number: d.number.trim(),
      ...(d.type.trim() ? { type: d.type.trim() } : {}),
      issuer: d.issuer.trim(),
      issuedOn: d.issuedOn ?? '',
      summary: d.summary.trim(),
      signer: opt(d.signer),
      signingAuthority: opt(d.signingAuthority),
    },
    citedDocuments: d.cited.map((c) => ({ number: c.number, date: c.date, issuer: c.issuer })),
    sourceText: d.sourceText || null,
    tasks: d.tasks.map((t) => ({
      title: t.title.trim(),
      dueOn: t.dueOn,
      recurrence: t.recurrence,
      unitIds: t.unitIds,
      coordinatorUnitIds: t.coordinatorUnitIds,
      groups: t.groups,
    })),
  };
}
