// The commitment's timeline: activity, signing, reviews, roadmap, obstacles, with who and when.
import { Card, Timeline, Typography } from 'antd';
import { useTimeline } from '../../api/commitments';
import { formatDate, formatDateTime } from '../../lib/format';

/** Events known only by their date (an activity, a signing, a report) show no time. */
const dateOnly = new Set(['activity', 'signed', 'report']);

const colors: Record<string, string> = {
  activity: 'purple',
  signed: 'green',
  report: 'green',
  review: 'blue',
  milestone: 'cyan',
  obstacle: 'red',
  created: 'gray',
  update: 'gray',
  resource: 'gold',
};

export function TimelineCard({ commitmentId }: { commitmentId: string }) {
  const { data } = useTimeline(commitmentId);
  return (
    <Card title="Dòng thời gian" size="small" data-testid="timeline">
      <Timeline
        items={(data ?? []).map((i) => ({
          color: colors[i.kind] ?? 'gray',
          content: (
            <div>
              <div>
                <Typography.Text strong>{i.title}</Typography.Text>
              </div>
              {i.detail && <div style={{ whiteSpace: 'pre-line' }}>{i.detail}</div>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dateOnly.has(i.kind) ? formatDate(i.at) : formatDateTime(i.at)}
                  {i.actorName ? ` · ${i.actorName}` : ''}
                </Typography.Text>
              </div>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
