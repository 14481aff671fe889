// Rà soát chồng chéo, trùng lặp: the groups of tasks the review proposes (best first, texts side
// by side), those already settled, and the summary per unit. Sở Ngoại vụ decides; leaders read.
import { Alert, App, Empty, Flex, Pagination, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { OverlapDecision } from '../../../shared/overlap';
import { useMe } from '../../api/me';
import {
  type OverlapQuery,
  useDecideOverlap,
  useOverlapSummary,
  useOverlaps,
  useWithdrawOverlap,
} from '../../api/overlaps';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { useUrlParams } from '../../lib/use-url-params';
import { GroupCard } from './GroupCard';

const CSS = `
mark.overlap-diff { background: #fff1b8; padding: 0 2px; border-radius: 2px; }
.overlap-title { color: inherit; }
.overlap-group { margin-bottom: 12px; }
`;

function GroupList({ status }: { status: OverlapQuery['status'] }) {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const { params, setParam, setFilter } = useUrlParams();
  const q: OverlapQuery = {
    status,
    unitId: params.get('unitId') || undefined,
    page: Number(params.get('page') || 1),
    pageSize: 10,
  };
  const { data, error, isPending } = useOverlaps(q);
  const decide = useDecideOverlap();
  const withdraw = useWithdrawOverlap();
  const onWithdraw = (id: string) => (reason: string) =>
    withdraw.mutateAsync(
      { id, reason },
      {
        onSuccess: () => message.success('Đã hủy kết luận; nhóm được đề xuất lại.'),
        onError: (e) => message.error(e.message),
      },
    );
  const onDecide =
    (id: string) => (decision: OverlapDecision, mainTaskId: string | undefined, note: string) =>
      decide.mutate(
        {
          id,
          decision,
          mainTaskId: decision === 'duplicate' ? mainTaskId : undefined,
          note: note || undefined,
        },
        {
          onSuccess: () => message.success('Đã ghi kết luận rà soát.'),
          onError: (e) => message.error(e.message),
        },
      );
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <UnitSelect
          allowClear
          placeholder="Lọc theo đơn vị chủ trì"
          style={{ minWidth: 280 }}
          value={q.unitId}
          onChange={(v) => setFilter('unitId', v as string | undefined)}
        />
      </Flex>
      {error && <Alert type="error" showIcon message={error.message} />}
      {isPending ? (
        <FullPageSpin />
      ) : !data?.items.length ? (
        <Empty
          description={
            status === 'open' ? 'Không còn nhóm nhiệm vụ nào có khả năng trùng lặp.' : 'Chưa có kết luận nào.'
          }
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {status === 'open'
              ? `${data.total} nhóm nhiệm vụ có khả năng trùng lặp, xếp theo khả năng trùng từ cao xuống thấp.`
              : `${data.total} nhóm đã kết luận.`}
          </Typography.Paragraph>
          {data.items.map((g) => (
            <GroupCard
              key={g.id}
              group={g}
              canDecide={me?.role === 'focal'}
              busy={
                (decide.isPending && decide.variables?.id === g.id) ||
                (withdraw.isPending && withdraw.variables?.id === g.id)
              }
              onDecide={onDecide(g.id)}
              onWithdraw={onWithdraw(g.id)}
            />
          ))}
          <Pagination
            current={q.page}
            pageSize={q.pageSize}
            total={data.total}
            showSizeChanger={false}
            onChange={(page) => setParam({ page: String(page) })}
          />
        </>
      )}
    </>
  );
}

function UnitSummary() {
  const { data, error, isPending } = useOverlapSummary();
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (isPending || !data) return <FullPageSpin />;
  const n = (v: number) => (v ? v : <Typography.Text type="secondary">0</Typography.Text>);
  return (
    <>
      <Flex gap={32} wrap style={{ marginBottom: 16 }}>
        <Statistic title="Nhiệm vụ đã rà soát" value={data.tasksReviewed} />
        <Statistic title="Nhóm chưa kết luận" value={data.open} />
        <Statistic title="Trùng lặp" value={data.duplicate} />
        <Statistic title="Có liên quan" value={data.related} />
        <Statistic title="Không trùng" value={data.distinct} />
      </Flex>
      <Table
        size="small"
        rowKey="unitId"
        dataSource={data.units}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 640 }}
        columns={[
          {
            title: 'Đơn vị chủ trì',
            dataIndex: 'unitName',
            render: (name: string, r) => <Link to={`/ra-soat-trung-lap?unitId=${r.unitId}`}>{name}</Link>,
          },
          { title: 'Nhóm phát hiện', dataIndex: 'found', align: 'right', width: 120 },
          { title: 'Chưa kết luận', dataIndex: 'open', align: 'right', width: 120, render: n },
          { title: 'Trùng lặp', dataIndex: 'duplicate', align: 'right', width: 100, render: n },
          { title: 'Có liên quan', dataIndex: 'related', align: 'right', width: 110, render: n },
          { title: 'Không trùng', dataIndex: 'distinct', align: 'right', width: 110, render: n },
        ]}
      />
    </>
  );
}

export default function OverlapsPage() {
  const { params, setParam } = useUrlParams();
  const tab = params.get('tab') || 'open';
  const { data: summary } = useOverlapSummary();
  return (
    <>
      <style>{CSS}</style>
      <PageHeader title="Rà soát chồng chéo, trùng lặp nhiệm vụ">
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Nhiệm vụ của mọi văn bản và đơn vị được so sánh theo nội dung, đơn vị thực hiện và thời gian. Kết
          luận <Tag color="red">Trùng lặp</Tag> giữ một nhiệm vụ chính và chỉ tính một lần;{' '}
          <Tag color="default">Không trùng</Tag> không đề xuất lại.
        </Typography.Paragraph>
      </PageHeader>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParam({ tab: k === 'open' ? undefined : k, page: undefined })}
        items={[
          {
            key: 'open',
            label: `Đề xuất${summary ? ` (${summary.open})` : ''}`,
            children: tab === 'open' && <GroupList status="open" />,
          },
          {
            key: 'settled',
            label: 'Đã kết luận',
            children: tab === 'settled' && <GroupList status="settled" />,
          },
          { key: 'units', label: 'Tổng hợp theo đơn vị', children: tab === 'units' && <UnitSummary /> },
        ]}
      />
    </>
  );
}
