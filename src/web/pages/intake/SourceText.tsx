// The source text with every extracted value marked where it came from; the active value is
// scrolled into view and stands out.
import { Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { Span } from '../../../shared/intake/types';

export type MarkKind = 'field' | 'citation' | 'deadline' | 'unit' | 'group' | 'task';

export interface Mark {
  kind: MarkKind;
  span: Span;
}

export const markColors: Record<MarkKind, string> = {
  field: '#d6e4ff',
  citation: '#efdbff',
  deadline: '#ffe7ba',
  unit: '#d9f7be',
  group: '#b5f5ec',
  task: 'transparent',
};

interface Segment {
  start: number;
  end: number;
  kind: MarkKind | null;
  active: boolean;
  first: boolean;
}

function segmentsOf(length: number, marks: Mark[], active: Span[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const m of [...marks, ...active.map((span) => ({ span }))]) {
    cuts.add(Math.max(0, Math.min(length, m.span[0])));
    cuts.add(Math.max(0, Math.min(length, m.span[1])));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let seenActive = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    let kind: MarkKind | null = null;
    let isActive = false;
    for (const m of marks) {
      if (m.span[0] <= start && m.span[1] >= end) {
        if (m.kind !== 'task' && !kind) kind = m.kind;
      }
    }
    for (const a of active) if (a[0] <= start && a[1] >= end && a[1] > a[0]) isActive = true;
    out.push({ start, end, kind, active: isActive, first: isActive && !seenActive });
    if (isActive) seenActive = true;
  }
  return out;
}

export function SourceText({ text, marks, active }: { text: string; marks: Mark[]; active: Span[] }) {
  const segments = useMemo(() => segmentsOf(text.length, marks, active), [text, marks, active]);
  const firstActive = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active.length) firstActive.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active]);
  return (
    <Typography.Paragraph
      data-testid="intake-source"
      style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: 13, lineHeight: 1.6, margin: 0 }}
    >
      {segments.map((s) => {
        const content = text.slice(s.start, s.end);
        if (!s.kind && !s.active) return <span key={s.start}>{content}</span>;
        return (
          <mark
            key={s.start}
            ref={s.first ? firstActive : undefined}
            data-active={s.active || undefined}
            style={{
              background: s.active ? '#ffd666' : markColors[s.kind ?? 'task'],
              padding: 0,
              borderRadius: 2,
              outline: s.active ? '1px solid #d48806' : undefined,
            }}
          >
            {content}
          </mark>
        );
      })}
    </Typography.Paragraph>
  );
}
