// An assignment's status, computed from dates and never typed by hand. The categories are the
// ones Vietnamese government task tracking reports on.

export const assignmentStatuses = [
  'not_started',
  'in_progress',
  'overdue',
  'done_on_time',
  'done_late',
] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];

export const statusLabels: Record<AssignmentStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện trong hạn',
  overdue: 'Đang thực hiện quá hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
};

export const statusColors: Record<AssignmentStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  overdue: 'error',
  done_on_time: 'success',
  done_late: 'warning',
};

export interface StatusInput {
  /** YYYY-MM-DD or null when the work has no deadline. */
  dueOn: string | null;
  /** YYYY-MM-DD when the work was done, else null. */
  completedOn: string | null;
  progress: number;
  /** True once anything was reported (a progress update, a submitted product). */
  started: boolean;
}

/**
 * Dates compare as YYYY-MM-DD strings. Work due today is still within its deadline; work done on
 * its due date is on time; work without a due date is never overdue.
 */
export function computeStatus(a: StatusInput, today: string): AssignmentStatus {
  if (a.completedOn) return !a.dueOn || a.completedOn <= a.dueOn ? 'done_on_time' : 'done_late';
  if (a.dueOn && a.dueOn < today) return 'overdue';
  return a.progress > 0 || a.started ? 'in_progress' : 'not_started';
}

export const isDone = (s: AssignmentStatus) => s === 'done_on_time' || s === 'done_late';
