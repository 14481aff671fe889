// Picks one or more units from the directory, searching without diacritics ("quy nhon" finds
// "Phường Quy Nhơn Tây"). The directory (~160 units) is loaded once and filtered here.
import { Select, type SelectProps, Tag } from 'antd';
import { useMemo } from 'react';
import { unitKindLabels } from '../../shared/units';
import { normalizeVi } from '../../shared/vn-text';
import { type Unit, useAllUnits } from '../api/units';

type Props = Omit<SelectProps<string | string[]>, 'options' | 'filterOption' | 'showSearch'> & {
  /** Offer units that have stopped working too (default: only active ones, plus those already chosen). */
  includeInactive?: boolean;
  /** Only units of these kinds. */
  kinds?: Unit['kind'][];
};

export function UnitSelect({ includeInactive, kinds, value, ...rest }: Props) {
  const { data, isPending } = useAllUnits();
  const options = useMemo(() => {
    const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
    return (data ?? [])
      .filter((u) => (includeInactive || u.active || chosen.has(u.id)) && (!kinds || kinds.includes(u.kind)))
      .map((u) => ({
        value: u.id,
        label: u.name,
        search: normalizeVi(`${u.name} ${u.shortName ?? ''} ${u.code}`),
        kind: unitKindLabels[u.kind],
        active: u.active,
      }));
  }, [data, includeInactive, kinds, value]);
  return (
    <Select
      showSearch={{
        filterOption: (input, option) => Boolean(option?.search.includes(normalizeVi(input))),
      }}
      loading={isPending}
      placeholder="Chọn đơn vị"
      optionRender={(o) => (
        <span>
          {o.data.label} {!o.data.active && <Tag style={{ marginInlineStart: 4 }}>Ngừng hoạt động</Tag>}
        </span>
      )}
      notFoundContent="Không tìm thấy đơn vị"
      value={value}
      options={options}
      {...rest}
    />
  );
}
