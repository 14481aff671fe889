// One record's history from the audit log: who changed what, when, before and after.
// Use it on any record's page: <RecordHistory entity="unit" entityId={id} />.
import { Button, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAudit } from '../api/audit';
import { useMe } from '../api/me';
import { formatDateTime } from '../lib/format';
import { canSee, routes } from '../routes';
import { AuditDiff } from './AuditDiff';
import { actionLabel } from './audit-labels';

const PAGE = 10;

export function RecordHistory({ entity, entityId }: { entity: string; entityId: string }) {
  const [limit, setLimit] = useState(PAGE);
  const { data, isPending, error } = useAudit({ entity, entityId, pageSize: limit });
  const [open, setOpen] = useState<Set<number>>(new Set());
  const { data: me } = useMe();
  const auditRoute = routes.find((r) => r.path === '/nhat-ky');
  const canOpenLog = Boolean(me && auditRoute && canSee(auditRoute, me.role));
  if (isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (error) return <Typography.Text type="danger">{error.message}</Typography.Text>;
  if (!data.items.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có lịch sử thay đổi" />;

  const toggle = (id: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div data-testid="record-history">
      <Timeline
        items={data.items.map((e) => ({
          key: e.id,
          color:
            e.action === 'delete' || e.action === 'deactivate'
              ? 'red'
              : e.action === 'create'
                ? 'green'
                : 'blue',
          content: (
            <div>
              <Typography.Text strong>{actionLabel(e.action)}</Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {formatDateTime(e.at)} · {e.actorName}
              </Typography.Text>
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => toggle(e.id)}>
                {open.has(e.id) ? 'Ẩn chi tiết' : 'Xem chi tiết'}
              </Button>
              {open.has(e.id) && <AuditDiff entry={e} />}
            </div>
          ),
        }))}
      />
      {data.total > data.items.length && (
        <Typography.Paragraph>
          <Button size="small" onClick={() => setLimit((l) => l + PAGE * 2)}>
            Xem thêm ({data.total - data.items.length})
          </Button>{' '}
          {canOpenLog && (
            <Link
              to={`/nhat-ky?entity=${encodeURIComponent(entity)}&entityId=${encodeURIComponent(entityId)}`}
            >
              Mở trong nhật ký
            </Link>
          )}
        </Typography.Paragraph>
      )}
    </div>
  );
}
