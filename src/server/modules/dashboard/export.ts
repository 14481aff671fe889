// Each chart's data as an Excel sheet: the figures behind the bars, with the period and filters
// written under the title so a printed sheet says what it counts.
import { obstacleLevelLabels } from '../../../shared/obstacles.js';
import { statusLabels } from '../../../shared/status.js';
import { unitKindLabels } from '../../../shared/units.js';
import { type SheetColumn, type SheetSpec, viDate } from '../files/excel.js';
import type { DashboardOut } from './schema.js';

type Chart = 'figures' | 'units' | 'kinds' | 'trend' | 'commitments' | 'priorities' | 'obstacles';
type Row = Record<string, string | number | null>;

const col = (header: string, key: string, width = 16): SheetColumn<Row> => ({
  header,
  width,
  value: (r) => r[key],
});
const statusCols = [
  col('Tổng số', 'total', 10),
  col('Đến hạn', 'tasksDue', 10),
  ...(
    [
      'done_on_time',
      'done_late',
      'awaiting_acceptance',
      'awaiting_confirmation',
      'in_progress',
      'not_started',
      'overdue',
      'overdue_not_started',
    ] as const
  ).map((s) => col(statusLabels[s], s, 14)),
  col('Tổng số quá hạn', 'overdueAll', 12),
  col('Tỷ lệ đúng hạn (%)', 'onTimeRate', 12),
];

const titles: Record<Chart, string> = {
  figures: 'SỐ LIỆU TỔNG HỢP THỰC HIỆN NHIỆM VỤ',
  units: 'XẾP HẠNG ĐƠN VỊ THEO SỐ NHIỆM VỤ QUÁ HẠN',
  kinds: 'TÌNH HÌNH THỰC HIỆN THEO NHÓM ĐƠN VỊ',
  trend: 'TỶ LỆ HOÀN THÀNH ĐÚNG HẠN THEO THÁNG (24 THÁNG)',
  commitments: 'CAM KẾT, THỎA THUẬN THEO QUỐC GIA, LĨNH VỰC, ĐỐI TÁC, TÌNH TRẠNG',
  priorities: 'TIẾN ĐỘ LỘ TRÌNH CÁC CAM KẾT ƯU TIÊN',
  obstacles: 'VƯỚNG MẮC THEO CẤP XỬ LÝ',
};

export function chartSheet(chart: Chart, d: DashboardOut, filters: string[]): SheetSpec<Row> {
  const base = {
    name: titles[chart].slice(0, 31),
    title: titles[chart],
    subtitle: [
      `Kỳ: từ ${viDate(d.period.from)} đến ${viDate(d.period.to)}`,
      ...filters,
      `Số liệu đến ngày ${viDate(d.today)}`,
    ],
  };
  const stt: SheetColumn<Row> = { header: 'STT', width: 6, value: (_r, i) => i + 1 };
  switch (chart) {
    case 'figures': {
      const line = (label: string, cur: number | null, prev: number | null): Row => ({ label, cur, prev });
      return {
        ...base,
        columns: [stt, col('Chỉ tiêu', 'label', 44), col('Kỳ này', 'cur', 14), col('Kỳ trước', 'prev', 14)],
        rows: [
          line('Tổng số nhiệm vụ có hạn trong kỳ', d.total, d.previous.total),
          line('Nhiệm vụ đến hạn', d.tasksDue, d.previous.tasksDue),
          line('Hoàn thành đúng hạn', d.doneOnTime, d.previous.doneOnTime),
          line('Hoàn thành quá hạn', d.doneLate, d.previous.doneLate),
          line('Chưa hoàn thành, còn trong hạn', d.notDoneInTime, d.previous.notDoneInTime),
          line('Chờ xác nhận, tiếp nhận sản phẩm', d.awaiting, d.previous.awaiting),
          line('Quá hạn chưa hoàn thành', d.overdue, d.previous.overdue),
          line('Tỷ lệ hoàn thành đúng hạn (%)', d.onTimeRate, d.previous.onTimeRate),
          line('Quá hạn trên 30 ngày', d.overdueOver.d30, null),
          line('Quá hạn trên 60 ngày', d.overdueOver.d60, null),
          line('Quá hạn trên 120 ngày', d.overdueOver.d120, null),
          line('Vướng mắc chờ lãnh đạo UBND tỉnh cho ý kiến', d.obstacles.awaitingLeader, null),
          line('Vướng mắc phát sinh trong kỳ', d.obstacles.raised, d.obstacles.raisedPrevious),
          ...(d.reportRound
            ? [
                line(
                  `Đơn vị chưa gửi báo cáo: ${d.reportRound.title} (kỳ trước: không gửi đúng hạn)`,
                  d.reportRound.notSent,
                  d.reportRound.previous?.notSentByDue ?? null,
                ),
              ]
            : []),
        ],
      };
    }
    case 'units':
      return {
        ...base,
        columns: [
          col('Hạng', 'rank', 7),
          col('Đơn vị', 'unitName', 40),
          col('Loại', 'kindLabel', 12),
          ...statusCols,
        ],
        rows: d.units.map((u) => ({ ...u, kindLabel: unitKindLabels[u.kind] })),
      };
    case 'kinds':
      return { ...base, columns: [stt, col('Nhóm đơn vị', 'label', 24), ...statusCols], rows: d.kinds };
    case 'trend':
      return {
        ...base,
        columns: [
          col('Tháng', 'label', 10),
          col('Đến hạn', 'tasksDue', 10),
          col('Hoàn thành đúng hạn', 'doneOnTime', 14),
          col('Hoàn thành quá hạn', 'doneLate', 14),
          col('Quá hạn chưa hoàn thành', 'overdue', 14),
          col('Tỷ lệ đúng hạn (%)', 'onTimeRate', 12),
        ],
        rows: d.trend,
      };
    case 'commitments': {
      const rows: Row[] = [
        ...d.commitments.byCountry.map((c) => ({ dim: 'Quốc gia', ...c })),
        ...d.commitments.byField.map((c) => ({ dim: 'Lĩnh vực', ...c })),
        ...d.commitments.byPartner.map((c) => ({ dim: 'Đối tác', ...c })),
        ...d.commitments.byStatus.map((c) => ({
          dim: 'Tình trạng',
          label: c.label,
          n: c.n,
          done: null,
          overdue: null,
        })),
      ];
      return {
        ...base,
        columns: [
          col('Theo', 'dim', 12),
          col('Nhóm', 'label', 36),
          col('Số cam kết', 'n', 12),
          col('Đã hoàn thành', 'done', 12),
          col('Quá hạn', 'overdue', 12),
        ],
        rows,
      };
    }
    case 'priorities':
      return {
        ...base,
        columns: [
          col('Thứ tự ưu tiên', 'priority', 10),
          col('Cam kết, thỏa thuận', 'title', 50),
          col('Đối tác', 'partner', 26),
          col('Quốc gia', 'country', 14),
          col('Số mốc lộ trình', 'milestones', 10),
          col('Tiến độ (%)', 'progress', 10),
          col('Tình trạng', 'statusLabel', 20),
        ],
        rows: d.priorities.map((p) => ({ ...p, statusLabel: statusLabels[p.status] })),
      };
    case 'obstacles':
      return {
        ...base,
        columns: [
          stt,
          col('Cấp xử lý', 'label', 24),
          col('Đang xử lý', 'open', 12),
          col('Đã giải quyết', 'resolved', 12),
        ],
        rows: d.obstacles.byLevel.map((o) => ({
          ...o,
          label: obstacleLevelLabels[o.level],
        })),
      };
  }
}
