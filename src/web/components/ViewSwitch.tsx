// A choice between a few views of a list (status buckets with their counts): a segmented
// control where it fits, a full-width select on a phone, so that no option is cut to "T…".
import { Grid, Segmented, Select } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export interface ViewOption<V extends string> {
  value: V;
  label: ReactNode;
}

export function ViewSwitch<V extends string>({
  value,
  onChange,
  options,
  label,
  style,
}: {
  value: V;
  onChange: (v: V) => void;
  options: ViewOption<V>[];
  /** What is chosen (read by screen readers), e.g. "Xem theo tình trạng". */
  label: string;
  style?: CSSProperties;
}) {
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === undefined ? window.innerWidth < 768 : !screens.md;
  if (narrow)
    return (
      <Select<V>
        value={value}
        onChange={onChange}
        options={options}
        aria-label={label}
        style={{ width: '100%', ...style }}
        popupMatchSelectWidth
      />
    );
  return (
    <div style={{ maxWidth: '100%', overflowX: 'auto', ...style }}>
      <Segmented<V> value={value} onChange={onChange} options={options} aria-label={label} />
    </div>
  );
}
