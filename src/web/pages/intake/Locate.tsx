// A small button beside a drafted value: shows where in the source text it came from.
import { AimOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { Span } from '../../../shared/intake/types';

export type OnLocate = (spans: Span[]) => void;

export function Locate({
  spans,
  onLocate,
  label,
}: {
  spans: (Span | null)[];
  onLocate: OnLocate;
  label: string;
}) {
  const found = spans.filter((s): s is Span => !!s);
  if (!found.length) return null;
  return (
    <Tooltip title="Xem trong văn bản gốc">
      <Button
        type="text"
        size="small"
        icon={<AimOutlined />}
        aria-label={`Xem ${label} trong văn bản gốc`}
        onClick={() => onLocate(found)}
      />
    </Tooltip>
  );
}
