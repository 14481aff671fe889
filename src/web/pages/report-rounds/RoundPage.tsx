// One report round: its period and deadline, every required unit with where its report stands,
// and the compiled report: its draft, edited and produced here (Sở Ngoại vụ; leaders read it).
import { Card, Descriptions, Select, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  type SubmissionStatus,
  submissionStatusColors,
  submissionStatusLabels,
} from '../../../shared/report-rounds';
import { type UnitKindCode, unitKindLabels } from '../../../shared/units';
import { type WorkflowState, workflowColors, workflowShortLabels } from '../../../shared/workflow';
import { type Role, useMe } from '../../api/me';
import { type SubmissionRow, useRound, useRoundSubmissions } from '../../api/report-rounds';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatDateTime } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import { CompiledReport } from './CompiledReport';

/** Sở Ngoại vụ, leaders and administrators read the compiled report; units do not. */
const readsReportRole = (role: Role | undefined) => role === 'focal' || role === 'leader' || role === 'admin';

export default function RoundPage() {
  const { id } = useParams();
  const { data: me } = useMe();
  const { params, setParam, setFilter } = useUrlParams();
  const tab = params.get('tab') === 'tong-hop' && readsReportRole(me?.role) ? 'tong-hop' : 'don-vi';
  const status = (params.get('status') as SubmissionStatus) || undefined;
  const round = useRound(id);
  const subs = useRoundSubmissions(id, status);
  const r = round.data;
  const readsReport = readsReportRole(me?.role);
  return (
    <>
      <PageHeader title={r?.title ?? 'Kỳ báo cáo'}>
        <Link to="/ky-bao-cao">Về danh sách kỳ báo cáo</Link>
      </PageHeader>
      {round.error && <Typography.Text type="danger">{round.error.message}</Typography.Text>}
      {r && (
        <Card style={{ marginBottom: 12 }}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'p', label: 'Kỳ', children: r.periodLabel },
              {
                key: 'd',
                label: 'Số liệu',
                children: `${formatDate(r.periodStart)} – ${formatDate(r.periodEnd)}`,
              },
              { key: 'h', label: 'Hạn đơn vị gửi', children: formatDate(r.dueOn) },
              { key: 'c', label: 'Hạn báo cáo tổng hợp', children: formatDate(r.reportDueOn) },
              {
                key: 'v',
                label: 'Phạm vi',
                children: [
                  ...r.documents.map((d) => d.number),
                  ...(r.includeCommitments ? ['Sổ theo dõi cam kết, thỏa thuận'] : []),
                ].join('; '),
              },
            ]}
          />
          <Space size="large" wrap style={{ marginTop: 12 }}>
            <Statistic title="Phải báo cáo" value={r.required} />
            <Statistic title="Đã gửi" value={r.submitted} />
            <Statistic title="Đúng hạn" value={r.onTime} />
            <Statistic title="Trễ hạn" value={r.late} />
            <Statistic title="Quá hạn chưa gửi" value={r.missing} />
            <Statistic title="Đã tiếp nhận" value={r.accepted} />
          </Space>
        </Card>
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParam({ tab: k === 'tong-hop' ? k : undefined })}
        items={[
          {
            key: 'don-vi',
            label: 'Báo cáo của đơn vị',
            children: (
              <>
                <Card styles={{ body: { padding: 12 } }}>
                  <Select
                    allowClear
                    aria-label="Tình trạng gửi báo cáo"
                    placeholder="Tình trạng gửi báo cáo"
                    value={status}
                    onChange={(v) => setFilter('status', v)}
                    options={Object.entries(submissionStatusLabels).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                    style={{ width: 240, marginBottom: 12 }}
                  />
                  <ListTable<SubmissionRow>
                    rowKey="id"
                    size="middle"
                    loading={subs.isFetching}
                    dataSource={subs.data?.items}
                    pagination={false}
                    rowHref={(s) => `/bao-cao-don-vi/${s.id}`}
                    columns={[
                      { title: 'STT', key: 'i', width: 60, render: (_: unknown, __, i) => i + 1 },
                      {
                        title: 'Đơn vị',
                        key: 'unit',
                        minWidth: 200,
                        render: (_: unknown, s) => (
                          <span>
                            <Link to={`/bao-cao-don-vi/${s.id}`}>{s.unit.name}</Link>
                            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                              {unitKindLabels[s.unit.kind as UnitKindCode]} · {s.items} dòng điền sẵn
                            </Typography.Text>
                          </span>
                        ),
                      },
                      {
                        title: 'Gửi báo cáo',
                        dataIndex: 'status',
                        render: (st: SubmissionStatus, s) => (
                          <span>
                            <Tag color={submissionStatusColors[st]}>{submissionStatusLabels[st]}</Tag>
                            {s.sentOn && (
                              <Typography.Text type="secondary">{formatDate(s.sentOn)}</Typography.Text>
                            )}
                          </span>
                        ),
                      },
                      {
                        title: 'Xử lý',
                        dataIndex: 'workflow',
                        minWidth: 200,
                        render: (w: WorkflowState, s) => (
                          <span>
                            <Tag color={workflowColors[w]}>{workflowShortLabels[w]}</Tag>
                            {s.acceptedAt && (
                              <Typography.Text type="secondary">
                                {formatDateTime(s.acceptedAt)}
                              </Typography.Text>
                            )}
                            {w === 'returned' && s.returnReason && (
                              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                                Lý do: {s.returnReason}
                              </Typography.Text>
                            )}
                          </span>
                        ),
                      },
                    ]}
                  />
                </Card>
              </>
            ),
          },
          ...(readsReport && id
            ? [
                {
                  key: 'tong-hop',
                  label: 'Báo cáo tổng hợp',
                  children: <CompiledReport roundId={id} canEdit={me?.role === 'focal'} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
