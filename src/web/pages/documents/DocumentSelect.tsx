// Picks documents by number or summary, searching on the server without diacritics.
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { type DocumentRef, useDocuments } from '../../api/tracking';
import { formatDate } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';

type Props = Omit<SelectProps<string | string[]>, 'options' | 'mode'> & {
  /** One document instead of several. */
  single?: boolean;
  /** Documents already linked, so their labels show before any search. */
  known?: DocumentRef[];
  exclude?: string;
  /** Told the chosen documents themselves (number, summary) on every change. */
  onPicked?(docs: DocumentRef[]): void;
};

export const documentLabel = (d: Pick<DocumentRef, 'number' | 'issuedOn' | 'issuer'>) =>
  `${d.number} (${formatDate(d.issuedOn)}) · ${d.issuer}`;

export function DocumentSelect({ known = [], exclude, single, onPicked, onChange, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = useDocuments({ q: q || undefined, pageSize: 20 });
  const byId = new Map([...known, ...(data?.items ?? [])].map((d) => [d.id, d]));
  const options = [...byId.values()]
    .filter((d) => d.id !== exclude)
    .map((d) => ({ value: d.id, label: documentLabel(d) }));
  return (
    <Select
      mode={single ? undefined : 'multiple'}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      placeholder="Tìm theo số, ký hiệu hoặc trích yếu"
      notFoundContent="Không tìm thấy văn bản"
      options={options}
      onChange={(value, option) => {
        const ids = Array.isArray(value) ? value : value ? [value] : [];
        onPicked?.(ids.flatMap((id) => byId.get(id) ?? []));
        onChange?.(value, option);
      }}
      {...rest}
    />
  );
}
