// An assignment's status, computed from its dates and its product's place in the submission loop
// (shared/workflow.ts), never typed by hand. The categories are the ones Vietnamese government
// task tracking reports on, plus the two waiting states of the loop: a task is done only when Sở
// Ngoại vụ has accepted its product, and the completion date is the day that accepted product was
// submitted, so a plan sent on time and accepted later is on time.
import type { WorkflowState } from './workflow.js';

export const assignmentStatuses = [
  'not_started',
  'in_progress',
  'overdue_not_started',
  'overdue',
  'awaiting_confirmation',
  'awaiting_acceptance',
  'done_on_time',
  'done_late',
] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

/** The categories of work judged by dates alone (a commitment's roadmap has no submission loop). */
export const progressStatuses = [
  'not_started',
  'in_progress',
  'overdue',
  'done_on_time',
  'done_late',
] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

export const statusLabels: Record<AssignmentStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện trong hạn',
  overdue_not_started: 'Quá hạn, chưa thực hiện',
  overdue: 'Đang thực hiện quá hạn',
  awaiting_confirmation: 'Chờ thủ trưởng xác nhận',
  awaiting_acceptance: 'Chờ Sở Ngoại vụ tiếp nhận',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
};

export const statusColors: Record<AssignmentStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  overdue_not_started: 'error',
  overdue: 'error',
  awaiting_confirmation: 'gold',
  awaiting_acceptance: 'cyan',
  done_on_time: 'success',
  done_late: 'warning',
};

export interface ProgressInput {
  /** YYYY-MM-DD or null when the work has no deadline. */
  dueOn: string | null;
  /** YYYY-MM-DD when the work was done, else null. */
  completedOn: string | null;
  progress: number;
  /** True once anything was reported (a progress update, a submitted product). */
  started: boolean;
}

/**
 * Work judged by dates alone. Dates compare as YYYY-MM-DD strings. Work due today is still within
 * its deadline; work done on its due date is on time; work without a due date is never overdue.
 */
export function computeProgressStatus(a: ProgressInput, today: string): ProgressStatus {
  if (a.completedOn) return !a.dueOn || a.completedOn <= a.dueOn ? 'done_on_time' : 'done_late';
  if (a.dueOn && a.dueOn < today) return 'overdue';
  return a.progress > 0 || a.started ? 'in_progress' : 'not_started';
}

export interface StatusInput {
  /** YYYY-MM-DD or null when the work has no deadline. */
  dueOn: string | null;
  /** YYYY-MM-DD: the day the product now in the loop was submitted, else null. */
  completedOn: string | null;
  progress: number;
  /** Where the product is in the submission loop. */
  workflow: WorkflowState;
}

/** Anything reported counts as started: progress, or a product sent (even one returned). */
export const isStarted = (a: { progress: number; workflow: WorkflowState }) =>
  a.progress > 0 || a.workflow !== 'open';

/**
 * An assignment's status. Accepted: done, on time when the accepted product was submitted by the
 * due date (or there is none). Submitted or confirmed: waiting for the head, then for Sở Ngoại vụ,
 * whatever the date. Open or returned: the unit is working, within its deadline or past it, and
 * past it without ever having started is said so.
 */
export function computeStatus(a: StatusInput, today: string): AssignmentStatus {
  switch (a.workflow) {
    case 'accepted':
      return !a.completedOn || !a.dueOn || a.completedOn <= a.dueOn ? 'done_on_time' : 'done_late';
    case 'submitted':
      return 'awaiting_confirmation';
    case 'confirmed':
      return 'awaiting_acceptance';
  }
  const started = isStarted(a);
  if (a.dueOn && a.dueOn < today) return started ? 'overdue' : 'overdue_not_started';
  return started ? 'in_progress' : 'not_started';
}

export const isDone = (s: AssignmentStatus) => s === 'done_on_time' || s === 'done_late';
export const isOverdue = (s: AssignmentStatus) => s === 'overdue' || s === 'overdue_not_started';
export const isAwaiting = (s: AssignmentStatus) =>
  s === 'awaiting_confirmation' || s === 'awaiting_acceptance';
