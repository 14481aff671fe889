// "Việc của đơn vị": a unit officer's or head's home — what is due soon, overdue, returned,
// waiting for the head, waiting for Sở Ngoại vụ, and done (accepted); the urging letters received.
import { Card, Col, Grid, Row, Statistic, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../api/me';
import { type Bucket, useAssignments, useSummary } from '../../api/tracking';
import { ViewSwitch } from '../../components/ViewSwitch';
import { formatNumber } from '../../lib/format';
import { ReceivedUrgings } from '../urgings/ReceivedUrgings';
import { AssignmentTable } from './AssignmentTable';

function BucketList({ bucket }: { bucket: Bucket }) {
  const [page, setPage] = useState(1);
  const sort = bucket === 'done' ? '-submittedAt' : 'dueOn';
  const { data, isFetching } = useAssignments({ bucket, sort, page, pageSize: 10 });
  return (
    <AssignmentTable
      showUnit={false}
      loading={isFetching}
      dataSource={data?.items}
      locale={{ emptyText: 'Không có việc nào' }}
      pagination={{
        current: page,
        pageSize: 10,
        total: data?.total ?? 0,
        onChange: setPage,
        hideOnSinglePage: true,
      }}
    />
  );
}

export default function UnitHome() {
  const { data: me } = useMe();
  const { data: s } = useSummary();
  const head = me?.role === 'head';
  const [picked, setPicked] = useState<Bucket | null>(null);
  // the head's first job is what waits for their confirmation
  const tab: Bucket = picked ?? (head ? 'awaiting_confirmation' : 'overdue');
  const setTab = setPicked;
  const phone = !Grid.useBreakpoint().md;
  const boxes: { key: Bucket; label: string; value?: number; color?: string }[] = [
    { key: 'overdue', label: 'Quá hạn', value: s?.overdue, color: '#cf1322' },
    {
      key: 'due_soon',
      label: `Sắp đến hạn (${s?.dueSoonDays ?? 14} ngày)`,
      value: s?.dueSoon,
      color: '#d46b08',
    },
    { key: 'returned', label: 'Bị trả lại', value: s?.returned, color: '#cf1322' },
    {
      key: 'awaiting_confirmation',
      label: 'Chờ thủ trưởng xác nhận',
      value: s?.awaitingConfirmation,
      color: '#d4b106',
    },
    {
      key: 'awaiting_acceptance',
      label: 'Chờ Sở Ngoại vụ tiếp nhận',
      value: s?.awaitingAcceptance,
      color: '#08979c',
    },
    { key: 'open', label: 'Đang thực hiện', value: s?.open },
    { key: 'done', label: 'Đã hoàn thành (đã tiếp nhận)', value: s?.done, color: '#389e0d' },
  ];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Việc của đơn vị
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {me?.unit?.name}
        {me?.unit && (
          <>
            {' · '}
            <Link to={`/don-vi/${me.unit.id}`}>Kết quả thực hiện và xếp hạng của đơn vị</Link>
          </>
        )}
      </Typography.Paragraph>
      <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
        {boxes.map((b) => (
          <Col key={b.key} xs={12} sm={8} xl={4}>
            <Card
              size="small"
              hoverable
              onClick={() => setTab(b.key)}
              style={{ borderColor: tab === b.key ? '#b71c1c' : undefined }}
              data-testid={`home-${b.key}`}
            >
              <Statistic
                title={b.label}
                value={b.value ?? 0}
                formatter={(n) => formatNumber(Number(n))}
                styles={{ content: { color: b.color } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small">
        <Tabs
          renderTabBar={(props, DefaultTabBar) =>
            phone ? (
              <ViewSwitch<Bucket>
                label="Xem nhóm việc"
                value={tab}
                onChange={setTab}
                options={boxes.map((b) => ({
                  value: b.key,
                  label: `${b.label} (${formatNumber(b.value ?? 0)})`,
                }))}
                style={{ marginBottom: 12 }}
              />
            ) : (
              <DefaultTabBar {...props} />
            )
          }
          activeKey={tab}
          onChange={(k) => setTab(k as Bucket)}
          items={boxes.map((b) => ({ key: b.key, label: b.label, children: <BucketList bucket={b.key} /> }))}
        />
      </Card>
      <ReceivedUrgings />
    </>
  );
}
