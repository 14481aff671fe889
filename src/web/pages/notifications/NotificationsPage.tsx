// Every notification of the signed-in person, newest first, with links to the records.
import { Button, Grid, Segmented, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { notificationKindLabels } from '../../../shared/urging';
import { type Notification, useMarkRead, useNotifications } from '../../api/notifications';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';

const kindColors: Record<Notification['kind'], string> = {
  assigned: 'blue',
  reminder: 'gold',
  overdue: 'red',
  escalation: 'volcano',
  urging: 'magenta',
  explanation: 'purple',
  digest: 'default',
  report_round: 'cyan',
};

export default function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const onlyUnread = params.get('xem') === 'chua-doc';
  const page = Number(params.get('page') ?? 1);
  const { data, isFetching } = useNotifications({
    unread: onlyUnread ? 'true' : undefined,
    page,
    pageSize: 20,
  });
  const markRead = useMarkRead();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === undefined ? window.innerWidth < 768 : !screens.md;

  return (
    <>
      <PageHeader
        title="Thông báo"
        extra={
          <Button
            disabled={!data?.unread}
            loading={markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}
          >
            Đánh dấu tất cả đã đọc
          </Button>
        }
      />
      <div style={{ marginBottom: 16 }}>
        <Segmented
          value={onlyUnread ? 'chua-doc' : 'tat-ca'}
          options={[
            { value: 'tat-ca', label: 'Tất cả' },
            { value: 'chua-doc', label: `Chưa đọc${data ? ` (${data.unread})` : ''}` },
          ]}
          onChange={(v) => setParams(v === 'chua-doc' ? { xem: 'chua-doc' } : {})}
        />
      </div>
      <Table<Notification>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        scroll={isPhone ? undefined : { x: 640 }}
        locale={{ emptyText: 'Không có thông báo' }}
        onRow={(n) => ({ style: n.readAt ? undefined : { background: '#fff7e6' } })}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total,
          showSizeChanger: false,
          onChange: (p) => setParams({ ...(onlyUnread ? { xem: 'chua-doc' } : {}), page: String(p) }),
        }}
        columns={[
          {
            title: 'Loại',
            dataIndex: 'kind',
            width: 150,
            responsive: ['md'],
            render: (k: Notification['kind']) => <Tag color={kindColors[k]}>{notificationKindLabels[k]}</Tag>,
          },
          {
            title: 'Nội dung',
            render: (_, n) => (
              <>
                {n.link ? (
                  <Link
                    to={n.link}
                    onClick={() => !n.readAt && markRead.mutate({ ids: [n.id] })}
                    style={{ fontWeight: n.readAt ? 400 : 600 }}
                  >
                    {n.title}
                  </Link>
                ) : (
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                )}
                {n.body && <div style={{ whiteSpace: 'pre-line' }}>{n.body}</div>}
                {isPhone && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {notificationKindLabels[n.kind]} · {formatDateTime(n.createdAt)}
                    {n.readAt ? ' · Đã đọc' : ''}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: 'Thời điểm',
            dataIndex: 'createdAt',
            width: 150,
            render: formatDateTime,
            responsive: ['md'],
          },
          {
            title: '',
            width: 130,
            responsive: ['md'],
            render: (_, n) =>
              n.readAt ? (
                <Typography.Text type="secondary">Đã đọc</Typography.Text>
              ) : (
                <Button size="small" type="link" onClick={() => markRead.mutate({ ids: [n.id] })}>
                  Đánh dấu đã đọc
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}
