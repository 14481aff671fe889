// A list of obstacles (a page's or a commitment's) opening each in a drawer. The open obstacle
// is in the address (?vm=<id>), so each row is a real link: new tab, copied address, the log.
import { Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { type ObstacleLevel, obstacleLevelLabels } from '../../../shared/obstacles';
import type { Obstacle } from '../../api/commitments';
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
      <Table<Obstacle>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={pagination ?? false}
        scroll={{ x: 700 }}
        locale={{ emptyText: 'Không có vướng mắc' }}
        onRow={(o) => ({ onClick: () => setOpen(o.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: 'Vướng mắc',
            minWidth: 280,
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
          ...(showSubject ? [{ title: 'Về', dataIndex: 'subjectTitle', width: 220 }] : []),
          { title: 'Đơn vị', dataIndex: 'unitName', width: 180 },
          { title: 'Cấp xử lý', width: 170, render: (_, o) => <LevelTag level={o.level} /> },
          {
            title: 'Tình trạng',
            width: 170,
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
          { title: 'Hạn trả lời', dataIndex: 'responseDueOn', width: 110, render: (d) => formatDate(d) },
        ]}
      />
      {open && <ObstacleDrawer id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
