// The audit log: who changed what and when, filtered by kind of record, action, person and
// dates; each entry expands to its values before and after.
import { CloseOutlined } from '@ant-design/icons';
import { Card, DatePicker, Grid, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { type AuditEntry, type AuditQuery, useAudit, useAuditActors } from '../../api/audit';
import { AuditDiff } from '../../components/AuditDiff';
import { actionLabel, actionLabels, entityLabels, entityLinks } from '../../components/audit-labels';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { DATE_FORMAT, formatDateTime, formatNumber, toApiDate } from '../../lib/format';

const actionColors: Record<string, string> = {
  create: 'green',
  import: 'green',
  update: 'blue',
  delete: 'red',
  deactivate: 'orange',
  activate: 'cyan',
  lock: 'orange',
  unlock: 'cyan',
  return: 'orange',
  accept: 'green',
};

/** The part a dotted action is about ('milestone.create' → the milestone's title), if named. */
function partName(e: AuditEntry): string | null {
  if (!e.action.includes('.')) return null;
  const v = (e.after ?? e.before) as Record<string, unknown> | null;
  const title = v && typeof v === 'object' && !Array.isArray(v) ? v.title : null;
  return typeof title === 'string' && title ? title : null;
}

/** The record an entry is about: its kind and name, linked to its page, with its unit or document. */
export function RecordLink({ entry: e }: { entry: AuditEntry }) {
  const link = entityLinks[e.entity];
  const name = e.record?.name;
  const label = `${entityLabels[e.entity] ?? e.entity}${name ? `: ${name}` : ''}`;
  const part = partName(e);
  const context = [part && `${subjectLabels[e.action.split('.')[0]!] ?? 'Mục'}: ${part}`, e.record?.context]
    .filter(Boolean)
    .join(' · ');
  return (
    <span className="audit-record" style={{ display: 'block', maxWidth: 520, overflowWrap: 'anywhere' }}>
      {link && e.action !== 'delete' ? (
        <Link to={link(e.entityId)} onClick={(ev) => ev.stopPropagation()} data-testid="audit-record">
          {label}
        </Link>
      ) : (
        <span data-testid="audit-record">{label}</span>
      )}
      {context && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {context}
        </Typography.Text>
      )}
    </span>
  );
}

const subjectLabels: Record<string, string> = { milestone: 'Mốc', resource: 'Nguồn lực', review: 'Rà soát' };

export default function AuditPage() {
  const phone = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const query: AuditQuery = {
    entity: params.get('entity') || undefined,
    entityId: params.get('entityId') || undefined,
    action: params.get('action') || undefined,
    actorId: params.get('actorId') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const { data, isFetching, error } = useAudit(query);
  const actors = useAuditActors();

  const setParam = (changes: Record<string, string | undefined>, keepPage = false) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!keepPage) next.delete('page');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title="Nhật ký thay đổi" />
      <Card styles={{ body: { padding: 12 } }}>
        <FilterBar>
          <Select
            allowClear
            placeholder="Loại bản ghi"
            value={query.entity}
            onChange={(v) => setParam({ entity: v, entityId: undefined })}
            options={Object.entries(entityLabels).map(([value, label]) => ({ value, label }))}
            style={{ width: '100%' }}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Thao tác"
            value={query.action}
            onChange={(v) => setParam({ action: v })}
            options={Object.entries(actionLabels).map(([value, label]) => ({ value, label }))}
            style={{ width: '100%' }}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Người thực hiện"
            value={query.actorId}
            loading={actors.isPending}
            onChange={(v) => setParam({ actorId: v })}
            options={(actors.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            style={{ width: '100%' }}
          />
          {phone ? (
            <DatePicker
              placeholder="Từ ngày"
              format={DATE_FORMAT}
              value={query.from ? dayjs(query.from) : null}
              onChange={(d) => setParam({ from: toApiDate(d) })}
              inputReadOnly
              style={{ width: '100%' }}
            />
          ) : (
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
              onChange={(range) => setParam({ from: toApiDate(range?.[0]), to: toApiDate(range?.[1]) })}
              allowEmpty={[true, true]}
              style={{ width: '100%' }}
            />
          )}
          {phone && (
            <DatePicker
              placeholder="Đến ngày"
              format={DATE_FORMAT}
              value={query.to ? dayjs(query.to) : null}
              onChange={(d) => setParam({ to: toApiDate(d) })}
              inputReadOnly
              style={{ width: '100%' }}
            />
          )}
        </FilterBar>
        {query.entityId && (
          <Tag
            closable
            closeIcon={<CloseOutlined />}
            onClose={() => setParam({ entityId: undefined })}
            style={{ marginBottom: 12 }}
          >
            Chỉ lịch sử của một bản ghi
          </Tag>
        )}
        {error && <Typography.Text type="danger">{error.message}</Typography.Text>}
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items}
          tableLayout={phone ? 'fixed' : undefined}
          expandable={{
            expandedRowRender: (e) => <AuditDiff entry={e} />,
            expandRowByClick: true,
          }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `${formatNumber(total)} thay đổi`,
            onChange: (page, pageSize) =>
              setParam(
                {
                  page: page > 1 ? String(page) : undefined,
                  pageSize: pageSize !== 20 ? String(pageSize) : undefined,
                },
                true,
              ),
          }}
          columns={[
            {
              title: 'Thay đổi',
              key: 'compact',
              responsive: ['xs'],
              render: (_, e) => (
                <span>
                  <Tag color={actionColors[e.action] ?? 'default'}>{actionLabel(e.action)}</Tag>
                  <RecordLink entry={e} />
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {formatDateTime(e.at)} · {e.actorName}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: 'Thời gian',
              dataIndex: 'at',
              width: 150,
              responsive: ['sm'],
              render: (v: string) => formatDateTime(v),
            },
            { title: 'Người thực hiện', dataIndex: 'actorName', minWidth: 140, responsive: ['sm'] },
            {
              title: 'Thao tác',
              dataIndex: 'action',
              minWidth: 150,
              responsive: ['sm'],
              render: (a: string) => <Tag color={actionColors[a] ?? 'default'}>{actionLabel(a)}</Tag>,
            },
            {
              title: 'Bản ghi',
              key: 'record',
              minWidth: 220,
              responsive: ['sm'],
              render: (_, e) => <RecordLink entry={e} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
