// An assignment's history: progress reports, evidence, submissions, confirmations, returns.
import { PaperClipOutlined } from '@ant-design/icons';
import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { eventKindLabels } from '../../../shared/workflow';
import { fileUrl, useAssignmentEvents } from '../../api/tracking';
import { formatDate, formatDateTime } from '../../lib/format';

const colors = {
  progress: 'blue',
  note: 'gray',
  submit: 'green',
  confirm: 'cyan',
  accept: 'green',
  return: 'red',
} as const;

export function AssignmentHistory({ id }: { id: string }) {
  const { data, isPending, error } = useAssignmentEvents(id);
  if (isPending) return <Skeleton active />;
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  if (!data.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có cập nhật nào" />;
  return (
    <Timeline
      data-testid="assignment-history"
      items={data.map((e) => ({
        key: e.id,
        color: colors[e.kind],
        content: (
          <div>
            <Typography.Text strong>{eventKindLabels[e.kind]}</Typography.Text>
            {e.kind === 'progress' && e.progress !== null && (
              <Typography.Text> — {e.progress}%</Typography.Text>
            )}
            {e.kind === 'submit' && e.productNumber && (
              <Typography.Text>
                {' '}
                — số {e.productNumber}
                {e.productDate && ` ngày ${formatDate(e.productDate)}`}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDateTime(e.at)} · {e.actorName ?? 'Hệ thống'}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph
                style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}
                type={e.kind === 'return' ? 'danger' : undefined}
              >
                {e.kind === 'return' ? `Lý do: ${e.note}` : e.note}
              </Typography.Paragraph>
            )}
            {e.fileId && (
              <a href={fileUrl(e.fileId, true)} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {e.fileName ?? 'Tệp đính kèm'}
              </a>
            )}
          </div>
        ),
      }))}
    />
  );
}
