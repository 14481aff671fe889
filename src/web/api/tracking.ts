// Documents, tasks, assignments and files (issue 3): types as the API gives them and the
// TanStack Query hooks the pages use. Lists page, sort and filter on the server.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClarityElement } from '../../shared/clarity';
import type { AssignmentStatus } from '../../shared/status';
import type { UnitGroupCode } from '../../shared/units';
import type { WorkflowCode } from '../../shared/workflow';
import { api, del, get, type ListResult, patch, post } from './client';

// --- files -------------------------------------------------------------------------------

export interface FileInfo {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  unitId: string | null;
  uploadedAt: string;
}

export const fileUrl = (id: string, inline = false) =>
  `/api/files/${id}/download${inline ? '?inline=1' : ''}`;

/** Uploads one file (PDF, Word, Excel, image; ≤ 20 MB) and returns its record. */
export function uploadFile(file: File, unitId?: string | null): Promise<FileInfo> {
  const form = new FormData();
  if (unitId) form.append('unitId', unitId);
  form.append('file', file);
  return api<FileInfo>('POST', '/files', form);
}

export const ACCEPTED_FILES = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,.webp';

// --- documents ---------------------------------------------------------------------------

export interface DocumentRef {
  id: string;
  number: string;
  type: string;
  issuer: string;
  issuedOn: string | null;
  summary: string;
  unitId: string | null;
}

