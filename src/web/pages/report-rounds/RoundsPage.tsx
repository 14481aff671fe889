// Kỳ báo cáo: every round with how many units must report, have sent, were accepted, are late
// or missing. A unit sees the rounds it reports in and opens its own report from here.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { periodKindLabels } from '../../../shared/periods';
import { type RoundStatus, roundStatusLabels } from '../../../shared/report-rounds';
import { useMe } from '../../api/me';
import { type Round, useRounds } from '../../api/report-rounds';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { useUrlParams } from '../../lib/use-url-params';
import { OpenRoundDrawer } from './OpenRoundDrawer';

export default function RoundsPage() {
  const { params, setParam, setFilter } = useUrlParams();
  const status = (params.get('status') as RoundStatus) || undefined;
  const page = Number(params.get('page') ?? 1);
  const { data, isFetching, error } = useRounds({ status, page, pageSize: 20 });
  const { data: me } = useMe();
  const [opening, setOpening] = useState(false);
  return (
    <>
      <PageHeader
        title="Kỳ báo cáo"
        extra={
          <Space wrap>
            {me?.role === 'focal' && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
                Mở kỳ báo cáo
              </Button>
            )}
            <Select
              allowClear
              aria-label="Trạng thái kỳ báo cáo"
              placeholder="Trạng thái"
              value={status}
              onChange={(v) => setFilter('status', v)}
              options={Object.entries(roundStatusLabels).map(([value, label]) => ({ value, label }))}
              style={{ width: 200 }}
            />
          </Space>
        }
      />
      <OpenRoundDrawer open={opening} onClose={() => setOpening(false)} />
      <Card styles={{ body: { padding: 12 } }}>
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <ListTable<Round>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            showTotal: (n) => `${n} kỳ báo cáo`,
            onChange: (p) => setParam({ page: p > 1 ? String(p) : undefined }),
          }}
          columns={[
            {
              title: 'Kỳ báo cáo',
              dataIndex: 'title',
              minWidth: 280,
              render: (title: string, r) => (
                <span>
                  <Link to={r.mySubmissionId ? `/bao-cao-don-vi/${r.mySubmissionId}` : `/ky-bao-cao/${r.id}`}>
                    {title}
                  </Link>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {periodKindLabels[r.kind]} · số liệu {formatDate(r.periodStart)} –{' '}
                    {formatDate(r.periodEnd)}
                  </Typography.Text>
                </span>
              ),
            },
            { title: 'Hạn gửi', dataIndex: 'dueOn', width: 110, render: formatDate },
            {
              title: 'Đã gửi',
              key: 'sent',
              render: (_: unknown, r) => (
                <span style={{ minWidth: 140, display: 'inline-block' }}>
                  {r.submitted}/{r.required}
                  <Progress
                    size="small"
                    percent={r.required ? Math.round((r.submitted * 100) / r.required) : 0}
                  />
                </span>
              ),
            },
            { title: 'Đã tiếp nhận', dataIndex: 'accepted', align: 'center' },
            {
              title: 'Trễ hạn',
              dataIndex: 'late',
              align: 'center',
              render: (n: number) => (n ? <Tag color="warning">{n}</Tag> : 0),
            },
            {
              title: 'Quá hạn chưa gửi',
              dataIndex: 'missing',
              align: 'center',
              render: (n: number) => (n ? <Tag color="error">{n}</Tag> : 0),
            },
            {
              title: 'Trạng thái',
              dataIndex: 'status',
              render: (s: RoundStatus) => (
                <Tag color={s === 'open' ? 'processing' : 'default'}>{roundStatusLabels[s]}</Tag>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
