// The filters above a list: a search box and selects, in one row on a desktop; on a phone the
// search takes a full row and the selects go two by two.
import { Grid } from 'antd';
import { Children, type ReactNode } from 'react';

export function FilterBar({ search, children }: { search?: ReactNode; children?: ReactNode }) {
  const phone = !Grid.useBreakpoint().md;
  const items = Children.toArray(children).filter(Boolean);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
      {search && (
        <div style={phone ? { flex: '1 1 100%' } : { flex: '2 1 260px', maxWidth: 420 }}>{search}</div>
      )}
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the filters are fixed and in a fixed order
        <div key={i} style={phone ? { flex: '1 1 40%', minWidth: 0 } : { flex: '1 1 170px', maxWidth: 280 }}>
          {item}
        </div>
      ))}
    </div>
  );
}
