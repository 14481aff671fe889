// The one submission workflow: a unit sends a product (an assignment's plan, a report round's
// submission), its head confirms it, Sở Ngoại vụ accepts it or returns it with a reason.
//
//   open ──submit (unit)──▶ submitted ──confirm (head)──▶ confirmed ──accept (Sở Ngoại vụ)──▶ accepted
//     │                        │                             │
//     │                        └──────return (Sở Ngoại vụ)───┴──▶ returned ──submit──▶ submitted…
//     └──record_signed (Sở Ngoại vụ records a product that came signed) ──▶ confirmed
//
// Every user-facing word of the loop lives here, so assignments and report submissions say the
// same thing. Pure: no I/O; the server enforces the steps (modules/assignments/workflow.ts,
// lib/guarded.ts), the web app asks `availableSteps` which buttons to show.

export const workflowStates = ['open', 'submitted', 'confirmed', 'accepted', 'returned'] as const;
export type WorkflowState = (typeof workflowStates)[number];
/** Kept for older imports: the same union as WorkflowState. */
export type WorkflowCode = WorkflowState;

/** Who acts in the loop: the unit's people (officer or head), the unit's head alone, Sở Ngoại vụ. */
export type WorkflowActor = 'unit' | 'head' | 'focal';

export const workflowStepKinds = ['submit', 'record_signed', 'confirm', 'accept', 'return'] as const;
export type WorkflowStep = (typeof workflowStepKinds)[number];

export interface StepRule {
  from: readonly WorkflowState[];
  to: WorkflowState;
  by: WorkflowActor;
  /** The button. */
  label: string;
  /** The history line. */
  done: string;
}

export const workflowSteps: Record<WorkflowStep, StepRule> = {
  submit: {
    from: ['open', 'returned'],
    to: 'submitted',
    by: 'unit',
    label: 'Nộp sản phẩm',
    done: 'Đơn vị nộp sản phẩm',
  },
  record_signed: {
    from: ['open', 'returned'],
    to: 'confirmed',
    by: 'focal',
    label: 'Ghi nhận sản phẩm thay đơn vị',
    done: 'Sở Ngoại vụ ghi nhận sản phẩm đã ký của đơn vị',
  },
  confirm: {
    from: ['submitted'],
    to: 'confirmed',
    by: 'head',
    label: 'Xác nhận',
    done: 'Thủ trưởng xác nhận',
  },
  accept: {
    from: ['confirmed'],
    to: 'accepted',
    by: 'focal',
    label: 'Tiếp nhận',
    done: 'Sở Ngoại vụ tiếp nhận',
  },
  return: {
    from: ['submitted', 'confirmed'],
    to: 'returned',
    by: 'focal',
    label: 'Trả lại',
    done: 'Sở Ngoại vụ trả lại',
  },
};

/** The states in which the unit still works and reports progress. */
export const workingStates: readonly WorkflowState[] = ['open', 'returned'];
/** The states in which the product waits for someone other than the unit's officers. */
export const waitingStates: readonly WorkflowState[] = ['submitted', 'confirmed'];

export const canTake = (state: WorkflowState, step: WorkflowStep) => workflowSteps[step].from.includes(state);
export const stepTarget = (step: WorkflowStep) => workflowSteps[step].to;
export const isWorking = (state: WorkflowState) => workingStates.includes(state);
export const isWaiting = (state: WorkflowState) => waitingStates.includes(state);

/** Who must act next, or null once the product is accepted. */
export function nextActor(state: WorkflowState): WorkflowActor | null {
  switch (state) {
    case 'open':
    case 'returned':
      return 'unit';
    case 'submitted':
      return 'head';
    case 'confirmed':
      return 'focal';
    case 'accepted':
      return null;
  }
}

/**
 * The steps a person may take now. `ownUnit`: the person is an officer or the head of the unit
 * that owns the record; `head`: that person is the unit's head; `focal`: a Sở Ngoại vụ officer.
 */
export function availableSteps(
  state: WorkflowState,
  who: { ownUnit: boolean; head: boolean; focal: boolean },
): WorkflowStep[] {
  const may = (by: WorkflowActor) =>
    by === 'unit' ? who.ownUnit : by === 'head' ? who.ownUnit && who.head : who.focal;
  return workflowStepKinds.filter((s) => canTake(state, s) && may(workflowSteps[s].by));
}

// --- words --------------------------------------------------------------------------------

export const roleLabels = { lead: 'Chủ trì', coordinator: 'Phối hợp' } as const;

export const workflowLabels: Record<WorkflowState, string> = {
  open: 'Chưa nộp',
  submitted: 'Chờ thủ trưởng xác nhận',
  confirmed: 'Chờ Sở Ngoại vụ tiếp nhận',
  accepted: 'Sở Ngoại vụ đã tiếp nhận',
  returned: 'Bị trả lại',
};

export const workflowShortLabels: Record<WorkflowState, string> = {
  open: 'Chưa nộp',
  submitted: 'Chờ xác nhận',
  confirmed: 'Chờ tiếp nhận',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};

export const workflowColors: Record<WorkflowState, string> = {
  open: 'default',
  submitted: 'processing',
  confirmed: 'cyan',
  accepted: 'success',
  returned: 'error',
};

export const nextActorLabels: Record<WorkflowActor, string> = {
  unit: 'Đơn vị',
  head: 'Thủ trưởng đơn vị',
  focal: 'Sở Ngoại vụ',
};

export const submissionStateLabels = {
  not_submitted: 'Chưa nộp',
  submitted: 'Đã nộp',
  awaiting_review: 'Chờ xử lý',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
} as const;

export const eventKindLabels = {
  progress: 'Cập nhật tiến độ',
  note: 'Ghi chú, minh chứng',
  submit: 'Nộp sản phẩm',
  confirm: 'Thủ trưởng xác nhận',
  accept: 'Sở Ngoại vụ tiếp nhận',
  return: 'Sở Ngoại vụ trả lại',
} as const;
