// The table of a list page or a card. On a desktop every column shows: the table never scrolls
// sideways, so columns give `width` only where the content has a natural size (dates, tags,
// numbers) and the text columns take the rest (`minWidth` keeps them readable). On a phone the
// table scrolls sideways inside its card and the page itself never does.
//
// `rowHref` makes each row a link: a click anywhere on the row opens the record, Ctrl/⌘-click
// or a middle click opens it in a new tab; put a <Link to={rowHref(row)}> in the main cell so
// that the address can be copied and opened in a new tab from the context menu too.
import { Grid, Table, type TableProps } from 'antd';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

export interface ListTableProps<T> extends TableProps<T> {
  /** The address of the record a row stands for. */
  rowHref?: (row: T) => string;
}

/** Clicks on these inside a row do their own thing (a link, a button, a control). */
const INTERACTIVE =
  'a, button, input, textarea, label, .ant-select, .ant-checkbox-wrapper, .ant-dropdown-trigger';

export function ListTable<T extends object>({ rowHref, onRow, scroll, ...props }: ListTableProps<T>) {
  const screens = Grid.useBreakpoint();
  const phone = screens.md === undefined ? window.innerWidth < 768 : !screens.md;
  const navigate = useNavigate();
  const open = (e: MouseEvent, href: string) => {
    if ((e.target as HTMLElement).closest(INTERACTIVE)) return;
    if (window.getSelection()?.toString()) return; // selecting text, not opening
    if (e.ctrlKey || e.metaKey || e.button === 1) window.open(href, '_blank', 'noopener');
    else navigate(href);
  };
  return (
    <Table<T>
      {...props}
      scroll={phone ? { x: 'max-content', ...scroll } : scroll?.y ? { y: scroll.y } : undefined}
      onRow={(row, index) => {
        const own = onRow?.(row, index) ?? {};
        if (!rowHref) return own;
        const href = rowHref(row);
        return {
          ...own,
          style: { cursor: 'pointer', ...own.style },
          onClick: (e) => {
            own.onClick?.(e);
            if (!e.defaultPrevented) open(e, href);
          },
          onAuxClick: (e) => {
            if (e.button === 1) open(e, href);
          },
        };
      }}
    />
  );
}
