// The unit directory: search without diacritics, filter by kind and group, page on the server;
// administrators add, edit, deactivate and import units.
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type UnitGroupCode, type UnitKindCode, unitKindCodes, unitKindLabels } from '../../../shared/units';
import { useMe } from '../../api/me';
import { type Unit, type UnitQuery, useUnitGroups, useUnits } from '../../api/units';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { UnitDrawer } from './UnitDrawer';
import { UnitImportModal } from './UnitImportModal';

const activeOptions = [
  { value: 'true', label: 'Đang hoạt động' },
  { value: 'false', label: 'Ngừng hoạt động' },
  { value: 'all', label: 'Tất cả trạng thái' },
];

export function FocalTag() {
  return (
    <Tag color="red" style={{ marginInlineStart: 6 }}>
      Đầu mối
    </Tag>
  );
}

export default function UnitsPage() {
  const { data: me } = useMe();
  const isAdmin = me?.role === 'admin';
  const screens = Grid.useBreakpoint();
  const { params, setParam, setFilter } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const query: UnitQuery = {
    q: q || undefined,
    kind: (params.get('kind') as UnitKindCode) || undefined,
    group: (params.get('group') as UnitGroupCode) || undefined,
    active: (params.get('active') as UnitQuery['active']) || 'true',
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const { data, isFetching, error } = useUnits(query);
  const groups = useUnitGroups();
  const [importing, setImporting] = useState(false);
  const openId = params.get('id');
  const creating = params.get('them') === '1';

  return (
    <>
      <PageHeader
        title="Danh mục đơn vị"
        extra={
          isAdmin && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                Nhập từ CSV
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setParam({ them: '1', id: undefined })}
              >
                Thêm đơn vị
              </Button>
            </>
          )
        }
      />
      <Card styles={{ body: { padding: 12 } }}>
        <FilterBar
          search={
            <Input.Search
              allowClear
              placeholder="Tìm tên, tên viết tắt, mã"
              title="Gõ có dấu hoặc không dấu đều được"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setParam({ q: e.target.value || undefined, page: undefined });
              }}
              style={{ width: '100%' }}
              aria-label="Tìm đơn vị"
            />
          }
        >
          <Select
            allowClear
            placeholder="Loại đơn vị"
            value={query.kind}
            onChange={(v) => setFilter('kind', v)}
            options={unitKindCodes.map((k) => ({ value: k, label: unitKindLabels[k] }))}
            style={{ width: '100%' }}
          />
          <Select
            allowClear
            placeholder="Nhóm đơn vị"
            value={query.group}
            onChange={(v) => setFilter('group', v)}
            options={(groups.data ?? []).map((g) => ({
              value: g.code,
              label: `${g.label.charAt(0).toUpperCase()}${g.label.slice(1)} (${formatNumber(g.count)})`,
            }))}
            style={{ width: '100%' }}
          />
          <Select
            value={query.active}
            onChange={(v) => setFilter('active', v === 'true' ? undefined : v)}
            options={activeOptions}
            style={{ width: '100%' }}
            aria-label="Trạng thái"
          />
        </FilterBar>
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <Table<Unit>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items}
          scroll={{ x: 'max-content' }}
          onRow={(u) => ({
            onClick: () => setParam({ id: u.id, them: undefined }),
            style: { cursor: 'pointer' },
          })}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `${formatNumber(total)} đơn vị`,
            onChange: (page, pageSize) =>
              setParam({
                page: page > 1 ? String(page) : undefined,
                pageSize: pageSize !== 20 ? String(pageSize) : undefined,
              }),
          }}
          columns={[
            { title: 'Mã', dataIndex: 'code', width: 110, responsive: ['sm'] },
            {
              title: 'Tên đơn vị',
              dataIndex: 'name',
              render: (name: string, u) => (
                <span>
                  {name}
                  {u.isFocal && <FocalTag />}
                  {!screens.sm && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {u.code} · {unitKindLabels[u.kind]}
                      {!u.active && ' · Ngừng hoạt động'}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            { title: 'Tên viết tắt', dataIndex: 'shortName', responsive: ['md'], render: (v) => v ?? '—' },
            {
              title: 'Loại',
              dataIndex: 'kind',
              responsive: ['sm'],
              render: (k: UnitKindCode) => unitKindLabels[k],
            },
            { title: 'Mã ĐVHC', dataIndex: 'gsoCode', responsive: ['lg'], render: (v) => v ?? '—' },
            {
              title: 'Trạng thái',
              dataIndex: 'active',
              responsive: ['sm'],
              render: (a: boolean) =>
                a ? <Tag color="green">Đang hoạt động</Tag> : <Tag>Ngừng hoạt động</Tag>,
            },
          ]}
        />
      </Card>
      <UnitDrawer
        unitId={openId}
        creating={creating}
        canManage={isAdmin}
        onClose={() => setParam({ id: undefined, them: undefined })}
        onCreated={(id) => setParam({ id, them: undefined })}
      />
      {isAdmin && <UnitImportModal open={importing} onClose={() => setImporting(false)} />}
    </>
  );
}
