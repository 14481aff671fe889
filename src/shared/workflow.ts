// Labels of an assignment's role and of where its product stands, for the API's exports and the
// web app alike.
export const roleLabels = { lead: 'Chủ trì', coordinator: 'Phối hợp' } as const;

export const workflowLabels = {
  open: 'Chưa nộp',
  submitted: 'Đã nộp, chờ thủ trưởng xác nhận',
  confirmed: 'Thủ trưởng đã xác nhận, chờ Sở Ngoại vụ',
  accepted: 'Sở Ngoại vụ đã tiếp nhận',
  returned: 'Bị trả lại',
} as const;
export type WorkflowCode = keyof typeof workflowLabels;

export const workflowShortLabels: Record<WorkflowCode, string> = {
  open: 'Chưa nộp',
  submitted: 'Chờ xác nhận',
  confirmed: 'Chờ tiếp nhận',
  accepted: 'Đã tiếp nhận',
  returned: 'Bị trả lại',
};

export const workflowColors: Record<WorkflowCode, string> = {
  open: 'default',
  submitted: 'processing',
  confirmed: 'cyan',
  accepted: 'success',
  returned: 'error',
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
