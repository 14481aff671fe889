// Assignments (việc giao cho đơn vị): Sở Ngoại vụ and leaders see every unit's, a unit its own.
// Filter by status, where the product stands, unit, deadline; sort and page on the server;
// export; a unit updates progress in bulk from Excel.
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Input, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { type AssignmentStatus, assignmentStatuses, statusLabels } from '../../../shared/status';
import { type UnitGroupCode, unitGroups } from '../../../shared/units';
import { submissionStateLabels } from '../../../shared/workflow';
import { download } from '../../api/client';
import { useMe } from '../../api/me';
import { type AssignmentQuery, type Bucket, type SubmissionState, useAssignments } from '../../api/tracking';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { DATE_FORMAT, formatDate, formatNumber, toApiDate } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useUrlParams } from '../../lib/use-url-params';
import { AssignmentTable } from './AssignmentTable';
import { ProgressImportModal } from './ProgressImportModal';

export default function AssignmentsPage() {
  const { data: me } = useMe();
  const unitMember = me?.role === 'officer' || me?.role === 'head';
  const { message } = App.useApp();
  const { params, setParam, setFilter } = useUrlParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const query: AssignmentQuery = {
    q: q || undefined,
    unitId: params.get('unitId') || undefined,
    status: (params.get('status') as AssignmentStatus) || undefined,
    state: (params.get('state') as SubmissionState) || undefined,
    bucket: (params.get('bucket') as Bucket) || undefined,
    dueBefore: params.get('dueBefore') || undefined,
    dueAfter: params.get('dueAfter') || undefined,
    programmeId: params.get('programmeId') || undefined,
    group: (params.get('group') as UnitGroupCode) || undefined,
    taskId: params.get('taskId') || undefined,
    sort: params.get('sort') || 'dueOn',
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const { data, isFetching, error } = useAssignments(query);
  const filtered = Object.entries(query).some(
    ([k, v]) => v !== undefined && !['sort', 'page', 'pageSize'].includes(k),
  );
  const [importing, setImporting] = useState(false);

  return (
    <>
      <PageHeader
        title={unitMember ? `Việc giao cho ${me?.unit?.name ?? 'đơn vị'}` : 'Việc giao cho đơn vị'}
        extra={
          <>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() =>
                download('/assignments/export.xlsx', {
                  ...query,
                  page: undefined,
                  pageSize: undefined,
                }).catch((e) => message.error(e.message))
              }
            >
              Xuất Excel
            </Button>
            {(unitMember || me?.role === 'focal') && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                Cập nhật tiến độ từ Excel
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
              placeholder="Tìm nhiệm vụ, đơn vị"
              title="Gõ có dấu hoặc không dấu đều được"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                setParam({ q: e.target.value || undefined, page: undefined });
              }}
              aria-label="Tìm việc"
            />
          }
        >
          {!unitMember && (
            <UnitSelect
              allowClear
              placeholder="Đơn vị"
              value={query.unitId}
              onChange={(v) => setFilter('unitId', v as string | undefined)}
              style={{ width: '100%' }}
            />
          )}
          <Select
            allowClear
            placeholder="Tình trạng"
            value={query.status}
            onChange={(v) => setFilter('status', v)}
            options={assignmentStatuses.map((s) => ({ value: s, label: statusLabels[s] }))}
            style={{ width: '100%' }}
          />
          <Select
            allowClear
            placeholder="Sản phẩm"
            value={query.state}
            onChange={(v) => setFilter('state', v)}
            options={Object.entries(submissionStateLabels).map(([value, label]) => ({ value, label }))}
            style={{ width: '100%' }}
          />
          <DatePicker
            placeholder="Hạn đến ngày"
            format={DATE_FORMAT}
            value={query.dueBefore ? dayjs(query.dueBefore) : null}
            onChange={(d) => setFilter('dueBefore', toApiDate(d))}
            style={{ width: '100%' }}
          />
          <Select
            value={query.sort}
            onChange={(v) => setFilter('sort', v === 'dueOn' ? undefined : v)}
            style={{ width: '100%' }}
            aria-label="Sắp xếp"
            options={[
              { value: 'dueOn', label: 'Hạn gần trước' },
              { value: '-dueOn', label: 'Hạn xa trước' },
              { value: 'unit', label: 'Theo đơn vị' },
              { value: 'status', label: 'Theo tình trạng' },
              { value: '-updatedAt', label: 'Cập nhật gần nhất' },
            ]}
          />
        </FilterBar>
        {(query.dueAfter || query.programmeId || query.group) && (
          <Flex wrap gap={4} style={{ marginBottom: 8 }} aria-label="Bộ lọc từ trang tổng quan">
            {query.dueAfter && (
              <Tag closable onClose={() => setFilter('dueAfter', undefined)}>
                Hạn từ ngày {formatDate(query.dueAfter)}
              </Tag>
            )}
            {query.programmeId && (
              <Tag closable onClose={() => setFilter('programmeId', undefined)}>
                Thuộc chương trình đã chọn
              </Tag>
            )}
            {query.group && (
              <Tag closable onClose={() => setFilter('group', undefined)}>
                {unitGroups[query.group].label}
              </Tag>
            )}
          </Flex>
        )}
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <AssignmentTable
          showUnit={!unitMember}
          loading={isFetching}
          locale={{
            emptyText: filtered
              ? 'Không có việc nào khớp bộ lọc. Bỏ bớt bộ lọc hoặc đổi từ khóa tìm kiếm.'
              : unitMember
                ? 'Đơn vị chưa được giao việc nào.'
                : 'Chưa giao việc nào cho đơn vị. Giao việc từ trang của một nhiệm vụ.',
          }}
          dataSource={data?.items}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showTotal: (t) => `${formatNumber(t)} việc`,
            onChange: (page, pageSize) =>
              setParam({
                page: page > 1 ? String(page) : undefined,
                pageSize: pageSize !== 20 ? String(pageSize) : undefined,
              }),
          }}
        />
      </Card>
      <ProgressImportModal open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
