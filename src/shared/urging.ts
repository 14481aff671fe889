// Urging (đôn đốc) vocabulary both sides use: how notifications and dates read in Vietnamese.

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', the way every letter, e-mail and notification writes a date. */
export function formatVnDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

export const notificationKindLabels = {
  assigned: 'Giao nhiệm vụ',
  reminder: 'Nhắc hạn',
  overdue: 'Quá hạn',
  escalation: 'Báo cáo thủ trưởng',
  urging: 'Văn bản đôn đốc',
  explanation: 'Yêu cầu giải trình',
  digest: 'Tổng hợp',
  report_round: 'Kỳ báo cáo',
} as const;

export const emailPrefLabels = {
  each: 'Mỗi lần nhắc, đôn đốc',
  digest: 'Một thư tổng hợp lúc 07:30 mỗi ngày',
  none: 'Không nhận thư (chỉ thông báo trên hệ thống)',
} as const;

export const mailStateLabels = {
  queued: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  retrying: 'Gửi lại sau',
  failed: 'Thất bại',
} as const;
