// The dashboard's charts. Each bar, point and slice opens the list it counts; each card exports
// its data to Excel. Colours follow the status tags of the lists.
import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Progress, Segmented, Tooltip, Typography } from 'antd';
import type { ChartConfiguration } from 'chart.js';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { obstacleLevelLabels } from '../../../shared/obstacles';
import { type AssignmentStatus, statusLabels } from '../../../shared/status';
import { download } from '../../api/client';
import type { Dashboard, DashboardChart, DashboardQuery } from '../../api/dashboard';
import { ListTable } from '../../components/ListTable';
import { formatNumber } from '../../lib/format';
import { ChartCanvas } from './ChartCanvas';
import {
  commitmentsLink,
  inTimeLink,
  monthLink,
  overdueLink,
  type Scope,
  scorecardLink,
  statusLink,
} from './links';

export const statusColor: Record<AssignmentStatus, string> = {
  done_on_time: '#52c41a',
  done_late: '#faad14',
  awaiting_acceptance: '#13c2c2',
  awaiting_confirmation: '#d4b106',
  in_progress: '#1677ff',
  not_started: '#bfbfbf',
  overdue: '#f5222d',
  overdue_not_started: '#a8071a',
};
const ORDER: AssignmentStatus[] = [
  'done_on_time',
  'done_late',
  'awaiting_acceptance',
  'awaiting_confirmation',
  'in_progress',
  'not_started',
  'overdue',
  'overdue_not_started',
];

export function ChartCard({
  title,
  chart,
  query,
  children,
  extra,
}: {
  title: string;
  chart: DashboardChart;
  query: DashboardQuery;
  children: ReactNode;
  extra?: ReactNode;
}) {
  const { message } = App.useApp();
  return (
    <Card
      size="small"
      title={title}
      className="print-card"
      style={{ height: '100%' }}
      extra={
        <span className="no-print" style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {extra}
          <Button
            size="small"
            icon={<FileExcelOutlined />}
            aria-label={`Xuất Excel: ${title}`}
            onClick={() =>
              download('/dashboard/export.xlsx', { ...query, chart }).catch((e) => message.error(e.message))
            }
          >
            Excel
          </Button>
        </span>
      }
    >
      {children}
    </Card>
  );
}

const stacked = { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } };

/** The units with the most overdue work, as bars, and the ranking table with links. */
export function UnitsRanking({ d, scope }: { d: Dashboard; scope: Scope }) {
  const navigate = useNavigate();
  const top = useMemo(() => d.units.slice(0, 12), [d.units]);
  // how many units hold each rank: a shared rank reads "1=" and the top tie is said in words
  const sharing = useMemo(() => {
    const m = new Map<number, number>();
    for (const u of d.units) m.set(u.rank, (m.get(u.rank) ?? 0) + 1);
    return m;
  }, [d.units]);
  const first = d.units[0];
  const tie =
    first && (sharing.get(first.rank) ?? 0) > 1 && first.overdueAll > 0
      ? {
          rank: first.rank,
          n: sharing.get(first.rank)!,
          overdueAll: first.overdueAll,
          onTimeRate: first.onTimeRate,
        }
      : null;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: top.map((u) => u.unitName),
        datasets: [
          {
            label: 'Quá hạn',
            data: top.map((u) => u.overdueAll),
            backgroundColor: statusColor.overdue,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } },
      },
    }),
    [top],
  );
  return (
    <>
      <ChartCanvas
        label="Các đơn vị có nhiều nhiệm vụ quá hạn nhất"
        config={config}
        height={Math.max(160, top.length * 26 + 40)}
        onPick={(i) => top[i] && navigate(overdueLink(scope, top[i].unitId))}
      />
      {tie && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8, marginBottom: 0 }}
          data-testid="rank-tie"
        >
          {formatNumber(tie.n)} đơn vị đồng hạng {tie.rank}: cùng {formatNumber(tie.overdueAll)} việc quá hạn,
          tỷ lệ hoàn thành đúng hạn {tie.onTimeRate === null ? '—' : `${formatNumber(tie.onTimeRate)} %`}.
        </Typography.Paragraph>
      )}
      <ListTable
        className="ranking"
        rowKey="unitId"
        size="small"
        style={{ marginTop: 8 }}
        pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
        dataSource={d.units}
        columns={[
          {
            title: 'Hạng',
            dataIndex: 'rank',
            width: 64,
            align: 'right',
            render: (rank: number) =>
              (sharing.get(rank) ?? 1) > 1 ? (
                <Tooltip title={`Đồng hạng ${rank} với ${formatNumber(sharing.get(rank)! - 1)} đơn vị khác`}>
                  <span data-testid="shared-rank">{rank}=</span>
                </Tooltip>
              ) : (
                rank
              ),
          },
          {
            title: 'Đơn vị',
            dataIndex: 'unitName',
            render: (name: string, u) => (
              <Link to={scorecardLink(scope, u.unitId)} aria-label={`Kết quả thực hiện của ${name}`}>
                {name}
              </Link>
            ),
          },
          {
            title: 'Quá hạn',
            dataIndex: 'overdueAll',
            align: 'right',
            render: (n: number, u) => (
              <Link to={overdueLink(scope, u.unitId)} aria-label={`Việc quá hạn của ${u.unitName}`}>
                {formatNumber(n)}
              </Link>
            ),
          },
          {
            title: 'Còn trong hạn',
            key: 'inTime',
            align: 'right',
            render: (_: unknown, u) => (
              <Link to={inTimeLink(scope, u.unitId)}>{formatNumber(u.in_progress + u.not_started)}</Link>
            ),
          },
          {
            title: 'Đúng hạn',
            dataIndex: 'onTimeRate',
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : `${formatNumber(v)} %`),
          },
        ]}
      />
    </>
  );
}

