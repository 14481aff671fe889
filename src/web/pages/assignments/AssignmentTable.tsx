// The table of assignments used on the list page and the unit home.
import { Grid, type TableProps, Typography } from 'antd';
import { Link } from 'react-router';
import { roleLabels } from '../../../shared/workflow';
import type { AssignmentListItem } from '../../api/tracking';
import { ListTable } from '../../components/ListTable';
import { formatDate } from '../../lib/format';
import { AssignmentProgress, StatusTag, WorkflowTag } from './tags';

export function AssignmentTable({
  showUnit = true,
  ...rest
}: TableProps<AssignmentListItem> & { showUnit?: boolean }) {
  const phone = !Grid.useBreakpoint().sm;
  return (
    <ListTable<AssignmentListItem>
      rowKey="id"
      size="middle"
      rowHref={(a) => `/giao-viec/${a.id}`}
      columns={[
        {
          title: 'Nhiệm vụ',
          dataIndex: 'title',
          render: (title: string, a) => (
            <div style={{ maxWidth: phone ? 260 : 520, whiteSpace: 'normal' }}>
              <Link to={`/giao-viec/${a.id}`}>{title}</Link>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {showUnit && `${a.unitName} · `}
                {roleLabels[a.role]}
                {a.periodLabel && ` · ${a.periodLabel}`}
                {a.documentNumber && ` · ${a.documentNumber}`}
                {phone && ` · hạn ${formatDate(a.dueOn)}`}
              </Typography.Text>
              {phone && <StatusTag status={a.status} />}
            </div>
          ),
        },
        { title: 'Hạn', dataIndex: 'dueOn', responsive: ['sm'], render: (v) => formatDate(v) },
        {
          title: 'Tình trạng',
          dataIndex: 'status',
          responsive: ['sm'],
          render: (s) => <StatusTag status={s} />,
        },
        {
          title: 'Hồ sơ',
          dataIndex: 'workflow',
          responsive: ['md'],
          render: (w) => <WorkflowTag workflow={w} />,
        },
        {
          title: 'Tiến độ',
          dataIndex: 'progress',
          responsive: ['lg'],
          render: (p: number, a) => <AssignmentProgress progress={p} status={a.status} />,
        },
      ]}
      {...rest}
    />
  );
}