export interface DocumentItem extends DocumentRef {
  year: number;
  signer: string | null;
  signingAuthority: string | null;
  unitName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentDetail extends DocumentItem {
  implements: DocumentRef[];
  cites: DocumentRef[];
  implementedBy: DocumentRef[];
  citedBy: DocumentRef[];
  files: FileInfo[];
  taskCount: number;
  /** The text the document was read from at intake; null when registered by hand. */
  sourceText: string | null;
}

export interface DocumentQuery {
  q?: string;
  type?: string;
  year?: number;
  unitId?: string;
  scope?: 'province' | 'unit';
  sort?: string;
  page?: number;
  pageSize?: number;
}

export interface DocumentInput {
  number?: string;
  type?: string;
  issuer?: string;
  issuedOn?: string;
  summary?: string;
  signer?: string | null;
  signingAuthority?: string | null;
  unitId?: string | null;
  implementsIds?: string[];
  citesIds?: string[];
}

export interface Lineage {
  rootId: string;
  nodes: (DocumentRef & { depth: number; unitName: string | null })[];
  links: { fromId: string; toId: string; kind: 'implements' | 'cites' }[];
  unitProducts: {
    assignmentId: string;
    documentId: string;
    taskId: string;
    taskTitle: string;
    unitId: string;
    unitName: string;
    productNumber: string | null;
    productDate: string | null;
    productFileId: string | null;
    workflow: WorkflowCode;
  }[];
}

export const useDocuments = (q: DocumentQuery, enabled = true) =>
  useQuery({
    queryKey: ['documents', 'list', q],
    queryFn: () => get<ListResult<DocumentItem>>('/documents', { ...q }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useDocument = (id: string | undefined) =>
  useQuery({
    queryKey: ['documents', 'one', id],
    queryFn: () => get<DocumentDetail>(`/documents/${id}`),
    enabled: !!id,
  });

export const useLineage = (id: string | undefined) =>
  useQuery({
    queryKey: ['documents', 'lineage', id],
    queryFn: () => get<Lineage>(`/documents/${id}/lineage`),
    enabled: !!id,
  });

function useInvalidating<A, R>(fn: (a: A) => Promise<R>, keys: string[][]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all(keys.map((k) => qc.invalidateQueries({ queryKey: k }))),
  });
}

export const useSaveDocument = () =>
  useInvalidating(
    ({ id, ...body }: DocumentInput & { id?: string }) =>
      id ? patch<DocumentItem>(`/documents/${id}`, body) : post<DocumentItem>('/documents', body),
    [['documents']],
  );

export const useDeleteDocument = () =>
  useInvalidating((id: string) => del(`/documents/${id}`), [['documents']]);

export const useDocumentLink = () =>
  useInvalidating(
    ({
      id,
      toId,
      kind,
      remove,
    }: {
      id: string;
      toId: string;
      kind: 'implements' | 'cites';
      remove?: boolean;
    }) =>
      remove
        ? del(`/documents/${id}/links/${toId}?kind=${kind}`)
        : post(`/documents/${id}/links`, { toId, kind }),
    [['documents']],
  );

export const useDocumentFile = () =>
  useInvalidating(
    ({ id, file, removeId }: { id: string; file?: File; removeId?: string }) => {
      if (removeId) return del(`/documents/${id}/files/${removeId}`);
      const form = new FormData();
      form.append('file', file!);
      return api<FileInfo>('POST', `/documents/${id}/files`, form);
    },
    [['documents']],
  );

// --- tasks -------------------------------------------------------------------------------

export interface Task {
  id: string;
  documentId: string;
  documentNumber: string;
  seq: number;
  title: string;
  leadUnitId: string | null;
  leadUnitName: string | null;
  personInCharge: string | null;
  coordinatingUnitIds: string[];
  coordinatingUnitNames: string[];
  responsibility: string | null;
  dueOn: string | null;
  recurrence: string | null;
  recurrenceLabel: string | null;
  product: string | null;
  authority: string | null;
  missingClarity: ClarityElement[];
  assignmentCount: number;
  submittedCount: number;
  /** Accepted by Sở Ngoại vụ: done. */
  acceptedCount: number;
  overdueCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TaskQuery {
  q?: string;
  documentId?: string;
  leadUnitId?: string;
  unitId?: string;
  incomplete?: 'true' | 'false';
  missing?: ClarityElement;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export type TaskInput = Partial<
  Pick<
    Task,
    | 'documentId'
    | 'seq'
    | 'title'
    | 'leadUnitId'
    | 'coordinatingUnitIds'
    | 'personInCharge'
    | 'dueOn'
    | 'recurrence'
    | 'responsibility'
    | 'product'
    | 'authority'
  >
>;

export interface ImportRowError {
  row: number;
  field: string | null;
  message: string;
}

export interface TaskImportResult {
  dryRun: boolean;
  created: number;
  assignments: number;
  errors: ImportRowError[];
  rows: {
    row: number;
    seq: number;
    title: string;
    leadUnitName: string | null;
    coordinatingUnitNames: string[];
    dueOn: string | null;
    recurrence: string | null;
    product: string | null;
    missingClarity: ClarityElement[];
  }[];
}

export const useTasks = (q: TaskQuery, enabled = true) =>
  useQuery({
    queryKey: ['tasks', 'list', q],
    queryFn: () => get<ListResult<Task>>('/tasks', { ...q }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useTask = (id: string | undefined) =>
  useQuery({ queryKey: ['tasks', 'one', id], queryFn: () => get<Task>(`/tasks/${id}`), enabled: !!id });

export const useSaveTask = () =>
  useInvalidating(
    ({ id, ...body }: TaskInput & { id?: string }) =>
      id ? patch<Task>(`/tasks/${id}`, body) : post<Task>('/tasks', body),
    [['tasks'], ['documents']],
  );

export const useDeleteTask = () =>
  useInvalidating((id: string) => del(`/tasks/${id}`), [['tasks'], ['documents']]);

export function importTasks(opts: { documentId: string; file: File; dryRun: boolean; assign: boolean }) {
  const form = new FormData();
  form.append('documentId', opts.documentId);
  form.append('dryRun', String(opts.dryRun));
  form.append('assign', String(opts.assign));
  form.append('file', opts.file);
  return api<TaskImportResult>('POST', '/tasks/import', form);
}

// --- assignments -------------------------------------------------------------------------

export type Role = 'lead' | 'coordinator';

export interface Assignment {
  id: string;
  taskId: string | null;
  commitmentId: string | null;
  title: string;
  documentId: string | null;
  documentNumber: string | null;
  unitId: string;
  unitName: string;
  unitCode: string;
  role: Role;
  period: string;
  periodLabel: string;
  dueOn: string | null;
  progress: number;
  status: AssignmentStatus;
  completedOn: string | null;
  workflow: WorkflowCode;
  submittedAt: string | null;
  returnReason: string | null;
  productNumber: string | null;
  productDate: string | null;
  productFileId: string | null;
  productFileName: string | null;
  /** Urging letters that named this assignment, and the day of the last one. */
  urgeCount: number;
  lastUrgedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A row of the list (GET /assignments); the whole record is `Assignment`. */
export type AssignmentListItem = Pick<
  Assignment,
  | 'id'
  | 'taskId'
  | 'commitmentId'
  | 'unitId'
  | 'title'
  | 'documentNumber'
  | 'unitName'
  | 'role'
  | 'period'
  | 'periodLabel'
  | 'dueOn'
  | 'progress'
  | 'status'
  | 'workflow'
  | 'completedOn'
  | 'submittedAt'
  | 'returnReason'
>;

export type SubmissionState = 'not_submitted' | 'submitted' | 'awaiting_review' | 'returned' | 'accepted';
export type Bucket =
  | 'due_soon'
  | 'overdue'
  | 'returned'
  | 'done'
  | 'open'
  | 'awaiting_confirmation'
  | 'awaiting_acceptance';

export interface AssignmentQuery {
  taskId?: string;
  unitId?: string;
  status?: AssignmentStatus;
  state?: SubmissionState;
  bucket?: Bucket;
  role?: Role;
  period?: string;
  dueBefore?: string;
  dueAfter?: string;
  programmeId?: string;
  group?: UnitGroupCode;
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export type StatusCounts = Record<AssignmentStatus, number> & {
  total: number;
  notSubmitted: number;
  submitted: number;
  awaitingReview: number;
  returned: number;
  accepted: number;
};

export interface Board extends ListResult<Assignment> {
  taskId: string;
  periods: { period: string; label: string }[];
  counts: StatusCounts;
}

export interface Summary {
  dueSoon: number;
  overdue: number;
  returned: number;
  done: number;
  open: number;
  awaitingConfirmation: number;
  awaitingAcceptance: number;
  total: number;
  dueSoonDays: number;
}

export interface AssignmentEvent {
  id: string;
  kind: 'progress' | 'note' | 'submit' | 'confirm' | 'accept' | 'return';
  progress: number | null;
  note: string | null;
  fileId: string | null;
  fileName: string | null;
  productNumber: string | null;
  productDate: string | null;
  workflow: WorkflowCode | null;
  actorName: string | null;
  at: string;
}

export interface AssignInput {
  unitIds?: string[];
  groups?: UnitGroupCode[];
  namesText?: string;
  role: Role;
  dueOn?: string | null;
  until?: string;
}

export interface AssignResult {
  created: Assignment[];
  unmatched: string[];
  skipped: { unitId: string; unitName: string; period: string }[];
}

export interface ProgressImportResult {
  dryRun: boolean;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
  rows: {
    row: number;
    assignmentId: string;
    title: string;
    unitName: string;
    from: number;
    to: number;
    note: string | null;
  }[];
}

export const useAssignments = (q: AssignmentQuery, enabled = true) =>
  useQuery({
    queryKey: ['assignments', 'list', q],
    queryFn: () => get<ListResult<AssignmentListItem>>('/assignments', { ...q }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useAssignment = (id: string | undefined) =>
  useQuery({
    queryKey: ['assignments', 'one', id],
    queryFn: () => get<Assignment>(`/assignments/${id}`),
    enabled: !!id,
  });

export const useAssignmentEvents = (id: string | undefined) =>
  useQuery({
    queryKey: ['assignments', 'events', id],
    queryFn: () => get<AssignmentEvent[]>(`/assignments/${id}/events`),
    enabled: !!id,
  });

export const useSummary = (unitId?: string) =>
  useQuery({
    queryKey: ['assignments', 'summary', unitId],
    queryFn: () => get<Summary>('/assignments/summary', { unitId }),
  });

export const useBoard = (taskId: string | undefined, q: AssignmentQuery, enabled = true) =>
  useQuery({
    queryKey: ['assignments', 'board', taskId, q],
    queryFn: () => get<Board>(`/tasks/${taskId}/board`, { ...q }),
    placeholderData: keepPreviousData,
    enabled: enabled && !!taskId,
  });

const assignmentKeys = [['assignments'], ['tasks'], ['documents', 'lineage'], ['audit']];

export const useAssign = () =>
  useInvalidating(
    ({ taskId, ...body }: AssignInput & { taskId: string }) =>
      post<AssignResult>(`/tasks/${taskId}/assignments`, body),
    assignmentKeys,
  );

export const useUpdateAssignment = () =>
  useInvalidating(
    ({
      id,
      ...body
    }: {
      id: string;
      progress?: number;
      note?: string;
      fileId?: string;
      dueOn?: string | null;
      role?: Role;
    }) => patch<Assignment>(`/assignments/${id}`, body),
    assignmentKeys,
  );

export const useDeleteAssignment = () =>
  useInvalidating((id: string) => del(`/assignments/${id}`), assignmentKeys);

export type Step = 'submit' | 'confirm' | 'accept' | 'return' | 'events';

export const useAssignmentStep = () =>
  useInvalidating(
    ({ id, step, body }: { id: string; step: Step; body: Record<string, unknown> }) =>
      post<Assignment>(`/assignments/${id}/${step}`, body),
    assignmentKeys,
  );

export function importProgress(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('dryRun', String(dryRun));
  form.append('file', file);
  return api<ProgressImportResult>('POST', '/assignments/progress-import', form);
}

export interface OverdueUnits {
  units: number;
  assignments: number;
  items: { unitId: string; unitName: string; overdue: number; oldestDueOn: string }[];
}

/** Units with overdue work, most overdue first (GET /assignments/overdue-units). */
export const useOverdueUnits = (limit = 8) =>
  useQuery({
    queryKey: ['assignments', 'overdue-units', limit],
    queryFn: () => get<OverdueUnits>('/assignments/overdue-units', { limit }),
  });
