// Large data tables without docx's object model. A compiled report's Phụ lục II holds thousands
// of cells; docx builds several objects per cell and a second tree to write them, which took
// seconds and most of it in the garbage collector. Here the layout lays out each plain-text table
// with its heading row and one template row of each kind (a group row, a data row) whose cells
// hold markers; docx writes those as it writes every row, and the patch then writes the table's
// real rows from the template's XML, escaping each cell's text as docx escapes it. The result is
// the XML docx would have written (nd30.test.ts compares the two byte for byte).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Content, TableRowSpec, TableSpec } from './types.js';

export interface PlainRow {
  group: boolean;
  cells: string[];
}

/** The table's rows when every cell is plain text (no bold runs or footnotes), else null. */
export function plainRows(table: TableSpec): PlainRow[] | null {
  const out: PlainRow[] = [];
  for (const r of table.rows) {
    const spec: TableRowSpec = Array.isArray(r) ? { cells: r } : r;
    const cells = spec.group ? [spec.cells[0] ?? ''] : table.columns.map((_c, i) => spec.cells[i] ?? '');
    if (!cells.every((c: Content) => typeof c === 'string')) return null;
    out.push({ group: !!spec.group, cells: cells as string[] });
  }
  return out;
}

const marker = (table: number, cell: number | 'g') => `@@nd30-${table}-${cell}@@`;
const markerPattern = /@@nd30-\d+-(\d+|g)@@/;

// As docx's escapeAll: the five XML entities, and the control characters XML 1.0 forbids dropped.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const escapeText = (s: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
  s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

interface Pending {
  rows: PlainRow[];
}

/** The tables of one document written by the patch, each with its template rows. */
export class FastTables {
  private readonly pending: Pending[] = [];

  get size() {
    return this.pending.length;
  }

  /** Registers a table; returns the template rows' cell texts (a group row, a data row). */
  add(rows: PlainRow[], columns: number): { group: string | null; cells: string[] | null } {
    const k = this.pending.length;
    this.pending.push({ rows });
    return {
      group: rows.some((r) => r.group) ? marker(k, 'g') : null,
      cells: rows.some((r) => !r.group) ? Array.from({ length: columns }, (_x, i) => marker(k, i)) : null,
    };
  }

  /** document.xml with each table's template rows replaced by its rows. */
  patchXml(xml: string): string {
    let out = xml;
    this.pending.forEach((t, k) => {
      const rows: { kind: 'g' | 'd'; start: number; end: number }[] = [];
      for (const kind of ['g', 'd'] as const) {
        const at = out.indexOf(marker(k, kind === 'g' ? 'g' : 0));
        if (at < 0) continue;
        const start = Math.max(out.lastIndexOf('<w:tr>', at), out.lastIndexOf('<w:tr ', at));
        const end = out.indexOf('</w:tr>', at) + '</w:tr>'.length;
        if (start < 0 || end < at) throw new Error(`nd30: template row ${k}/${kind} not found`);
        rows.push({ kind, start, end });
      }
      if (!rows.length) return;
      const template = (kind: 'g' | 'd') => {
        const r = rows.find((x) => x.kind === kind);
        if (!r) return null;
        // literal, cell index, literal, cell index, …, literal
        return out.slice(r.start, r.end).split(/@@nd30-\d+-(\d+|g)@@/);
      };
      const group = template('g');
      const data = template('d');
      const parts: string[] = [];
      for (const row of t.rows) {
        const tpl = row.group ? group : data;
        if (!tpl) throw new Error('nd30: no template for a row');
        for (let i = 0; i < tpl.length; i++) {
          if (i % 2 === 0) parts.push(tpl[i]!);
          else {
            const key = tpl[i]!;
            parts.push(escapeText(row.cells[key === 'g' ? 0 : Number(key)] ?? ''));
          }
        }
      }
      const from = Math.min(...rows.map((r) => r.start));
      const to = Math.max(...rows.map((r) => r.end));
      out = out.slice(0, from) + parts.join('') + out.slice(to);
    });
    if (markerPattern.test(out)) throw new Error('nd30: a table marker was left in the document');
    return out;
  }

  /** The packed .docx with its document part patched, zipped again as docx zips it. */
  patchPackage(docx: Uint8Array): Buffer {
    if (!this.pending.length) return Buffer.from(docx);
    const files = unzipSync(docx);
    const part = 'word/document.xml';
    const xml = files[part];
    if (!xml) throw new Error('nd30: no document part');
    files[part] = strToU8(this.patchXml(strFromU8(xml)));
    return Buffer.from(zipSync(files));
  }
}
