// A task's compliance board for Sở Ngoại vụ: every assigned unit with its status, product and
// date submitted, how often it was urged; counts per status; filters "chưa nộp", "quá hạn"…;
// export to Excel; the urging letter (công văn đôn đốc) to the units that have not complied.
import {
  FileExcelOutlined,
  NotificationOutlined,
  PaperClipOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Col, Grid, Input, Row, Select, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { assignmentStatuses, statusLabels } from '../../../shared/status';
import { roleLabels } from '../../../shared/workflow';
import { download } from '../../api/client';
import {
  type Assignment,
  type AssignmentQuery,
  fileUrl,
  type StatusCounts,
  type Task,
  useBoard,
} from '../../api/tracking';
import { ViewSwitch } from '../../components/ViewSwitch';
import { formatDate, formatNumber } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { AssignmentProgress, StatusTag, WorkflowTag } from '../assignments/tags';
import { AssignDialog } from './AssignDialog';
import { UrgingDialog } from './UrgingDialog';

type View = 'all' | 'not_submitted' | 'overdue' | 'submitted' | 'awaiting_review' | 'returned' | 'accepted';

const viewQuery = (v: View): AssignmentQuery =>
  v === 'all' ? {} : v === 'overdue' ? { bucket: 'overdue' } : { state: v };

/** Overdue, started or not. */
const overdueOf = (c: StatusCounts) => c.overdue + c.overdue_not_started;

const views: { value: View; label: string; count: (c: StatusCounts) => number }[] = [
  { value: 'all', label: 'Tất cả', count: (c) => c.total },
  { value: 'not_submitted', label: 'Chưa nộp', count: (c) => c.notSubmitted },
  { value: 'overdue', label: 'Quá hạn', count: overdueOf },
  { value: 'submitted', label: 'Đã nộp', count: (c) => c.submitted },
  { value: 'awaiting_review', label: 'Chờ xử lý', count: (c) => c.awaitingReview },
  { value: 'returned', label: 'Bị trả lại', count: (c) => c.returned },
  { value: 'accepted', label: 'Đã tiếp nhận', count: (c) => c.accepted },
];

export function ComplianceBoard({ task, canAssign }: { task: Task; canAssign: boolean }) {
  const [view, setView] = useState<View>('all');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [sort, setSort] = useState('unit');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [assigning, setAssigning] = useState(false);
  const [urging, setUrging] = useState(false);
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const query: AssignmentQuery = { ...viewQuery(view), q: q || undefined, period, sort, page, pageSize };
  const { data, isFetching, error } = useBoard(task.id, query);
  const c = data?.counts;

  const stat = (title: string, value: number | undefined, v: View | null, color?: string) => (
    <Col xs={12} sm={8} lg={4}>
      <Card
        size="small"
        hoverable={!!v}
        onClick={() => {
          if (!v) return;
          setView(v);
          setPage(1);
        }}
        style={{ borderColor: v && view === v ? '#b71c1c' : undefined }}
        data-testid={v ? `count-${v}` : undefined}
      >
        <Statistic
          title={title}
          value={value ?? 0}
          styles={{ content: { color, fontSize: 22 } }}
          formatter={(n) => formatNumber(Number(n))}
        />
      </Card>
    </Col>
  );

  return (
    <Card
      title="Bảng theo dõi thực hiện"
      size="small"
      extra={
        <>
          <Button
            size="small"
            icon={<FileExcelOutlined />}
            onClick={() =>
              download(`/tasks/${task.id}/board.xlsx`, {
                ...query,
                page: undefined,
                pageSize: undefined,
              }).catch((e) => message.error(e.message))
            }
          >
            Xuất Excel
          </Button>
          {canAssign && (
            <Button
              size="small"
              icon={<NotificationOutlined />}
              onClick={() => setUrging(true)}
              style={{ marginInlineStart: 8 }}
              data-testid="urge"
            >
              Công văn đôn đốc
            </Button>
          )}
          {canAssign && (
            <Button
              size="small"
              type="primary"
              icon={<UsergroupAddOutlined />}
              onClick={() => setAssigning(true)}
              style={{ marginInlineStart: 8 }}
              data-testid="assign"
            >
              Giao đơn vị
            </Button>
          )}
        </>
      }
    >
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        {stat('Đơn vị được giao', c?.total, 'all')}
        {stat('Chưa nộp', c?.notSubmitted, 'not_submitted', '#cf1322')}
        {stat('Quá hạn', c && overdueOf(c), 'overdue', '#cf1322')}
        {stat('Chờ xử lý', c?.awaitingReview, 'awaiting_review', '#1677ff')}
        {stat('Bị trả lại', c?.returned, 'returned', '#d46b08')}
        {stat('Đã tiếp nhận', c?.accepted, 'accepted', '#389e0d')}
      </Row>
      {c && c.total > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {assignmentStatuses.map((st) => `${statusLabels[st]}: ${formatNumber(c[st])}`).join(' · ')}
        </Typography.Paragraph>
      )}
      <ViewSwitch<View>
        label="Xem theo tình trạng"
        style={{ marginBottom: 12 }}
        value={view}
        onChange={(v) => {
          setView(v);
          setPage(1);
        }}
        options={views.map((v) => ({
          value: v.value,
          label: c ? `${v.label} (${formatNumber(v.count(c))})` : v.label,
        }))}
      />
      <Row gutter={8} style={{ marginBottom: 12 }}>
        <Col xs={24} md={10}>
          <Input.Search
            allowClear
            placeholder="Tìm đơn vị"
            title="Gõ có dấu hoặc không dấu đều được"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            aria-label="Tìm đơn vị"
          />
        </Col>
        {data && data.periods.length > 1 && (
          <Col xs={12} md={7}>
            <Select
              allowClear
              placeholder="Kỳ"
              value={period}
              onChange={(v) => {
                setPeriod(v);
                setPage(1);
              }}
              options={data.periods.map((p) => ({ value: p.period, label: p.label }))}
              style={{ width: '100%' }}
            />
          </Col>
        )}
        <Col xs={12} md={7}>
          <Select
            value={sort}
            onChange={setSort}
            style={{ width: '100%' }}
            aria-label="Sắp xếp"
            options={[
              { value: 'unit', label: 'Theo tên đơn vị' },
              { value: 'status', label: 'Theo tình trạng' },
              { value: '-submittedAt', label: 'Nộp gần nhất trước' },
              { value: 'dueOn', label: 'Theo thời hạn' },
              { value: 'progress', label: 'Tiến độ thấp trước' },
            ]}
          />
        </Col>
      </Row>
      {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
      <Table<Assignment>
        data-testid="board"
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t) => `${formatNumber(t)} đơn vị`,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          {
            title: 'Đơn vị',
            dataIndex: 'unitName',
            render: (name: string, a) => (
              <span>
                <Link to={`/giao-viec/${a.id}`}>{name}</Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {roleLabels[a.role]}
                  {a.periodLabel && ` · ${a.periodLabel}`}
                  {phone && ` · hạn ${formatDate(a.dueOn)}`}
                  {phone && a.urgeCount > 0 && ` · đôn đốc ${formatNumber(a.urgeCount)} lần`}
                </Typography.Text>
                {phone && (
                  <span>
                    <StatusTag status={a.status} />
                    <WorkflowTag workflow={a.workflow} />
                  </span>
                )}
              </span>
            ),
          },
          { title: 'Hạn', dataIndex: 'dueOn', responsive: ['md'], render: (v) => formatDate(v) },
          {
            title: 'Tình trạng',
            dataIndex: 'status',
            responsive: ['md'],
            render: (s) => <StatusTag status={s} />,
          },
          {
            title: 'Hồ sơ',
            dataIndex: 'workflow',
            responsive: ['md'],
            render: (w) => <WorkflowTag workflow={w} />,
          },
          {
            title: 'Sản phẩm',
            key: 'product',
            responsive: ['sm'],
            render: (_, a) =>
              a.productNumber || a.productFileId ? (
                <span>
                  {a.productNumber ?? 'Tệp'}{' '}
                  {a.productDate && (
                    <Typography.Text type="secondary">({formatDate(a.productDate)})</Typography.Text>
                  )}{' '}
                  {a.productFileId && (
                    <a
                      href={fileUrl(a.productFileId, true)}
                      target="_blank"
                      rel="noreferrer"
                      aria-label="Mở tệp sản phẩm"
                    >
                      <PaperClipOutlined />
                    </a>
                  )}
                </span>
              ) : (
                '—'
              ),
          },
          { title: 'Ngày nộp', dataIndex: 'completedOn', responsive: ['md'], render: (v) => formatDate(v) },
          {
            title: 'Đôn đốc',
            dataIndex: 'urgeCount',
            responsive: ['md'],
            render: (n: number, a) =>
              n ? (
                <span data-testid="urged">
                  {formatNumber(n)} lần
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    gần nhất {formatDate(a.lastUrgedOn)}
                  </Typography.Text>
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: 'Tiến độ',
            dataIndex: 'progress',
            responsive: ['lg'],
            render: (p: number, a) => <AssignmentProgress progress={p} status={a.status} />,
          },
        ]}
      />
      {canAssign && <AssignDialog task={task} open={assigning} onClose={() => setAssigning(false)} />}
      {canAssign && (
        <UrgingDialog
          task={task}
          late={c?.notSubmitted ?? 0}
          total={c?.total ?? 0}
          open={urging}
          onClose={() => setUrging(false)}
        />
      )}
    </Card>
  );
}
