// Tổng quan: where the province stands, for leaders and Sở Ngoại vụ at a glance. Filters (programme,
// period, unit group) live in the address; every figure and chart opens the list behind it; each
// chart exports to Excel; the page prints on A4 (print CSS below) and reflows on a phone.
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Row, Select, Typography } from 'antd';
import { type UnitGroupCode, unitGroupCodes, unitGroups } from '../../../shared/units';
import { download } from '../../api/client';
import { type DashboardQuery, useDashboard } from '../../api/dashboard';
import { useMe } from '../../api/me';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import {
  ChartCard,
  CommitmentsChart,
  KindsChart,
  ObstaclesChart,
  PrioritiesList,
  TrendChart,
  UnitsRanking,
} from './Charts';
import { Figures } from './Figures';
import { ProgrammePeriodFilters } from './ProgrammePeriodFilters';
import { PRINT_CSS } from './print';

export default function DashboardPage() {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const { params, setParam } = useUrlParams();
  const q: DashboardQuery = {
    documentId: params.get('documentId') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    group: (params.get('group') as UnitGroupCode) || undefined,
  };
  const { data: d, error, isPending } = useDashboard(q);
  const holdsObstacles = me?.role === 'leader' || me?.role === 'focal';
  const obstaclesLink = (open = true) =>
    open ? (holdsObstacles ? '/vuong-mac?xem=cho' : '/vuong-mac?xem=mo') : '/vuong-mac?xem=xong';
  const scope = d ? { period: d.period, today: d.today, q } : null;

  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader
        title="Tổng quan tình hình thực hiện"
        extra={
          <>
            <Button
              className="no-print"
              icon={<FileExcelOutlined />}
              onClick={() =>
                download('/dashboard/export.xlsx', { ...q, chart: 'figures' }).catch((e) =>
                  message.error(e.message),
                )
              }
            >
              Xuất số liệu Excel
            </Button>
            <Button className="no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
              In / lưu PDF
            </Button>
          </>
        }
      >
        {d && (
          <Typography.Text type="secondary">
            Nhiệm vụ có hạn từ {formatDate(d.period.from)} đến {formatDate(d.period.to)}, so với kỳ trước (
            {formatDate(d.previousPeriod.from)} – {formatDate(d.previousPeriod.to)}); số liệu đến ngày{' '}
            {formatDate(d.today)}.
          </Typography.Text>
        )}
      </PageHeader>
      <ProgrammePeriodFilters q={q} setParam={setParam}>
        <Select
          allowClear
          placeholder="Nhóm đơn vị"
          value={q.group}
          onChange={(v) => setParam({ group: v })}
          options={unitGroupCodes.map((g) => ({ value: g, label: unitGroups[g].label }))}
          style={{ width: '100%' }}
          aria-label="Nhóm đơn vị"
        />
      </ProgrammePeriodFilters>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      {isPending && <FullPageSpin />}
      {d && scope && (
        <>
          <Figures d={d} scope={scope} obstaclesLink={obstaclesLink()} />
          <Row gutter={[16, 16]} className="dashboard-grid">
            <Col xs={24} xl={12}>
              <ChartCard title="Xếp hạng đơn vị theo số nhiệm vụ quá hạn" chart="units" query={q}>
                {d.units.length ? (
                  <UnitsRanking d={d} scope={scope} />
                ) : (
                  <Typography.Text type="secondary">Không có nhiệm vụ nào có hạn trong kỳ.</Typography.Text>
                )}
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title="Tình trạng theo nhóm đơn vị" chart="kinds" query={q}>
                <KindsChart d={d} scope={scope} />
              </ChartCard>
            </Col>
            <Col xs={24}>
              <ChartCard title="Tỷ lệ hoàn thành đúng hạn theo tháng (24 tháng)" chart="trend" query={q}>
                <TrendChart d={d} scope={scope} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title="Cam kết, thỏa thuận" chart="commitments" query={q}>
                <CommitmentsChart d={d} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title="Tiến độ lộ trình các cam kết ưu tiên" chart="priorities" query={q}>
                <PrioritiesList d={d} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title="Vướng mắc theo cấp xử lý" chart="obstacles" query={q}>
                <ObstaclesChart d={d} link={obstaclesLink} />
              </ChartCard>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
