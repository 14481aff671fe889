import { Card, Descriptions, Typography } from 'antd';
import { roleLabels, useMe } from '../../api/me';

export default function HomePage() {
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <Typography.Title level={3}>Xin chào, {me.fullName}</Typography.Title>
      <Card>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Vai trò">{roleLabels[me.role]}</Descriptions.Item>
          <Descriptions.Item label="Đơn vị">{me.unit?.name ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
