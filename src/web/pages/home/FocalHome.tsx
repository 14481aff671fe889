// Sở Ngoại vụ's home: what waits for the focal office — products to accept, obstacles to handle,
// commitments at risk, units with overdue work. Each box counts all of them, shows the first
// few as links, and opens the list behind it.
import { Card, Col, Empty, List, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type Commitment, type Obstacle, useCommitments, useObstacles } from '../../api/commitments';
import { useMe } from '../../api/me';
import { type AssignmentListItem, useAssignments, useOverdueUnits } from '../../api/tracking';
import { formatDate, formatNumber } from '../../lib/format';

const SHOWN = 6;

export const focalLinks = {
  toAccept: '/giao-viec?state=awaiting_review&sort=-submittedAt',
  obstacles: '/vuong-mac?xem=cho',
  atRisk: '/cam-ket?atRisk=1',
  overdue: '/giao-viec?bucket=overdue',
  overdueOf: (unitId: string) => `/giao-viec?bucket=overdue&unitId=${unitId}`,
};

function QueueCard<T>({
  title,
  total,
  to,
  color,
  loading,
  items,
  empty,
  row,
  testId,
}: {
  title: string;
  total: number | undefined;
  to: string;
  color: string;
  loading: boolean;
  items: T[] | undefined;
  empty: string;
  row: (item: T) => { href: string; title: ReactNode; meta: ReactNode; key: string };
  testId: string;
}) {
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <Link to={to} style={{ color: 'inherit' }}>
          {title}{' '}
          <Typography.Text strong style={{ color, fontSize: 18 }}>
            {total === undefined ? '' : formatNumber(total)}
          </Typography.Text>
        </Link>
      }
      extra={<Link to={to}>Xem tất cả</Link>}
      style={{ height: '100%' }}
    >
      {loading && !items ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : items?.length ? (
        <List
          size="small"
          split
          dataSource={items}
          renderItem={(item) => {
            const r = row(item);
            return (
              <List.Item key={r.key} style={{ paddingInline: 0, display: 'block' }}>
                <Link to={r.href} style={{ display: 'block' }}>
                  {r.title}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.meta}
                </Typography.Text>
              </List.Item>
            );
          }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      )}
    </Card>
  );
}

export default function FocalHome() {
  const { data: me } = useMe();
  const toAccept = useAssignments({ state: 'awaiting_review', sort: '-submittedAt', pageSize: SHOWN });
  const obstacles = useObstacles({ waiting: 'me', pageSize: SHOWN });
  const atRisk = useCommitments({ atRisk: 'true', pageSize: SHOWN });
  const overdue = useOverdueUnits(SHOWN);
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Việc chờ Sở Ngoại vụ
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {me?.fullName} · sản phẩm chờ tiếp nhận, vướng mắc chờ xử lý, cam kết có nguy cơ chậm, đơn vị có việc
        quá hạn. <Link to="/tong-quan">Xem tổng quan</Link>
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <QueueCard<AssignmentListItem>
            testId="queue-accept"
            title="Sản phẩm chờ tiếp nhận"
            total={toAccept.data?.total}
            to={focalLinks.toAccept}
            color="#1677ff"
            loading={toAccept.isPending}
            items={toAccept.data?.items}
            empty="Không có sản phẩm nào chờ tiếp nhận"
            row={(a) => ({
              key: a.id,
              href: `/giao-viec/${a.id}`,
              title: a.title,
              meta: `${a.unitName}${a.submittedAt ? ` · nộp ${formatDate(a.submittedAt.slice(0, 10))}` : ''}${
                a.documentNumber ? ` · ${a.documentNumber}` : ''
              }`,
            })}
          />
        </Col>
        <Col xs={24} lg={12}>
          <QueueCard<Obstacle>
            testId="queue-obstacles"
            title="Vướng mắc chờ xử lý"
            total={obstacles.data?.total}
            to={focalLinks.obstacles}
            color="#d46b08"
            loading={obstacles.isPending}
            items={obstacles.data?.items}
            empty="Không có vướng mắc nào chờ Sở Ngoại vụ"
            row={(o) => ({
              key: o.id,
              href: `/vuong-mac?xem=cho&vm=${o.id}`,
              title: o.description,
              meta: `${o.unitName}${o.responseDueOn ? ` · hạn trả lời ${formatDate(o.responseDueOn)}` : ''}${
                o.overdue ? ' · quá hạn' : ''
              }`,
            })}
          />
        </Col>
        <Col xs={24} lg={12}>
          <QueueCard<Commitment>
            testId="queue-commitments"
            title="Cam kết có nguy cơ chậm"
            total={atRisk.data?.total}
            to={focalLinks.atRisk}
            color="#cf1322"
            loading={atRisk.isPending}
            items={atRisk.data?.items}
            empty="Không có cam kết nào có nguy cơ chậm"
            row={(c) => ({
              key: c.id,
              href: `/cam-ket/${c.id}`,
              title: c.title,
              meta: `${c.partner} · ${c.leadUnit?.name ?? 'chưa có đơn vị chủ trì'} · tiến độ ${c.progress}%`,
            })}
          />
        </Col>
        <Col xs={24} lg={12}>
          <QueueCard<{ unitId: string; unitName: string; overdue: number; oldestDueOn: string }>
            testId="queue-overdue"
            title={`Đơn vị có việc quá hạn${
              overdue.data ? ` (${formatNumber(overdue.data.assignments)} việc)` : ''
            }`}
            total={overdue.data?.units}
            to={focalLinks.overdue}
            color="#cf1322"
            loading={overdue.isPending}
            items={overdue.data?.items}
            empty="Không đơn vị nào có việc quá hạn"
            row={(u) => ({
              key: u.unitId,
              href: focalLinks.overdueOf(u.unitId),
              title: u.unitName,
              meta: `${formatNumber(u.overdue)} việc quá hạn · hạn sớm nhất ${formatDate(u.oldestDueOn)}`,
            })}
          />
        </Col>
      </Row>
    </>
  );
}
