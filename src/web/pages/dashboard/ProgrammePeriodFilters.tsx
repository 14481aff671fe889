// The dashboard's filters read from and written to the address: the programme (a document and
// what implements it) and the period; the leaders' page adds the unit group, a unit's page nothing.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { FilterBar, FilterWide } from '../../components/FilterBar';
import { DATE_FORMAT, toApiDate } from '../../lib/format';
import { DocumentSelect } from '../documents/DocumentSelect';

export function ProgrammePeriodFilters({
  q,
  setParam,
  children,
}: {
  q: { documentId?: string; from?: string; to?: string };
  setParam: (changes: Record<string, string | undefined>) => void;
  children?: ReactNode;
}) {
  return (
    <div className="no-print">
      <FilterBar>
        <DocumentSelect
          single
          allowClear
          placeholder="Chương trình"
          title="Một văn bản cùng các văn bản triển khai nó"
          value={q.documentId}
          onChange={(v) => setParam({ documentId: (v as string | undefined) || undefined })}
          style={{ width: '100%' }}
          aria-label="Chương trình"
        />
        <FilterWide>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            placeholder={['Từ ngày', 'Đến ngày']}
            value={[q.from ? dayjs(q.from) : null, q.to ? dayjs(q.to) : null]}
            onChange={(v) => setParam({ from: toApiDate(v?.[0]), to: toApiDate(v?.[1]) })}
            style={{ width: '100%' }}
            aria-label="Kỳ"
          />
        </FilterWide>
        {children}
      </FilterBar>
    </div>
  );
}
