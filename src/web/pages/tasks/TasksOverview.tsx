// The focal office's and leaders' home: how the tasks stand across all units.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useSummary, useTasks } from '../../api/tracking';
import { formatNumber } from '../../lib/format';
import { TasksTable } from './TasksTable';

export default function TasksOverview() {
  const { data: s } = useSummary();
  const incomplete = useTasks({ incomplete: 'true', pageSize: 1 });
  const all = useTasks({ pageSize: 1 });
  const soon = useTasks({ sort: 'dueOn', pageSize: 8 });
  const box = (title: string, value: number | undefined, to: string, color?: string) => (
    <Col xs={12} md={8} xl={4}>
      <Link to={to}>
        <Card size="small" hoverable>
          <Statistic
            title={title}
            value={value ?? 0}
            formatter={(n) => formatNumber(Number(n))}
            styles={{ content: { color } }}
          />
        </Card>
      </Link>
    </Col>
  );
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Tình hình thực hiện nhiệm vụ
      </Typography.Title>
      <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
        {box('Nhiệm vụ', all.data?.total, '/nhiem-vu')}
        {box('Chưa đủ "6 rõ"', incomplete.data?.total, '/nhiem-vu?incomplete=true', '#d46b08')}
        {box('Lượt giao đơn vị', s?.total, '/giao-viec')}
        {box('Quá hạn', s?.overdue, '/giao-viec?bucket=overdue', '#cf1322')}
        {box('Sắp đến hạn', s?.dueSoon, '/giao-viec?bucket=due_soon', '#d46b08')}
        {box('Bị trả lại', s?.returned, '/giao-viec?state=returned', '#cf1322')}
      </Row>
      <Card size="small" title="Nhiệm vụ" extra={<Link to="/nhiem-vu">Xem tất cả</Link>}>
        <TasksTable showDocument loading={soon.isFetching} dataSource={soon.data?.items} pagination={false} />
      </Card>
    </>
  );
}
