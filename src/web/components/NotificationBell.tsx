// The bell in the header of every page: the unread count, the latest notifications, a link to all.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Grid, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Notification, useMarkRead, useNotifications } from '../api/notifications';
import { formatDateTime } from '../lib/format';

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const { data } = useNotifications({ pageSize: 8 }, { poll: true });
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = data?.unread ?? 0;
  // on a phone the list would not fit beside the bell: the bell opens the page instead
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === undefined ? window.innerWidth < 768 : !screens.md;

  const openOne = (n: Notification) => {
    setOpen(false);
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    if (n.link) navigate(n.link);
  };

  const content = (
    <div style={{ width: 'min(380px, 86vw)' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>Thông báo</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={!unread}
          onClick={() => markRead.mutate({ all: true })}
          style={{ padding: 0 }}
        >
          Đánh dấu tất cả đã đọc
        </Button>
      </Flex>
      {data?.items.length ? (
        <List
          size="small"
          dataSource={data.items}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(n) => (
            <List.Item
              onClick={() => openOne(n)}
              style={{ cursor: 'pointer', background: n.readAt ? undefined : '#fff7e6', paddingInline: 8 }}
            >
              <List.Item.Meta
                title={<span style={{ fontWeight: n.readAt ? 400 : 600 }}>{n.title}</span>}
                description={
                  <>
                    {n.body && <div>{n.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thông báo" />
      )}
      <div style={{ textAlign: 'center', marginTop: 8 }}>
        <Link to="/thong-bao" onClick={() => setOpen(false)}>
          Xem tất cả thông báo
        </Link>
      </div>
    </div>
  );

  const bell = (
    <Button
      type="text"
      data-testid="notification-bell"
      aria-label={unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'}
      onClick={isPhone ? () => navigate('/thong-bao') : undefined}
      icon={
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      }
    />
  );
  if (isPhone) return bell;
  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      {bell}
    </Popover>
  );
}
