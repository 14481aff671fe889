// Obstacles: the queue waiting for my level (a leader's decisions), those open, overdue, resolved.
import { Segmented } from 'antd';
import { useSearchParams } from 'react-router';
import { type ObstacleQuery, useObstacles } from '../../api/commitments';
import { useMe } from '../../api/me';
import { PageHeader } from '../../components/PageHeader';
import { ObstacleTable } from './ObstacleTable';

const views: Record<string, { label: string; query: ObstacleQuery }> = {
  cho: { label: 'Chờ tôi xử lý', query: { waiting: 'me' } },
  mo: { label: 'Đang xử lý', query: { status: 'open' } },
  qua: { label: 'Quá hạn trả lời', query: { overdue: 'true' } },
  xong: { label: 'Đã giải quyết', query: { status: 'resolved' } },
};

export default function ObstaclesPage() {
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const holds = me?.role === 'focal' || me?.role === 'leader';
  const view = params.get('xem') ?? (holds ? 'cho' : 'mo');
  const page = Number(params.get('page') ?? 1);
  const { data, isFetching } = useObstacles({ ...views[view]?.query, page, pageSize: 20 });
  const options = Object.entries(views)
    .filter(([k]) => holds || k !== 'cho')
    .map(([value, v]) => ({ value, label: v.label }));
  return (
    <>
      <PageHeader title="Vướng mắc, kiến nghị" />
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented options={options} value={view} onChange={(v) => setParams({ xem: String(v) })} />
      </div>
      <ObstacleTable
        items={data?.items}
        loading={isFetching}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total,
          onChange: (p) => setParams({ xem: view, page: String(p) }),
        }}
      />
    </>
  );
}
