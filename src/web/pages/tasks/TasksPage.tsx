// Tasks (nhiệm vụ): search, filter by document, lead unit and "6 rõ" gaps, page on the server,
// export to Excel.
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type ClarityElement, clarityElements, clarityLabels } from '../../../shared/clarity';
import { download } from '../../api/client';
import { useMe } from '../../api/me';
import { type TaskQuery, useTasks } from '../../api/tracking';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { formatNumber } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { DocumentSelect } from '../documents/DocumentSelect';
import { TaskDrawer } from './TaskDrawer';
import { TasksTable } from './TasksTable';

export default function TasksPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { params, setParam, setFilter } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const query: TaskQuery = {
    q: q || undefined,
    documentId: params.get('documentId') || undefined,
    leadUnitId: params.get('leadUnitId') || undefined,
    incomplete: (params.get('incomplete') as TaskQuery['incomplete']) || undefined,
    missing: (params.get('missing') as ClarityElement) || undefined,
    sort: params.get('sort') || 'seq',
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const { data, isFetching, error } = useTasks(query);
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        title="Nhiệm vụ"
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() =>
                download('/tasks/export.xlsx', { ...query, page: undefined, pageSize: undefined }).catch(
                  (e) => message.error(e.message),
                )
              }
            >
              Xuất Excel
            </Button>
            {me?.role === 'focal' && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                Thêm nhiệm vụ
              </Button>
            )}
          </>
        }
      />
      <Card styles={{ body: { padding: 12 } }}>
        <Segmented
          style={{ marginBottom: 12 }}
          value={query.incomplete ?? 'all'}
          onChange={(v) => setFilter('incomplete', v === 'all' ? undefined : String(v))}
          options={[
            { value: 'all', label: 'Tất cả' },
            { value: 'true', label: 'Chưa đủ "6 rõ"' },
            { value: 'false', label: 'Đủ "6 rõ"' },
          ]}
        />
        <FilterBar
          search={
            <Input.Search
              allowClear
              placeholder="Tìm nội dung, sản phẩm"
              title="Gõ có dấu hoặc không dấu đều được"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setParam({ q: e.target.value || undefined, page: undefined });
              }}
              aria-label="Tìm nhiệm vụ"
            />
          }
        >
          <DocumentSelect
            single
            allowClear
            placeholder="Văn bản"
            value={query.documentId}
            onChange={(v) => setFilter('documentId', v as string | undefined)}
            style={{ width: '100%' }}
          />
          <UnitSelect
            allowClear
            placeholder="Đơn vị chủ trì"
            value={query.leadUnitId}
            onChange={(v) => setFilter('leadUnitId', v as string | undefined)}
            style={{ width: '100%' }}
          />
          <Select
            allowClear
            placeholder="Thiếu yếu tố"
            value={query.missing}
            onChange={(v) => setFilter('missing', v)}
            options={clarityElements.map((e) => ({
              value: e,
              label: `Thiếu ${clarityLabels[e].toLowerCase()}`,
            }))}
            style={{ width: '100%' }}
          />
          <Select
            value={query.sort}
            onChange={(v) => setFilter('sort', v === 'seq' ? undefined : v)}
            options={[
              { value: 'seq', label: 'Theo văn bản, thứ tự' },
              { value: 'dueOn', label: 'Thời hạn gần trước' },
              { value: '-createdAt', label: 'Mới tạo trước' },
            ]}
            style={{ width: '100%' }}
            aria-label="Sắp xếp"
          />
        </FilterBar>
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <TasksTable
          showDocument
          loading={isFetching}
          dataSource={data?.items}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showTotal: (t) => `${formatNumber(t)} nhiệm vụ`,
            onChange: (page, pageSize) =>
              setParam({
                page: page > 1 ? String(page) : undefined,
                pageSize: pageSize !== 20 ? String(pageSize) : undefined,
              }),
          }}
        />
      </Card>
      <TaskDrawer
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(id) => {
          setAdding(false);
          navigate(`/nhiem-vu/${id}`);
        }}
      />
    </>
  );
}
