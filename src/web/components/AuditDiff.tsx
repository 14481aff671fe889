// One audit entry's values, before and after, in Vietnamese: only the fields that changed
// (all fields for a record added or removed), coded values, dates, money and ids turned into
// what the rest of the app shows.
import { Table, Typography } from 'antd';
import type { AuditEntry } from '../api/audit';
import { useAllUnits } from '../api/units';
import { formatDate, formatDateTime, formatNumber } from '../lib/format';
import { fieldLabel, fieldLabels, hiddenFields, subjectOf, valueLabel } from './audit-labels';

type Values = Record<string, unknown>;
const asValues = (v: unknown): Values | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Values) : null;

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields worth showing: changed ones for an update; set ones for a record added or removed.
 * A field that only one side of an update recorded (a name joined in when the record was read,
 * say) is not a change: it was not kept, not erased.
 */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  // a list kept whole (the priority order of commitments) reads as one field
  if (Array.isArray(before) || Array.isArray(after)) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ field: 'order', before: before ?? null, after: after ?? null }];
  }
  const b = asValues(before);
  const a = asValues(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter(
    (k) => !hiddenFields.has(k),
  );
  const rows: DiffRow[] = [];
  for (const field of keys) {
    if (b && a && (!(field in b) || !(field in a))) continue;
    const x = b?.[field] ?? null;
    const y = a?.[field] ?? null;
    if (b && a && JSON.stringify(x) === JSON.stringify(y)) continue;
    if (!(b && a) && (x === null || x === '') && (y === null || y === '')) continue;
    if (!(b && a) && Array.isArray(x ?? y) && !((x ?? y) as unknown[]).length) continue;
    rows.push({ field, before: x, after: y });
  }
  // in the order the labels list them (the database keeps JSON keys in its own order)
  const order = Object.keys(fieldLabels);
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return rows.sort((p, q) => rank(p.field) - rank(q.field));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ValueContext {
  /** The kind of record the values describe (see subjectOf). */
  subject: string;
  /** id → name, from the server (AuditEntry.refs) or the unit directory. */
  nameOf: (id: string) => string | undefined;
}

export function formatAuditValue(field: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (!value.length) return '—';
    const itemField = field.endsWith('Ids') ? field.slice(0, -1) : field;
    return value.map((v) => formatAuditValue(itemField, v, ctx)).join('; ');
  }
  const coded = valueLabel(ctx.subject, field, String(value));
  if (coded) return coded;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') {
    if (/Vnd$/.test(field)) return `${formatNumber(value)} đồng`;
    if (field === 'progress') return `${formatNumber(value)} %`;
    return formatNumber(value);
  }
  if (typeof value === 'string') {
    if (UUID.test(value)) return ctx.nameOf(value) ?? '(bản ghi đã xóa)';
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_TIME.test(value)) return formatDateTime(value);
    return value;
  }
  return JSON.stringify(value);
}

export function useUnitName() {
  const { data } = useAllUnits();
  const byId = new Map((data ?? []).map((u) => [u.id, u.name]));
  return (id: string) => byId.get(id);
}

export function AuditDiff({
  entry,
}: {
  entry: Pick<AuditEntry, 'entity' | 'action' | 'before' | 'after' | 'refs'>;
}) {
  const unitName = useUnitName();
  const ctx: ValueContext = {
    subject: subjectOf(entry.entity, entry.action),
    nameOf: (id) => entry.refs?.[id] ?? unitName(id),
  };
  const rows = diffRows(entry.before, entry.after);
  if (!rows.length)
    return <Typography.Text type="secondary">Không có thay đổi dữ liệu để hiển thị.</Typography.Text>;
  const hasBefore = entry.before !== null && entry.before !== undefined;
  const hasAfter = entry.after !== null && entry.after !== undefined;
  return (
    <Table<DiffRow>
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      tableLayout="fixed"
      className="audit-diff"
      columns={[
        {
          title: 'Thông tin',
          dataIndex: 'field',
          width: '30%',
          render: (f: string) => fieldLabel(ctx.subject, f),
        },
        ...(hasBefore
          ? [
              {
                title: 'Trước',
                key: 'before',
                render: (_: unknown, r: DiffRow) => (
                  <span className="audit-before">{formatAuditValue(r.field, r.before, ctx)}</span>
                ),
              },
            ]
          : []),
        ...(hasAfter
          ? [
              {
                title: hasBefore ? 'Sau' : 'Giá trị',
                key: 'after',
                render: (_: unknown, r: DiffRow) => (
                  <span className="audit-after">{formatAuditValue(r.field, r.after, ctx)}</span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
