// One audit entry's values, before and after, in Vietnamese: only the fields that changed
// (all fields for a record added or removed), coded values and unit ids turned into names.
import { Table, Typography } from 'antd';
import type { AuditEntry } from '../api/audit';
import { useAllUnits } from '../api/units';
import { formatDate, formatDateTime, formatNumber } from '../lib/format';
import { fieldLabels, hiddenFields, valueLabels } from './audit-labels';

type Values = Record<string, unknown>;
const asValues = (v: unknown): Values | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Values) : null;

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields worth showing: changed ones for an update; set ones for a record added or removed. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = asValues(before);
  const a = asValues(after);
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter(
    (k) => !hiddenFields.has(k),
  );
  const rows: DiffRow[] = [];
  for (const field of keys) {
    const x = b?.[field] ?? null;
    const y = a?.[field] ?? null;
    if (b && a && JSON.stringify(x) === JSON.stringify(y)) continue;
    if (!(b && a) && (x === null || x === '') && (y === null || y === '')) continue;
    rows.push({ field, before: x, after: y });
  }
  // in the order the labels list them (the database keeps JSON keys in its own order)
  const order = Object.keys(fieldLabels);
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return rows.sort((p, q) => rank(p.field) - rank(q.field));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function formatAuditValue(field: string, value: unknown, unitName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  const coded = valueLabels[field]?.[String(value)];
  if (coded) return coded;
  if (Array.isArray(value)) {
    if (!value.length) return '—';
    const itemField = field.endsWith('Ids') ? field.slice(0, -1) : field;
    return value.map((v) => formatAuditValue(itemField, v, unitName)).join('; ');
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (/unitId$/i.test(field)) return unitName(value);
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_TIME.test(value)) return formatDateTime(value);
    return value;
  }
  return JSON.stringify(value);
}

export function useUnitName() {
  const { data } = useAllUnits();
  const byId = new Map((data ?? []).map((u) => [u.id, u.name]));
  return (id: string) => byId.get(id) ?? id;
}

export function AuditDiff({ entry }: { entry: Pick<AuditEntry, 'before' | 'after'> }) {
  const unitName = useUnitName();
  const rows = diffRows(entry.before, entry.after);
  if (!rows.length)
    return <Typography.Text type="secondary">Không có thay đổi dữ liệu để hiển thị.</Typography.Text>;
  const hasBefore = Boolean(asValues(entry.before));
  const hasAfter = Boolean(asValues(entry.after));
  return (
    <Table<DiffRow>
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: 'Thông tin',
          dataIndex: 'field',
          width: 160,
          render: (f: string) => fieldLabels[f] ?? f,
        },
        ...(hasBefore
          ? [
              {
                title: 'Trước',
                key: 'before',
                render: (_: unknown, r: DiffRow) => (
                  <span className="audit-before">{formatAuditValue(r.field, r.before, unitName)}</span>
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
                  <span className="audit-after">{formatAuditValue(r.field, r.after, unitName)}</span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
