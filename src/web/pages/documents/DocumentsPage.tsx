// Documents (văn bản): search by number, summary or issuer without diacritics, filter by type,
// year and level, page on the server; register a document; export the list to Excel.
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Grid, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { documentTypes } from '../../../shared/documents';
import { download } from '../../api/client';
import { useMe } from '../../api/me';
import { type DocumentItem, type DocumentQuery, useDocuments } from '../../api/tracking';
import { FilterBar } from '../../components/FilterBar';
import { ListTable } from '../../components/ListTable';
import { PageHeader } from '../../components/PageHeader';
import { formatDate, formatNumber } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { DocumentDrawer } from './DocumentDrawer';

const sorts = [
  { value: '-issuedOn', label: 'Mới ban hành trước' },
  { value: 'issuedOn', label: 'Cũ trước' },
  { value: 'number', label: 'Theo số, ký hiệu' },
  { value: '-createdAt', label: 'Mới nhập trước' },
];

export default function DocumentsPage() {
  const { data: me } = useMe();
  const canCreate = me?.role === 'focal' || me?.role === 'officer' || me?.role === 'head';
  const phone = !Grid.useBreakpoint().sm;
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { params, setParam, setFilter } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const query: DocumentQuery = {
    q: q || undefined,
    type: params.get('type') || undefined,
    year: params.get('year') ? Number(params.get('year')) : undefined,
    scope: (params.get('scope') as DocumentQuery['scope']) || undefined,
    sort: params.get('sort') || '-issuedOn',
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const { data, isFetching, error } = useDocuments(query);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title="Văn bản"
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() =>
                download('/documents/export.xlsx', { ...query, page: undefined, pageSize: undefined }).catch(
                  (e) => message.error(e.message),
                )
              }
            >
              Xuất Excel
            </Button>
            {canCreate && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="new-document"
              >
                Đăng ký văn bản
              </Button>
            )}
          </>
        }
      />
      <Card styles={{ body: { padding: 12 } }}>
        <FilterBar
          search={
            <Input.Search
              allowClear
              placeholder="Tìm số, trích yếu, cơ quan"
              title="Gõ có dấu hoặc không dấu đều được"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setParam({ q: e.target.value || undefined, page: undefined });
              }}
              aria-label="Tìm văn bản"
            />
          }
        >
          <Select
            allowClear
            placeholder="Loại văn bản"
            value={query.type}
            onChange={(v) => setFilter('type', v)}
            options={documentTypes.map((t) => ({ value: t, label: t }))}
            style={{ width: '100%' }}
          />
          <InputNumber
            placeholder="Năm"
            min={1945}
            max={2100}
            value={query.year}
            onChange={(v) => setFilter('year', v ? String(v) : undefined)}
            style={{ width: '100%' }}
          />
          <Select
            allowClear
            placeholder="Cấp văn bản"
            value={query.scope}
            onChange={(v) => setFilter('scope', v)}
            options={[
              { value: 'province', label: 'Văn bản của trung ương, tỉnh' },
              { value: 'unit', label: 'Văn bản của đơn vị' },
            ]}
            style={{ width: '100%' }}
          />
          <Select
            value={query.sort}
            onChange={(v) => setFilter('sort', v === '-issuedOn' ? undefined : v)}
            options={sorts}
            style={{ width: '100%' }}
            aria-label="Sắp xếp"
          />
        </FilterBar>
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <ListTable<DocumentItem>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items}
          rowHref={(d) => `/van-ban/${d.id}`}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: !phone,
            showTotal: (t) => `${formatNumber(t)} văn bản`,
            onChange: (page, pageSize) =>
              setParam({
                page: page > 1 ? String(page) : undefined,
                pageSize: pageSize !== 20 ? String(pageSize) : undefined,
              }),
          }}
          columns={[
            {
              title: 'Số, ký hiệu',
              dataIndex: 'number',
              render: (n: string, d) => (
                <span>
                  <Link to={`/van-ban/${d.id}`} style={{ fontWeight: 600 }}>
                    {n}
                  </Link>
                  {phone && (
                    <Typography.Text
                      type="secondary"
                      style={{ display: 'block', fontSize: 12, maxWidth: 260, whiteSpace: 'normal' }}
                    >
                      {d.type} · {formatDate(d.issuedOn)} · {d.issuer}
                      <br />
                      {d.summary}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            { title: 'Loại', dataIndex: 'type', responsive: ['sm'] },
            { title: 'Ngày', dataIndex: 'issuedOn', responsive: ['sm'], render: (v) => formatDate(v) },
            { title: 'Cơ quan ban hành', dataIndex: 'issuer', responsive: ['md'] },
            {
              title: 'Trích yếu',
              dataIndex: 'summary',
              responsive: ['sm'],
              render: (s: string, d) => (
                <div style={{ maxWidth: 520, whiteSpace: 'normal' }}>
                  {s || '—'}
                  {d.unitName && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      Văn bản của {d.unitName}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
          ]}
        />
      </Card>
      <DocumentDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          navigate(`/van-ban/${id}`);
        }}
      />
    </>
  );
}
