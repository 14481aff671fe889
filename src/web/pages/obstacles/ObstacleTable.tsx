// A list of obstacles (a page's or a commitment's) opening each in a drawer. The open obstacle
// is in the address (?vm=<id>), so each row is a real link: new tab, copied address, the log.
import { Tag } from 'antd';
import { Link, useLocation, useSearchParams } from 'react-router';
import { type ObstacleLevel, obstacleLevelLabels } from '../../../shared/obstacles';
import type { Obstacle } from '../../api/commitments';
import { ListTable } from '../../components/ListTable';
import { formatDate } from '../../lib/format';
import { ObstacleDrawer } from './ObstacleDrawer';

const levelColors: Record<ObstacleLevel, string> = { focal: 'blue', leader: 'volcano', central: 'magenta' };
export const LevelTag = ({ level }: { level: ObstacleLevel }) => (
  <Tag color={levelColors[level]}>Cấp: {obstacleLevelLabels[level]}</Tag>
);

export function ObstacleTable({
  items,
  loading,
  showSubject = true,
  pagination,
}: {
  items: Obstacle[] | undefined;
  loading?: boolean;
  showSubject?: boolean;
  pagination?:
    | false
    | { current: number; pageSize: number; total?: number; onChange: (p: number, s: number) => void };
}) {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const open = params.get('vm');
  const withOpen = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('vm', id);
    else next.delete('vm');
    return next;
  };
  const setOpen = (id: string | null) => setParams(withOpen(id));
  return (
    <>
      <ListTable<Obstacle>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={pagination ?? false}
        locale={{ emptyText: 'Không có vướng mắc' }}
        rowHref={(o) => `${pathname}?${withOpen(o.id)}`}
        columns={[
          {
            title: 'Vướng mắc',
            minWidth: 220,
            render: (_, o) => (
              <Link
                to={{ search: `?${withOpen(o.id)}` }}
                onClick={(e) => e.stopPropagation()}
                data-testid="obstacle-row"
              >
                {o.description}
              </Link>
            ),
          },
          ...(showSubject ? [{ title: 'Về', dataIndex: 'subjectTitle', minWidth: 180 }] : []),
          { title: 'Đơn vị', dataIndex: 'unitName', minWidth: 120 },
          { title: 'Cấp xử lý', render: (_, o) => <LevelTag level={o.level} /> },
          {
            title: 'Tình trạng',
            render: (_, o) =>
              o.status === 'resolved' ? (
                <Tag color="success">Đã giải quyết</Tag>
              ) : (
                <>
                  {o.respondedOn ? <Tag color="cyan">Đã có ý kiến</Tag> : <Tag>Chờ trả lời</Tag>}
                  {o.overdue && <Tag color="error">Quá hạn</Tag>}
                </>
              ),
          },
          { title: 'Hạn trả lời', dataIndex: 'responseDueOn', width: 104, render: (d) => formatDate(d) },
        ]}
      />
      {open && <ObstacleDrawer id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
