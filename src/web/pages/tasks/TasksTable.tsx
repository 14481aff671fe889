// The table of tasks used on the task list and on a document's page.
import { Grid, Progress, type TableProps, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { Task } from '../../api/tracking';
import { ListTable } from '../../components/ListTable';
import { formatDate, formatNumber } from '../../lib/format';
import { ClarityBadge } from '../assignments/tags';

export function timeText(t: Pick<Task, 'dueOn' | 'recurrenceLabel'>) {
  return t.recurrenceLabel ?? (t.dueOn ? formatDate(t.dueOn) : 'Chưa có thời hạn');
}

export function TasksTable({ showDocument, ...rest }: TableProps<Task> & { showDocument?: boolean }) {
  const phone = !Grid.useBreakpoint().sm;
  // Tasks of many documents: each document numbers its own tasks from 1, so the column counts the
  // rows of this list and the task's own number goes beside its document ("Nhiệm vụ 3 của văn bản 245/UBND-NgV").
  const pg = rest.pagination || undefined;
  const offset = pg?.current && pg.pageSize ? (pg.current - 1) * pg.pageSize : 0;
  return (
    <ListTable<Task>
      rowKey="id"
      size="middle"
      rowHref={(t) => `/nhiem-vu/${t.id}`}
      columns={[
        showDocument
          ? {
              title: 'STT',
              key: 'row',
              width: 56,
              responsive: ['sm'],
              render: (_: unknown, _t: Task, i: number) => offset + i + 1,
            }
          : { title: 'TT', dataIndex: 'seq', width: 50, responsive: ['sm'] },
        {
          title: 'Nhiệm vụ',
          dataIndex: 'title',
          render: (title: string, t) => (
            <div style={{ minWidth: phone ? 200 : 320, maxWidth: phone ? 280 : 440, whiteSpace: 'normal' }}>
              <Link to={`/nhiem-vu/${t.id}`}>{title}</Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {showDocument && `Nhiệm vụ ${t.seq} của văn bản ${t.documentNumber} · `}
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
