// The administrator's home: the people and units the product serves, what it holds, the latest
// changes on record, and how the system runs — each figure opens the page behind it.
import { Card, Col, Descriptions, List, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useAudit } from '../../api/audit';
import { useMe } from '../../api/me';
import { useSystemStatus } from '../../api/system';
import { actionLabel } from '../../components/audit-labels';
import { formatDateTime, formatNumber } from '../../lib/format';
import { RecordLink } from '../audit/AuditPage';

const bytes = (n: number) =>
  n >= 1024 ** 3
    ? `${formatNumber(Math.round((n / 1024 ** 3) * 10) / 10)} GB`
    : n >= 1024 ** 2
      ? `${formatNumber(Math.round((n / 1024 ** 2) * 10) / 10)} MB`
      : `${formatNumber(Math.round(n / 1024))} KB`;

function uptime(s: number) {
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  return d ? `${d} ngày ${h} giờ` : h ? `${h} giờ ${m} phút` : `${m} phút`;
}

function Figure({ title, value, to, note }: { title: string; value?: number; to: string; note?: ReactNode }) {
  return (
    <Col xs={12} md={8} xl={6}>
      <Link to={to}>
        <Card size="small" hoverable style={{ height: '100%' }}>
          <Statistic title={title} value={value ?? 0} formatter={(n) => formatNumber(Number(n))} />
          {note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {note}
            </Typography.Text>
          )}
        </Card>
      </Link>
    </Col>
  );
}

export default function AdminHome() {
  const { data: me } = useMe();
  const { data: s } = useSystemStatus();
  const audit = useAudit({ pageSize: 8 });
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        Quản trị hệ thống
      </Typography.Title>
      <Typography.Paragraph type="secondary">Xin chào, {me?.fullName}.</Typography.Paragraph>
      <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
        <Figure
          title="Người dùng đang hoạt động"
          value={s?.users.active}
          to="/nguoi-dung"
          note={
            s &&
            `${formatNumber(s.users.locked)} tài khoản bị khóa · ${formatNumber(s.users.admins)} quản trị viên`
          }
        />
        <Figure
          title="Đang đăng nhập"
          value={s?.users.signedInNow}
          to="/nguoi-dung"
          note="người có phiên còn hiệu lực"
        />
        <Figure
          title="Đơn vị đang hoạt động"
          value={s?.units.active}
          to="/don-vi"
          note={s && `${formatNumber(s.units.withoutPeople)} đơn vị chưa có tài khoản`}
        />
        <Figure
          title="Thay đổi trong 24 giờ"
          value={s?.audit.last24h}
          to="/nhat-ky"
          note={s && `${formatNumber(s.audit.entries)} mục trong nhật ký`}
        />
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title="Thay đổi gần đây" extra={<Link to="/nhat-ky">Xem nhật ký</Link>}>
            <List
              size="small"
              loading={audit.isPending}
              dataSource={audit.data?.items ?? []}
              locale={{ emptyText: 'Chưa có thay đổi nào' }}
              renderItem={(e) => (
                <List.Item key={e.id} style={{ display: 'block', paddingInline: 0 }}>
                  <Typography.Text strong>{actionLabel(e.action)}</Typography.Text> <RecordLink entry={e} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {e.actorName} · {formatDateTime(e.at)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="Tình trạng hệ thống">
            {s && (
              <Descriptions column={1} size="small">
                <Descriptions.Item label="Cơ sở dữ liệu">
                  {s.db === 'postgres' ? 'PostgreSQL' : 'PGlite (nhúng)'} · {bytes(s.databaseBytes)}
                </Descriptions.Item>
                <Descriptions.Item label="Tệp đính kèm">
                  {formatNumber(s.records.files)} tệp · {bytes(s.records.fileBytes)}
                </Descriptions.Item>
                <Descriptions.Item label="Dữ liệu">
                  {formatNumber(s.records.documents)} văn bản · {formatNumber(s.records.tasks)} nhiệm vụ ·{' '}
                  {formatNumber(s.records.assignments)} lượt giao · {formatNumber(s.records.commitments)} cam
                  kết · {formatNumber(s.records.openObstacles)} vướng mắc đang mở
                </Descriptions.Item>
                <Descriptions.Item label="Thay đổi gần nhất">
                  {formatDateTime(s.audit.lastAt)}
                </Descriptions.Item>
                <Descriptions.Item label="Phiên bản">
                  {s.server.version} · Node.js {s.server.node.replace(/^v/, '')}
                </Descriptions.Item>
                <Descriptions.Item label="Máy chủ chạy từ">
                  {formatDateTime(s.server.startedAt)} ({uptime(s.server.uptimeSeconds)})
                </Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
