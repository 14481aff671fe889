// The filters above a list: a search box and selects, in one row on a desktop; on a phone the
// search takes a full row and the selects go two by two. A filter that needs more room (a date
// range) goes in <FilterWide>: a full row on a phone, a double share on a desktop.
import { Grid } from 'antd';
import { Children, isValidElement, type ReactNode } from 'react';

export function FilterWide({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

export function FilterBar({ search, children }: { search?: ReactNode; children?: ReactNode }) {
  const phone = !Grid.useBreakpoint().md;
  const items = Children.toArray(children).filter(Boolean);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
      {search && (
        <div style={phone ? { flex: '1 1 100%' } : { flex: '2 1 260px', maxWidth: 420 }}>{search}</div>
      )}
      {items.map((item, i) => {
        const wide = isValidElement(item) && item.type === FilterWide;
        const style = phone
          ? { flex: wide ? '1 1 100%' : '1 1 40%', minWidth: 0 }
          : wide
            ? { flex: '1 1 260px', maxWidth: 340 }
            : { flex: '1 1 170px', maxWidth: 280 };
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the filters are fixed and in a fixed order
          <div key={i} style={style}>
            {item}
          </div>
        );
      })}
    </div>
  );
}
