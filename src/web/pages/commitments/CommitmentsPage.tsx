// The register of commitments and agreements: filters by country, partner, field, status, unit,
// priority and expiry; progress and status come computed from the server.
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Progress, Select, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type CommitmentField, commitmentFieldLabels } from '../../../shared/commitments';
import { type ProgressStatus, progressStatuses, statusLabels } from '../../../shared/status';
import { download } from '../../api/client';
import {
  type Commitment,
  type CommitmentQuery,
  useCommitmentFilters,
  useCommitments,
} from '../../api/commitments';
import { useMe } from '../../api/me';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { formatDate } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { CommitmentDrawer } from './CommitmentDrawer';
import { CommitmentsNav } from './CommitmentsNav';
import { CompletionTag, LegalTag, optionsOf, RiskTag, StatusTag } from './tags';

export default function CommitmentsPage() {
  const { data: me } = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  const query: CommitmentQuery = {
    q: q || undefined,
    country: params.get('country') ?? undefined,
    partner: params.get('partner') ?? undefined,
    field: (params.get('field') as CommitmentField) || undefined,
    status: (params.get('status') as ProgressStatus) || undefined,
    unitId: params.get('unitId') ?? undefined,
    activityId: params.get('activityId') ?? undefined,
    priorityMax: num('priorityMax'),
    expiringWithinDays: params.get('expiring') ? 90 : undefined,
    atRisk: params.get('atRisk') ? 'true' : undefined,
    page: num('page') ?? 1,
    pageSize: num('pageSize') ?? 20,
  };
  const { data, isFetching } = useCommitments(query);
  const filters = useCommitmentFilters();
  const setParam = (changes: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  async function exportExcel() {
    try {
      const { page: _p, pageSize: _s, ...rest } = query;
      await download('/commitments/export.xlsx', { ...rest });
    } catch (err) {
      message.error((err as Error).message);
    }
  }

  return (
    <>
      <PageHeader
        title="Cam kết, thỏa thuận đối ngoại cấp cao"
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={exportExcel}>
              Xuất Excel
            </Button>
            {me?.role === 'focal' && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="new-commitment"
              >
                Thêm cam kết
              </Button>
            )}
          </>
        }
      />
      <CommitmentsNav />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <Input.Search
            allowClear
            placeholder="Tìm tên, đối tác"
            title="Gõ có dấu hoặc không dấu đều được"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            placeholder="Quốc gia"
            style={{ width: 150 }}
            value={query.country}
            onChange={(v) => setParam({ country: v })}
            options={(filters.data?.countries ?? []).map((c) => ({ value: c, label: c }))}
          />
          <Select
            allowClear
            showSearch
            placeholder="Đối tác"
            style={{ width: 200 }}
            value={query.partner}
            onChange={(v) => setParam({ partner: v })}
            options={(filters.data?.partners ?? []).map((c) => ({ value: c, label: c }))}
          />
          <Select
            allowClear
            placeholder="Lĩnh vực"
            style={{ width: 160 }}
            value={query.field}
            onChange={(v) => setParam({ field: v })}
            options={optionsOf(commitmentFieldLabels)}
          />
          <Select
            allowClear
            placeholder="Tình trạng"
            style={{ width: 200 }}
            value={query.status}
            onChange={(v) => setParam({ status: v })}
            options={progressStatuses.map((s) => ({ value: s, label: statusLabels[s] }))}
          />
          {me?.role !== 'officer' && me?.role !== 'head' && (
            <UnitSelect
              allowClear
              placeholder="Đơn vị chủ trì/phối hợp"
              style={{ width: 240 }}
              value={query.unitId}
              onChange={(v) => setParam({ unitId: v as string | undefined })}
            />
          )}
          <Select
            allowClear
            placeholder="Ưu tiên"
            style={{ width: 130 }}
            value={query.priorityMax}
            onChange={(v) => setParam({ priorityMax: v ? String(v) : undefined })}
            options={[5, 10, 20].map((n) => ({ value: n, label: `${n} ưu tiên đầu` }))}
          />
          <Flex align="center" gap={6}>
            <Switch
              size="small"
              checked={!!params.get('expiring')}
              onChange={(v) => setParam({ expiring: v ? '1' : undefined })}
            />
            <span>Hết hạn trong 90 ngày</span>
          </Flex>
          <Flex align="center" gap={6}>
            <Switch
              size="small"
              checked={!!params.get('atRisk')}
              onChange={(v) => setParam({ atRisk: v ? '1' : undefined })}
            />
            <span>Có nguy cơ chậm</span>
          </Flex>
        </Flex>
      </Card>
      <ListTable<Commitment>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items}
        rowHref={(c) => `/cam-ket/${c.id}`}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total,
          showTotal: (n) => `${n} cam kết`,
          onChange: (page, pageSize) => setParam({ page: String(page), pageSize: String(pageSize) }),
        }}
        columns={[
          { title: 'Ưu tiên', dataIndex: 'priority', width: 64, align: 'center', render: (p) => p ?? '—' },
          {
            title: 'Cam kết, thỏa thuận',
            minWidth: 240,
            render: (_, c) => (
              <div>
                <Link to={`/cam-ket/${c.id}`}>{c.title}</Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {c.partner} · {c.country} · ký {formatDate(c.signedOn)}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: 'Lĩnh vực',
            dataIndex: 'field',
            width: 110,
            render: (f: CommitmentField) => <Tag>{commitmentFieldLabels[f]}</Tag>,
          },
          { title: 'Chủ trì', width: 150, render: (_, c) => c.leadUnit?.name ?? '—' },
          {
            title: 'Tiến độ',
            dataIndex: 'progress',
            width: 110,
            render: (p: number, c) => (
              <Progress percent={p} size="small" status={c.atRisk ? 'exception' : undefined} />
            ),
          },
          {
            title: 'Tình trạng',
            width: 150,
            render: (_, c) => (
              <Flex wrap gap={4}>
                <StatusTag status={c.status} />
                <RiskTag atRisk={c.atRisk} />
                {c.openObstacles > 0 && <Tag color="volcano">{c.openObstacles} vướng mắc</Tag>}
              </Flex>
            ),
          },
          {
            title: 'Rà soát',
            width: 120,
            render: (_, c) =>
              c.latestReview ? (
                <CompletionTag level={c.latestReview.completionLevel} />
              ) : (
                <Typography.Text type="secondary">Chưa rà soát</Typography.Text>
              ),
          },
          { title: 'Báo cáo TTg', width: 120, render: (_, c) => <LegalTag state={c.legalReport} /> },
          {
            title: 'Hết hiệu lực',
            dataIndex: 'expiresOn',
            width: 100,
            render: (d: string | null, c) =>
              c.expiringSoon ? <Tag color="warning">{formatDate(d)}</Tag> : formatDate(d),
          },
        ]}
      />
      {creating && <CommitmentDrawer onClose={() => setCreating(false)} />}
    </>
  );
}
