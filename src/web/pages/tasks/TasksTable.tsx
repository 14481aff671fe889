// The table of tasks used on the task list and on a document's page.
import { Grid, Progress, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Task } from '../../api/tracking';
import { formatDate, formatNumber } from '../../lib/format';
import { ClarityBadge } from '../assignments/tags';

export function timeText(t: Pick<Task, 'dueOn' | 'recurrenceLabel'>) {
  return t.recurrenceLabel ?? (t.dueOn ? formatDate(t.dueOn) : 'Chưa có thời hạn');
}

export function TasksTable({ showDocument, ...rest }: TableProps<Task> & { showDocument?: boolean }) {
  const navigate = useNavigate();
  const phone = !Grid.useBreakpoint().sm;
  return (
    <Table<Task>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      onRow={(t) => ({ onClick: () => navigate(`/nhiem-vu/${t.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: 'TT', dataIndex: 'seq', width: 50, responsive: ['sm'] },
        {
          title: 'Nhiệm vụ',
          dataIndex: 'title',
          render: (title: string, t) => (
            <div style={{ minWidth: phone ? 200 : 320, maxWidth: phone ? 280 : 440, whiteSpace: 'normal' }}>
              <Typography.Link>{title}</Typography.Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {showDocument && `${t.documentNumber} · `}
                {t.leadUnitName ??
                  (t.assignmentCount ? 'Các đơn vị được giao chủ trì' : 'Chưa có đơn vị chủ trì')}
                {phone && ` · ${timeText(t)}`}
              </Typography.Text>
              {phone && <ClarityBadge missing={t.missingClarity} />}
            </div>
          ),
        },
        {
          title: 'Thời hạn',
          key: 'time',
          responsive: ['sm'],
          render: (_, t) => <div style={{ maxWidth: 170, whiteSpace: 'normal' }}>{timeText(t)}</div>,
        },
        {
          title: 'Sản phẩm',
          dataIndex: 'product',
          responsive: ['xl'],
          render: (v) => <div style={{ maxWidth: 160, whiteSpace: 'normal' }}>{v ?? '—'}</div>,
        },
        {
          title: '6 rõ',
          key: 'clarity',
          responsive: ['sm'],
          render: (_, t) => <ClarityBadge missing={t.missingClarity} />,
        },
        {
          title: 'Đơn vị đã nộp',
          key: 'progress',
          responsive: ['md'],
          render: (_, t) =>
            t.assignmentCount ? (
              <Tooltip
                title={`${formatNumber(t.submittedCount)}/${formatNumber(t.assignmentCount)} đơn vị đã nộp, trong đó ${formatNumber(t.acceptedCount)} đã được Sở Ngoại vụ tiếp nhận; ${formatNumber(t.overdueCount)} quá hạn`}
              >
                <div style={{ width: 140 }}>
                  <Progress
                    percent={Math.round((t.submittedCount / t.assignmentCount) * 100)}
                    size="small"
                    format={() => `${t.submittedCount}/${t.assignmentCount}`}
                    // green: accepted (done); blue: sent and waiting; full and green only when all are accepted
                    success={{ percent: Math.round((t.acceptedCount / t.assignmentCount) * 100) }}
                    status={
                      t.overdueCount
                        ? 'exception'
                        : t.acceptedCount === t.assignmentCount
                          ? 'success'
                          : 'normal'
                    }
                  />
                </div>
              </Tooltip>
            ) : (
              <Typography.Text type="secondary">Chưa giao</Typography.Text>
            ),
        },
      ]}
      {...rest}
    />
  );
}
