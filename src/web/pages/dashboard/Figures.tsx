// The headline figures of a 1270/BC-style report, each with its change against the previous
// period and a link to the list it counts.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/dashboard';
import { formatDate, formatNumber } from '../../lib/format';
import {
  assignmentsLink,
  awaitingLink,
  inTimeLink,
  overdueLink,
  overdueOverLink,
  type Scope,
  statusLink,
} from './links';

const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v)} %`);

/** "▲ 3 so với kỳ trước", green when the change is good news. */
function Change({
  now,
  before,
  goodWhenUp,
  unit = '',
}: {
  now: number | null;
  before: number | null;
  goodWhenUp: boolean;
  unit?: string;
}) {
  if (now === null || before === null) return <Typography.Text type="secondary">Kỳ trước: —</Typography.Text>;
  const d = Math.round((now - before) * 10) / 10;
  if (d === 0) return <Typography.Text type="secondary">Không đổi so với kỳ trước</Typography.Text>;
  const good = d > 0 === goodWhenUp;
  return (
    <Typography.Text type={good ? 'success' : 'danger'}>
      {d > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {formatNumber(Math.abs(d))}
      {unit} so với kỳ trước
    </Typography.Text>
  );
}

function Figure({
  title,
  value,
  to,
  color,
  change,
  testId,
}: {
  title: string;
  value: ReactNode;
  to: string;
  color?: string;
  change?: ReactNode;
  testId: string;
}) {
  return (
    <Col xs={12} md={8} xl={6} xxl={4} className="print-figure">
      <Link to={to} data-testid={testId} aria-label={title}>
        <Card size="small" hoverable style={{ height: '100%' }}>
          <Statistic title={title} value={value as string} styles={{ content: { color, fontSize: 22 } }} />
          <div style={{ fontSize: 12, minHeight: 18 }}>{change}</div>
        </Card>
      </Link>
    </Col>
  );
}

/** A share done on time: green from 80 %, orange from 50 %, red below. */
const rateColor = (v: number | null) =>
  v === null ? undefined : v >= 80 ? '#389e0d' : v >= 50 ? '#d46b08' : '#cf1322';

export function Figures({ d, scope, obstaclesLink }: { d: Dashboard; scope: Scope; obstaclesLink: string }) {
  const p = d.previous;
  // one unit's figures (its results page): its own report, not a count of units
  const single = Boolean(scope.q.unitId);
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Figure
        testId="fig-due"
        title="Nhiệm vụ đến hạn"
        value={formatNumber(d.tasksDue)}
        to={assignmentsLink(scope)}
        change={<Change now={d.tasksDue} before={p.tasksDue} goodWhenUp />}
      />
      <Figure
        testId="fig-rate"
        title="Tỷ lệ hoàn thành đúng hạn"
        value={pct(d.onTimeRate)}
        to={statusLink(scope, 'done_on_time')}
        color={rateColor(d.onTimeRate)}
        change={<Change now={d.onTimeRate} before={p.onTimeRate} goodWhenUp unit=" điểm %" />}
      />
      <Figure
        testId="fig-on-time"
        title="Hoàn thành đúng hạn"
        value={formatNumber(d.doneOnTime)}
        to={statusLink(scope, 'done_on_time')}
        change={<Change now={d.doneOnTime} before={p.doneOnTime} goodWhenUp />}
      />
      <Figure
        testId="fig-late"
        title="Hoàn thành quá hạn"
        value={formatNumber(d.doneLate)}
        to={statusLink(scope, 'done_late')}
        color="#d46b08"
        change={<Change now={d.doneLate} before={p.doneLate} goodWhenUp={false} />}
      />
      <Figure
        testId="fig-in-time"
        title="Chưa hoàn thành, còn trong hạn"
        value={formatNumber(d.notDoneInTime)}
        to={inTimeLink(scope)}
        change={<Change now={d.notDoneInTime} before={p.notDoneInTime} goodWhenUp={false} />}
      />
      <Figure
        testId="fig-awaiting"
        title="Chờ xác nhận, tiếp nhận"
        value={formatNumber(d.awaiting)}
        to={awaitingLink(scope)}
        color="#08979c"
        change={<Change now={d.awaiting} before={p.awaiting} goodWhenUp={false} />}
      />
      <Figure
        testId="fig-overdue"
        title="Quá hạn chưa hoàn thành"
        value={formatNumber(d.overdue)}
        to={overdueLink(scope)}
        color="#cf1322"
        change={<Change now={d.overdue} before={p.overdue} goodWhenUp={false} />}
      />
      <Figure
        testId="fig-over-30"
        title="Quá hạn trên 30 ngày"
        value={formatNumber(d.overdueOver.d30)}
        to={overdueOverLink(scope, 30)}
        color="#cf1322"
      />
      <Figure
        testId="fig-over-60"
        title="Quá hạn trên 60 ngày"
        value={formatNumber(d.overdueOver.d60)}
        to={overdueOverLink(scope, 60)}
        color="#cf1322"
      />
      <Figure
        testId="fig-over-120"
        title="Quá hạn trên 120 ngày"
        value={formatNumber(d.overdueOver.d120)}
        to={overdueOverLink(scope, 120)}
        color="#a8071a"
      />
      {d.reportRound && !single && (
        <Figure
          testId="fig-not-reported"
          title="Đơn vị chưa gửi báo cáo kỳ đang mở"
          value={`${formatNumber(d.reportRound.notSent)}/${formatNumber(d.reportRound.required)}`}
          to={`/ky-bao-cao/${d.reportRound.id}`}
          color={d.reportRound.notSent ? '#d46b08' : undefined}
          change={
            <Typography.Text type="secondary">
              {d.reportRound.title}, hạn {formatDate(d.reportRound.dueOn)}
              {d.reportRound.previous &&
                `; kỳ trước: ${formatNumber(d.reportRound.previous.notSentByDue)} đơn vị không gửi đúng hạn`}
            </Typography.Text>
          }
        />
      )}
      {d.reportRound && single && (
        <Figure
          testId="fig-not-reported"
          title="Báo cáo của đơn vị, kỳ đang mở"
          value={
            d.reportRound.required === 0 ? 'Không phải gửi' : d.reportRound.notSent ? 'Chưa gửi' : 'Đã gửi'
          }
          to={`/ky-bao-cao/${d.reportRound.id}`}
          color={d.reportRound.required && d.reportRound.notSent ? '#d46b08' : undefined}
          change={
            <Typography.Text type="secondary">
              {d.reportRound.title}, hạn {formatDate(d.reportRound.dueOn)}
              {d.reportRound.previous?.required
                ? `; kỳ trước: ${d.reportRound.previous.notSentByDue ? 'không gửi đúng hạn' : 'gửi đúng hạn'}`
                : ''}
            </Typography.Text>
          }
        />
      )}
      <Figure
        testId="fig-obstacles"
        title="Vướng mắc chờ lãnh đạo cho ý kiến"
        value={formatNumber(d.obstacles.awaitingLeader)}
        to={obstaclesLink}
        color="#d46b08"
        change={
          <Typography.Text type="secondary">
            Phát sinh trong kỳ: {formatNumber(d.obstacles.raised)} (kỳ trước{' '}
            {formatNumber(d.obstacles.raisedPrevious)})
          </Typography.Text>
        }
      />
    </Row>
  );
}