/** Status by kind of unit, stacked bars; a segment opens that status for that group. */
export function KindsChart({ d, scope }: { d: Dashboard; scope: Scope }) {
  const navigate = useNavigate();
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: d.kinds.map((k) => k.label),
        datasets: ORDER.map((s) => ({
          label: statusLabels[s],
          data: d.kinds.map((k) => k[s]),
          backgroundColor: statusColor[s],
        })),
      },
      options: { scales: stacked, plugins: { legend: { position: 'bottom' } } },
    }),
    [d.kinds],
  );
  const groupOf = {
    so: 'so_ban_nganh',
    ban_nganh: 'so_ban_nganh',
    phuong: 'phuong',
    xa: 'xa',
    tinh: undefined,
  } as const;
  return (
    <ChartCanvas
      label="Tình trạng nhiệm vụ theo nhóm đơn vị"
      config={config}
      onPick={(i, ds) => {
        const kind = d.kinds[i]?.kind;
        const status = ORDER[ds];
        if (!kind || !status) return;
        const group = groupOf[kind];
        navigate(statusLink({ ...scope, q: { ...scope.q, group: group ?? scope.q.group } }, status));
      }}
    />
  );
}

/** On-time share per month over 24 months (line) over the work come due (bars). */
export function TrendChart({ d, scope }: { d: Dashboard; scope: Scope }) {
  const navigate = useNavigate();
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: d.trend.map((t) => t.label),
        datasets: [
          {
            type: 'line',
            label: 'Tỷ lệ đúng hạn (%)',
            data: d.trend.map((t) => t.onTimeRate),
            borderColor: '#389e0d',
            backgroundColor: '#389e0d',
            yAxisID: 'rate',
            spanGaps: true,
          },
          {
            type: 'bar',
            label: 'Nhiệm vụ đến hạn',
            data: d.trend.map((t) => t.tasksDue),
            backgroundColor: '#91caff',
            yAxisID: 'n',
          },
        ],
      },
      options: {
        plugins: { legend: { position: 'bottom' } },
        scales: {
          n: { position: 'left', beginAtZero: true, ticks: { precision: 0 } },
          rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } },
        },
      },
    }),
    [d.trend],
  );
  return (
    <ChartCanvas
      label="Tỷ lệ hoàn thành đúng hạn theo tháng, 24 tháng"
      config={config}
      onPick={(i) => d.trend[i] && navigate(monthLink(scope, d.trend[i].month))}
    />
  );
}

