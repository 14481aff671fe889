// Kết quả thực hiện của một đơn vị (issue 10 §2): the unit's own dashboard figures and trend
// (GET /api/dashboard?unitId=, every figure opening the unit's list behind it), its place among
// the units of its group as the leaders' ranking places it, and its reports across the rounds
// (GET /api/units/{id}/scorecard). Leaders and Sở Ngoại vụ open any unit; a unit's people their own.
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Grid, Row, Space, Statistic, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  type SubmissionStatus,
  submissionStatusColors,
  submissionStatusLabels,
} from '../../../shared/report-rounds';
import { type WorkflowState, workflowColors, workflowShortLabels } from '../../../shared/workflow';
import { type DashboardQuery, type Scorecard, useDashboard, useScorecard } from '../../api/dashboard';
import { useMe } from '../../api/me';
import { FullPageSpin } from '../../components/FullPageSpin';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatNumber } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import { ChartCard, CommitmentsChart, TrendChart } from '../dashboard/Charts';
import { Figures } from '../dashboard/Figures';
import { rankingLink } from '../dashboard/links';
import { ProgrammePeriodFilters } from '../dashboard/ProgrammePeriodFilters';
import { PRINT_CSS } from '../dashboard/print';

const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v)} %`);

/** "Hạng 3/58", "Đồng hạng 1/58 (2 đơn vị)", or why there is no rank. */
function RankCard({ s, q }: { s: Scorecard; q: DashboardQuery }) {
  const { data: me } = useMe();
  const g = s.group;
  const t = s.tasks;
  // the province-wide ranking is the leaders' and Sở Ngoại vụ's page
  const ranking =
    g && (me?.role === 'focal' || me?.role === 'leader' || me?.role === 'admin')
      ? rankingLink(q, g.code)
      : undefined;
  return (
    <Card size="small" title="Xếp hạng về nhiệm vụ quá hạn" className="print-card" style={{ height: '100%' }}>
      {!g ? (
        <Typography.Text type="secondary">
          Cơ quan cấp tỉnh không xếp hạng cùng các sở, ngành hay xã, phường.
        </Typography.Text>
      ) : t.rank === null ? (
        <Typography.Text type="secondary">Đơn vị không có nhiệm vụ nào có hạn trong kỳ.</Typography.Text>
      ) : (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Statistic
            title={`Trong ${formatNumber(g.ranked)} đơn vị thuộc ${g.label} có nhiệm vụ trong kỳ`}
            value={`${t.sharedWith > 1 ? 'Đồng hạng' : 'Hạng'} ${t.rank}/${g.ranked}`}
            styles={{ content: { color: t.overdueAll ? '#cf1322' : '#389e0d' } }}
          />
          <Typography.Text data-testid="rank-detail">
            {formatNumber(t.overdueAll)} nhiệm vụ quá hạn; hoàn thành đúng hạn {pct(t.onTimeRate)} (bình quân
            nhóm {pct(g.onTimeRate)}).
            {t.sharedWith > 1 && ` Cùng hạng với ${formatNumber(t.sharedWith - 1)} đơn vị khác.`}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Hạng 1 là đơn vị có nhiều nhiệm vụ quá hạn nhất, như bảng xếp hạng của trang tổng quan.{' '}
            {ranking && (
              <Link to={ranking} className="no-print">
                Xem bảng xếp hạng
              </Link>
            )}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}

function ReportsCard({ s }: { s: Scorecard }) {
  const r = s.reports;
  const g = s.group;
  return (
    <Card size="small" title="Gửi báo cáo đúng hạn" className="print-card" style={{ height: '100%' }}>
      {r.rounds === 0 ? (
        <Typography.Text type="secondary">
          Đơn vị không phải gửi báo cáo trong kỳ báo cáo nào có ngày chốt số liệu trong khoảng thời gian này.
        </Typography.Text>
      ) : (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <Statistic
            title={`${formatNumber(r.rounds)} kỳ báo cáo`}
            value={pct(r.rate)}
            styles={{ content: { color: r.rate === null || r.rate >= 80 ? '#389e0d' : '#d46b08' } }}
          />
          <Typography.Text data-testid="report-detail">
            Đúng hạn {formatNumber(r.onTime)} · trễ hạn {formatNumber(r.late)} · không gửi{' '}
            {formatNumber(r.missing)}
            {r.notDue > 0 && ` · chưa đến hạn ${formatNumber(r.notDue)}`}
          </Typography.Text>
          {g && r.rank !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.sharedWith > 1 ? 'Đồng hạng' : 'Hạng'} {r.rank}/{r.of} về tỷ lệ gửi đúng hạn trong {g.label}
              {r.sharedWith > 1 && ` (cùng ${formatNumber(r.sharedWith - 1)} đơn vị khác)`}; bình quân nhóm{' '}
              {pct(g.reportRate)}.
            </Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );
}

function ReportState({ r }: { r: Scorecard['reports']['items'][number] }) {
  return (
    <span>
      <Tag color={submissionStatusColors[r.status]}>{submissionStatusLabels[r.status]}</Tag>
      {r.sentOn && <Typography.Text type="secondary">{formatDate(r.sentOn)}</Typography.Text>}
    </span>
  );
}

export default function UnitScorecardPage() {
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const { params, setParam } = useUrlParams();
  const period = {
    documentId: params.get('documentId') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  };
  const q: DashboardQuery = { ...period, unitId: id };
  const card = useScorecard(id, period);
  const dash = useDashboard(q);
  const s = card.data;
  const d = dash.data;
  const scope = d ? { period: d.period, today: d.today, q } : null;
  const error = card.error ?? dash.error;

  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader
        title={s?.unit.name ?? 'Kết quả thực hiện của đơn vị'}
        extra={
          <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
            In / lưu PDF
          </Button>
        }
      >
        {s && d && (
          <Typography.Text type="secondary">
            {s.unit.kindLabel} · kết quả thực hiện nhiệm vụ có hạn từ {formatDate(d.period.from)} đến{' '}
            {formatDate(d.period.to)} và các kỳ báo cáo chốt số liệu trong khoảng đó; số liệu đến ngày{' '}
            {formatDate(d.today)}.
          </Typography.Text>
        )}
      </PageHeader>
      <ProgrammePeriodFilters q={period} setParam={setParam} />
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      {(card.isPending || dash.isPending) && !error && <FullPageSpin />}
      {s && d && scope && (
        <>
          <Figures d={d} scope={scope} obstaclesLink="/vuong-mac?xem=mo" />
          <Row gutter={[16, 16]} className="dashboard-grid">
            <Col xs={24} lg={12}>
              <RankCard s={s} q={q} />
            </Col>
            <Col xs={24} lg={12}>
              <ReportsCard s={s} />
            </Col>
            <Col xs={24}>
              <ChartCard title="Tỷ lệ hoàn thành đúng hạn theo tháng (24 tháng)" chart="trend" query={q}>
                <TrendChart d={d} scope={scope} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={d.commitments.total ? 12 : 24}>
              <Card size="small" title="Các kỳ báo cáo" className="print-card" style={{ height: '100%' }}>
                <ListTable<Scorecard['reports']['items'][number]>
                  rowKey="submissionId"
                  size="small"
                  pagination={false}
                  dataSource={s.reports.items}
                  rowHref={(r) => `/bao-cao-don-vi/${r.submissionId}`}
                  // on a phone one column (the states under the title): it wraps rather than scrolls
                  scroll={{ x: undefined }}
                  locale={{ emptyText: 'Chưa có kỳ báo cáo nào trong khoảng thời gian này.' }}
                  columns={[
                    {
                      title: 'Kỳ báo cáo',
                      dataIndex: 'title',
                      minWidth: 200,
                      render: (title: string, r) => (
                        <span>
                          <Link to={`/bao-cao-don-vi/${r.submissionId}`}>{title}</Link>
                          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                            Chốt số liệu {formatDate(r.periodEnd)} · hạn gửi {formatDate(r.dueOn)}
                          </Typography.Text>
                          {screens.sm === false && (
                            <span style={{ display: 'block', marginTop: 4 }}>
                              <ReportState r={r} />
                              <Tag color={workflowColors[r.workflow]}>{workflowShortLabels[r.workflow]}</Tag>
                            </span>
                          )}
                        </span>
                      ),
                    },
                    {
                      title: 'Gửi báo cáo',
                      dataIndex: 'status',
                      responsive: ['sm'],
                      render: (_: SubmissionStatus, r) => <ReportState r={r} />,
                    },
                    {
                      title: 'Xử lý',
                      dataIndex: 'workflow',
                      responsive: ['sm'],
                      render: (w: WorkflowState) => (
                        <Tag color={workflowColors[w]}>{workflowShortLabels[w]}</Tag>
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
            {d.commitments.total > 0 && (
              <Col xs={24} xl={12}>
                <ChartCard title="Cam kết, thỏa thuận của đơn vị" chart="commitments" query={q}>
                  <CommitmentsChart d={d} />
                </ChartCard>
              </Col>
            )}
          </Row>
        </>
      )}
    </>
  );
}
