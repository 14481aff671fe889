// Layout checks a browser test can run on any page: nothing wider than the screen, no table
// column hidden behind its container on a desktop, no label cut short.
//
//   import { layoutProblems } from './layout';
//   expect(await layoutProblems(page, { tablesFit: true })).toEqual([]);
import type { Page } from 'playwright-core';

export interface LayoutOptions {
  /** Tables must show all their columns without scrolling (a desktop); on a phone they may scroll. */
  tablesFit?: boolean;
}

/**
 * What is wrong with the page's layout, one readable line per problem (empty when none):
 * - the page scrolls sideways (document.scrollingElement.scrollWidth > innerWidth);
 * - an element sticks out past the right edge of the screen without a scroll container to
 *   reach it (hidden by an `overflow: hidden` ancestor);
 * - with `tablesFit`, a table scrolls sideways (its last columns are hidden by the container);
 * - a card title, tab, segmented option, menu entry, description label, tag or button shows its
 *   text cut with an ellipsis, or an input's placeholder is longer than the input.
 */
export function layoutProblems(page: Page, opts: LayoutOptions = {}): Promise<string[]> {
  return page.evaluate((o) => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const name = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      const cls = typeof el.className === 'string' ? el.className.split(' ').filter(Boolean)[0] : '';
      return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> "${text}"`;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) !== 0;
    };
    const scrollsX = (el: Element) => {
      const s = getComputedStyle(el).overflowX;
      return s === 'auto' || s === 'scroll';
    };

    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > vw + 1) problems.push(`page is ${root.scrollWidth - vw}px wider than the screen`);

    // Elements past the right edge that no scroll container can bring into view. A fixed
    // overlay (drawer, message) is its own layer and is skipped.
    const reported = new Set<Element>();
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right <= vw + 1 || r.left >= vw || !visible(el)) continue;
      let a: Element | null = el.parentElement;
      let inScroller = false;
      let inFixed = false;
      while (a && a !== document.body) {
        if (scrollsX(a)) inScroller = true;
        const pos = getComputedStyle(a).position;
        if (pos === 'fixed') inFixed = true;
        a = a.parentElement;
      }
      if (inScroller || inFixed || getComputedStyle(el).position === 'fixed') continue;
      // report the outermost offender only
      let p = el.parentElement;
      let parentReported = false;
      while (p) {
        if (reported.has(p)) parentReported = true;
        p = p.parentElement;
      }
      reported.add(el);
      if (!parentReported)
        problems.push(`${name(el)} sticks out ${Math.round(r.right - vw)}px past the screen`);
    }

    if (o.tablesFit) {
      for (const el of Array.from(document.querySelectorAll('.ant-table-content, .ant-table-body'))) {
        if (!visible(el)) continue;
        if (el.scrollWidth > el.clientWidth + 1) {
          const head = el.closest('.ant-table-wrapper')?.querySelector('thead');
          const cols = head ? Array.from(head.querySelectorAll('th')) : [];
          const box = el.getBoundingClientRect();
          const hidden = cols
            .filter((th) => th.getBoundingClientRect().right > box.right + 1)
            .map((th) => (th.textContent ?? '').trim() || '(no title)');
          problems.push(
            `table hides ${el.scrollWidth - el.clientWidth}px of columns: ${hidden.join(', ') || '(cells)'}`,
          );
        }
      }
    }

    // Labels that must read whole: an ellipsis on them hides the word.
    const labels = [
      '.ant-card-head-title',
      '.ant-tabs-tab-btn',
      '.ant-segmented-item-label',
      '.ant-descriptions-item-label',
      '.ant-typography-ellipsis-single-line.ant-typography h1, h1.ant-typography',
      '.ant-btn > span',
      '.ant-radio-button-wrapper > span',
      '.ant-statistic-title',
      'th.ant-table-cell',
    ];
    for (const el of Array.from(document.querySelectorAll(labels.join(',')))) {
      if (!visible(el) || el.closest('.ant-table-measure-row')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible') {
        problems.push(`${name(el)} is cut (${el.scrollWidth}px in ${el.clientWidth}px)`);
      }
    }
    // Placeholders longer than their input.
    const canvas = document.createElement('canvas').getContext('2d');
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder]'))) {
      if (!visible(el) || !el.placeholder || el.value || !canvas) continue;
      const s = getComputedStyle(el);
      canvas.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const need = canvas.measureText(el.placeholder).width;
      const room = el.clientWidth - Number.parseFloat(s.paddingLeft) - Number.parseFloat(s.paddingRight);
      if (need > room + 2)
        problems.push(`placeholder "${el.placeholder}" is cut (${Math.round(need)}px in ${room}px)`);
    }
    // antd Select placeholders are spans, not input placeholders.
    for (const el of Array.from(
      document.querySelectorAll('.ant-select-placeholder, .ant-select-selection-placeholder'),
    )) {
      if (!visible(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} placeholder is cut`);
    }
    return problems;
  }, opts);
}