type Dim = 'country' | 'field' | 'partner';
const dimLabels: Record<Dim, string> = { country: 'Quốc gia', field: 'Lĩnh vực', partner: 'Đối tác' };

export function CommitmentsChart({ d }: { d: Dashboard }) {
  const navigate = useNavigate();
  const [dim, setDim] = useState<Dim>('country');
  const rows = useMemo(
    () =>
      ({ country: d.commitments.byCountry, field: d.commitments.byField, partner: d.commitments.byPartner })[
        dim
      ].slice(0, 10),
    [d.commitments, dim],
  );
  const bars = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [{ label: 'Số cam kết', data: rows.map((r) => r.n), backgroundColor: '#1677ff' }],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { precision: 0 } } },
      },
    }),
    [rows],
  );
  const slices = d.commitments.byStatus;
  const pie = useMemo<ChartConfiguration>(
    () => ({
      type: 'doughnut',
      data: {
        labels: slices.map((s) => s.label),
        datasets: [{ data: slices.map((s) => s.n), backgroundColor: slices.map((s) => statusColor[s.key]) }],
      },
      options: { plugins: { legend: { position: 'bottom' } } },
    }),
    [slices],
  );
  return (
    <>
      <Typography.Text type="secondary">
        Tổng số: {formatNumber(d.commitments.total)} cam kết, thỏa thuận
      </Typography.Text>
      <ChartCanvas
        label="Cam kết theo tình trạng"
        config={pie}
        height={200}
        onPick={(i) => slices[i] && navigate(commitmentsLink('status', slices[i].key))}
      />
      <div className="no-print" style={{ margin: '8px 0', overflowX: 'auto' }}>
        <Segmented
          size="small"
          value={dim}
          onChange={(v) => setDim(v as Dim)}
          options={(Object.keys(dimLabels) as Dim[]).map((k) => ({ value: k, label: dimLabels[k] }))}
        />
      </div>
      <ChartCanvas
        label={`Cam kết theo ${dimLabels[dim].toLowerCase()}`}
        config={bars}
        height={Math.max(140, rows.length * 24 + 40)}
        onPick={(i) => rows[i] && navigate(commitmentsLink(dim, rows[i].key))}
      />
    </>
  );
}

export function PrioritiesList({ d }: { d: Dashboard }) {
  if (!d.priorities.length)
    return <Typography.Text type="secondary">Chưa xếp thứ tự ưu tiên cam kết nào.</Typography.Text>;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {d.priorities.map((p) => (
        <div key={p.id}>
          <Link to={`/cam-ket/${p.id}`}>
            {p.priority}. {p.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            · {p.partner}
            {p.country ? ` (${p.country})` : ''}
          </Typography.Text>
          <Progress
            percent={p.progress}
            size="small"
            strokeColor={statusColor[p.status]}
            format={(v) => `${v}%`}
            aria-label={`Tiến độ lộ trình ${p.progress}%`}
          />
        </div>
      ))}
    </div>
  );
}

export function ObstaclesChart({ d, link }: { d: Dashboard; link: (open: boolean) => string }) {
  const navigate = useNavigate();
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: d.obstacles.byLevel.map((o) => obstacleLevelLabels[o.level]),
        datasets: [
          { label: 'Đang xử lý', data: d.obstacles.byLevel.map((o) => o.open), backgroundColor: '#fa8c16' },
          {
            label: 'Đã giải quyết',
            data: d.obstacles.byLevel.map((o) => o.resolved),
            backgroundColor: '#52c41a',
          },
        ],
      },
      options: { scales: stacked, plugins: { legend: { position: 'bottom' } } },
    }),
    [d.obstacles.byLevel],
  );
  return (
    <ChartCanvas
      label="Vướng mắc theo cấp xử lý"
      config={config}
      height={200}
      onPick={(_i, ds) => navigate(link(ds === 0))}
    />
  );
}
