// Home: a unit's people land on "Việc của đơn vị"; Sở Ngoại vụ and leaders on the overview of
// tasks; administrators on their account summary.
import { Card, Descriptions, Typography } from 'antd';
import { lazy } from 'react';
import { roleLabels, useMe } from '../../api/me';

const UnitHome = lazy(() => import('../assignments/UnitHome'));
const TasksOverview = lazy(() => import('../tasks/TasksOverview'));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage'));

export default function HomePage() {
  const { data: me } = useMe();
  if (!me) return null;
  if (me.role === 'officer' || me.role === 'head') return <UnitHome />;
  if (me.role === 'leader') return <DashboardPage />;
  if (me.role === 'focal') return <TasksOverview />;
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
