// Lays out an official document in the format of Decree 30/2020/NĐ-CP (Phụ lục I), with the
// figures measured in shared/reference/official-documents.md §2: A4, margins 20/20/30/15 mm,
// Times New Roman, a borderless 62/103 mm header table, rules drawn as paragraph borders,
// page numbers centred in the top margin from page 2, annexes numbered on their own.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { type FastTables, plainRows } from './fast-tables.js';
import {
  documentKinds,
  documentSymbol,
  mm,
  numberLine,
  placeDateLine,
  shortDate,
  textWidthMm,
} from './text.js';
import type { Annex, Block, Content, Inline, OfficialDocument, TableSpec } from './types.js';

const FONT = 'Times New Roman';
const BODY_PT = 14;
/** A4 portrait: 210 mm less 30 mm left and 15 mm right margins. */
const TEXT_MM = 165;
const LANDSCAPE_TEXT_MM = 297 - 25 - 15;
const HEADER_LEFT_MM = 62;
const HEADER_RIGHT_MM = 103;
const FIRST_LINE_INDENT = mm(12.7);
/** At least 6 pt between paragraphs; line spacing 1.15. */
const BODY_SPACING = { before: 120, after: 0, line: 276, lineRule: LineRuleType.AUTO };

const half = (pt: number) => pt * 2;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const THIN_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};

interface RunStyle {
  pt: number;
  bold?: boolean;
  italic?: boolean;
}

function run(text: string, s: RunStyle) {
  return new TextRun({ text, font: FONT, size: half(s.pt), bold: s.bold, italics: s.italic });
}

function runs(content: Content, s: RunStyle): ParagraphChild[] {
  const parts: Inline[] = typeof content === 'string' ? [content] : content;
  return parts.map((p) => {
    if (typeof p === 'string') return run(p, s);
    if ('footnote' in p) {
      return new FootnoteReferenceRun({
        children: [
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            children: runs(p.footnote, { pt: 12 }),
          }),
        ],
      });
    }
    return run(p.text, { pt: s.pt, bold: p.bold ?? s.bold, italic: p.italic ?? s.italic });
  });
}

/** A horizontal rule `lengthMm` long, centred in a column `columnMm` wide. */
function rule(lengthMm: number, columnMm: number, spaceBeforePt = 0) {
  const side = Math.max(0, (columnMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mm(side), right: mm(side) },
    spacing: { before: spaceBeforePt * 20, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { pt: 1 })],
  });
}

function centered(text: string, s: RunStyle, spacing: { before?: number; after?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: [run(text, s)],
  });
}

function cell(children: Paragraph[] | (Paragraph | Table)[], widthMm: number, extra: object = {}) {
  return new TableCell({
    children,
    width: { size: mm(widthMm), type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    ...extra,
  });
}

function borderlessTable(rows: TableRow[], widthsMm: number[]) {
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: mm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(mm),
    borders: NO_BORDERS,
  });
}

const kindName = (doc: OfficialDocument) => {
  const title = documentKinds[doc.kind].title;
  return title ? title.charAt(0) + title.slice(1).toLowerCase() : 'Công văn';
};

function header(doc: OfficialDocument) {
  const lh = doc.letterhead;
  const symbol = documentSymbol(doc.kind, lh.issuerShort, lh.office);
  const issuerWidth = Math.min(textWidthMm(lh.issuer, 13, true), HEADER_LEFT_MM);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const mottoWidth = textWidthMm(motto, 13, true);
  const left = [
    centered(lh.parentBody.toUpperCase(), { pt: 13 }),
    centered(lh.issuer.toUpperCase(), { pt: 13, bold: true }),
    rule(issuerWidth * 0.4, HEADER_LEFT_MM),
  ];
  const right = [
    centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { pt: 12, bold: true }),
    centered(motto, { pt: 13, bold: true }),
    rule(mottoWidth, HEADER_RIGHT_MM),
  ];
  const numberCell = [centered(numberLine(doc.number, symbol), { pt: 13 }, { before: 120 })];
  if (doc.kind === 'cong-van') {
    numberCell.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120 },
        children: [run(`V/v ${doc.summary.replace(/^V\/v\s*/i, '')}`, { pt: 12 })],
      }),
    );
  }
  const year = doc.draftYear ?? new Date().getFullYear();
  const dateCell = [
    centered(placeDateLine(lh.place, doc.date, year), { pt: 14, italic: true }, { before: 120 }),
  ];
  return borderlessTable(
    [
      new TableRow({ children: [cell(left, HEADER_LEFT_MM), cell(right, HEADER_RIGHT_MM)] }),
      new TableRow({
        children: [
          cell(numberCell, HEADER_LEFT_MM),
          cell(dateCell, HEADER_RIGHT_MM, { verticalAlign: VerticalAlignTable.TOP }),
        ],
      }),
    ],
    [HEADER_LEFT_MM, HEADER_RIGHT_MM],
  );
}

/** BÁO CÁO / KẾ HOẠCH … and the bold summary, with a rule a third to a half of its line. */
function titleBlock(doc: OfficialDocument): Paragraph[] {
  const title = documentKinds[doc.kind].title;
  if (!title) return [];
  const summaryWidth = Math.min(textWidthMm(doc.summary, 14, true), TEXT_MM * 0.9);
  return [
    centered(title, { pt: 14, bold: true }, { before: 360 }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [run(doc.summary, { pt: 14, bold: true })],
    }),
    rule(Math.max(summaryWidth * 0.4, 30), TEXT_MM, 2),
  ];
}

/** Kính gửi: one recipient on the line; several, one a line under the first, "- …;" and "- ….". */
function recipientsBlock(recipients: string[] | undefined, typed: boolean): Paragraph[] {
  if (!recipients?.length) return [];
  const label = 'Kính gửi: ';
  const labelMm = textWidthMm(label, 14);
  const before = typed ? 240 : 360;
  if (recipients.length === 1) {
    const text = `${label}${recipients[0]!.replace(/[.;]$/, '')}.`;
    const width = Math.min(textWidthMm(text, 14), TEXT_MM);
    return [
      new Paragraph({
        indent: { left: mm(Math.max(0, (TEXT_MM - width) / 2)) },
        spacing: { before, after: 120 },
        children: [run(text, { pt: 14 })],
      }),
    ];
  }
  const lines = recipients.map(
    (r, i) => `- ${r.replace(/[.;]$/, '')}${i === recipients.length - 1 ? '.' : ';'}`,
  );
  const longest = Math.max(...lines.map((l) => textWidthMm(l, 14)));
  const blockLeft = Math.max(15, (TEXT_MM - Math.min(labelMm + longest, TEXT_MM - 15)) / 2);
  const textLeft = mm(blockLeft + labelMm);
  return lines.map(
    (line, i) =>
      new Paragraph({
        indent: i === 0 ? { left: textLeft, hanging: mm(labelMm) } : { left: textLeft },
        tabStops: [{ type: 'left', position: textLeft }],
        spacing: { before: i === 0 ? before : 0, after: i === lines.length - 1 ? 120 : 0 },
        children:
          i === 0
            ? [run('Kính gửi:', { pt: 14 }), new TextRun({ text: '\t' }), run(line, { pt: 14 })]
            : [run(line, { pt: 14 })],
      }),
  );
}

function scaleColumns(table: TableSpec, totalMm: number): number[] {
  const sum = table.columns.reduce((a, c) => a + c.width, 0);
  return table.columns.map((c) => (c.width / sum) * totalMm);
}

const alignOf = (a: 'left' | 'center' | 'right' | 'justify' | undefined) =>
  a === 'center'
    ? AlignmentType.CENTER
    : a === 'right'
      ? AlignmentType.RIGHT
      : a === 'left'
        ? AlignmentType.LEFT
        : AlignmentType.JUSTIFIED;

/** The paragraph style of a data table's text at `pt` (declared once per size in the styles part). */
const tableStyleId = (pt: number) => `BangSoLieu${pt}`;

/** Table text: the style carries the size, the document default the font, so a cell's run is bare. */
function tableRuns(content: Content, bold: boolean): ParagraphChild[] {
  if (typeof content === 'string') return [new TextRun(bold ? { text: content, bold } : content)];
  return content.map((p) => {
    if (typeof p === 'string') return new TextRun(bold ? { text: p, bold } : p);
    if ('footnote' in p) return runs([p], { pt: 12 })[0]!;
    return new TextRun({ text: p.text, bold: p.bold ?? bold, italics: p.italic });
  });
}

// A data table is the bulk of a compiled report (Phụ lục II: thousands of cells), so each cell
// carries only what differs from the table: its width and alignment. Margins are the table's
// default cell margins, size and spacing the paragraph style's.
function dataTable(table: TableSpec, totalMm: number, fast: FastTables | null): Table {
  const plain = fast ? plainRows(table) : null;
  const templates = fast && plain?.length ? fast.add(plain, table.columns.length) : null;
  const rows: TableSpec['rows'] = templates
    ? [
        ...(templates.group ? [{ cells: [templates.group], group: true }] : []),
        ...(templates.cells ? [templates.cells] : []),
      ]
    : table.rows;
  const widths = scaleColumns(table, totalMm);
  const style = tableStyleId(table.fontPt ?? 12);
  const cellWidths = widths.map((w) => ({ size: mm(w), type: WidthType.DXA }));
  const aligns = table.columns.map((c) =>
    c.align === 'center' ? AlignmentType.CENTER : c.align === 'right' ? AlignmentType.RIGHT : undefined,
  );
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, i) =>
        new TableCell({
          width: cellWidths[i],
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({ style, alignment: AlignmentType.CENTER, children: tableRuns(c.title, true) }),
          ],
        }),
    ),
  });
  const body = rows.map((r) => {
    const spec = Array.isArray(r) ? { cells: r } : r;
    if (spec.group) {
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: table.columns.length,
            children: [new Paragraph({ style, children: tableRuns(spec.cells[0] ?? '', true) })],
          }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: table.columns.map(
        (_c, i) =>
          new TableCell({
            width: cellWidths[i],
            children: [
              new Paragraph({ style, alignment: aligns[i], children: tableRuns(spec.cells[i] ?? '', false) }),
            ],
          }),
      ),
    });
  });
  return new Table({
    rows: [head, ...body],
    layout: TableLayoutType.FIXED,
    width: { size: mm(totalMm), type: WidthType.DXA },
    columnWidths: widths.map(mm),
    margins: { left: mm(1.2), right: mm(1.2), top: mm(0.6), bottom: mm(0.6) },
    borders: THIN_BORDERS,
  });
}

/** The paragraph styles of the document's data tables, one per text size used. */
function tableStyles(doc: OfficialDocument) {
  const sizes = new Set<number>();
  const visit = (list: Block[] | undefined) => {
    for (const b of list ?? []) if (b.kind === 'table') sizes.add(b.table.fontPt ?? 12);
  };
  visit(doc.body);
  for (const a of doc.annexes ?? []) {
    visit(a.before);
    visit(a.after);
    if (a.table) sizes.add(a.table.fontPt ?? 12);
  }
  return [...sizes].map((pt) => ({
    id: tableStyleId(pt),
    name: `Bảng số liệu ${pt}`,
    basedOn: 'Normal',
    run: { font: FONT, size: half(pt) },
    paragraph: { spacing: { before: 0, after: 0 } },
  }));
}

function blocks(list: Block[], widthMm: number, fast: FastTables | null): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of list) {
    switch (b.kind) {
      case 'heading':
        out.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            spacing: BODY_SPACING,
            keepNext: true,
            children: [
              run(b.level === 1 ? b.text.toUpperCase() : b.text, {
                pt: BODY_PT,
                bold: b.level < 3,
                italic: b.level === 3,
              }),
            ],
          }),
        );
        break;
      case 'paragraph':
        out.push(
          new Paragraph({
            alignment: alignOf(b.align),
            indent: b.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT },
            spacing: BODY_SPACING,
            children: runs(b.content, { pt: BODY_PT }),
          }),
        );
        break;
      case 'bullet':
        out.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: FIRST_LINE_INDENT },
            spacing: BODY_SPACING,
            children: [run('- ', { pt: BODY_PT }), ...runs(b.content, { pt: BODY_PT })],
          }),
        );
        break;
      case 'table':
        out.push(dataTable(b.table, widthMm, fast));
        out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }));
        break;
    }
  }
  return out;
}

/** The body with "./." after its last sentence, as every administrative text ends. */
function withClosingMark(body: Block[]): Block[] {
  const out = [...body];
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i]!;
    if (b.kind !== 'paragraph' && b.kind !== 'bullet') continue;
    const parts: Inline[] = typeof b.content === 'string' ? [b.content] : [...b.content];
    const last = parts[parts.length - 1];
    const lastText = typeof last === 'string' ? last : last && 'text' in last ? last.text : '';
    if (!lastText.trimEnd().endsWith('./.')) parts.push('./.');
    out[i] = { ...b, content: parts };
    break;
  }
  return out;
}

function signatureBlock(doc: OfficialDocument) {
  const leftMm = 80;
  const rightMm = TEXT_MM - leftMm;
  const lines = doc.distribution.map((d, i) => {
    const clean = d.replace(/^-\s*/, '').replace(/[.;]$/, '');
    return new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run(`- ${clean}${i === doc.distribution.length - 1 ? '.' : ';'}`, { pt: 11 })],
    });
  });
  const left = [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: [run('Nơi nhận:', { pt: 12, bold: true, italic: true })],
    }),
    ...lines,
  ];
  const right = [
    ...doc.signature.authority.map((a) => centered(a.toUpperCase(), { pt: 14, bold: true })),
    // space for the signature and the seal
    centered(doc.signature.signer, { pt: 14, bold: true }, { before: 1800 }),
  ];
  return borderlessTable(
    [new TableRow({ cantSplit: true, children: [cell(left, leftMm), cell(right, rightMm)] })],
    [leftMm, rightMm],
  );
}

function pageNumberHeader() {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(14) })],
      }),
    ],
  });
}

const emptyHeader = () => new Header({ children: [new Paragraph({ children: [] })] });

function annexCaption(doc: OfficialDocument, annex: Annex) {
  if (annex.caption) return annex.caption;
  const lh = doc.letterhead;
  const symbol = documentSymbol(doc.kind, lh.issuerShort, lh.office);
  const num = doc.number == null ? '\u00a0'.repeat(6) : String(doc.number).padStart(2, '0');
  const date = doc.date ? shortDate(doc.date) : '\u00a0'.repeat(10);
  return `(Kèm theo ${kindName(doc)} số ${num}/${symbol} ngày ${date} của ${lh.issuerName})`;
}

const PORTRAIT = { width: mm(210), height: mm(297), orientation: PageOrientation.PORTRAIT };
const PORTRAIT_MARGINS = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
};
const LANDSCAPE_MARGINS = {
  top: mm(20),
  bottom: mm(20),
  left: mm(25),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
};

function annexSection(doc: OfficialDocument, annex: Annex, fast: FastTables | null) {
  const width = annex.landscape ? LANDSCAPE_TEXT_MM : TEXT_MM;
  const children: (Paragraph | Table)[] = [
    centered(annex.label, { pt: 14, bold: true }),
    centered(annex.title.toUpperCase(), { pt: 14, bold: true }, { before: 60 }),
    centered(annexCaption(doc, annex), { pt: 14, italic: true }),
    rule(40, width, 2),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    ...blocks(annex.before ?? [], width, fast),
    ...(annex.table ? [dataTable(annex.table, width, fast)] : []),
    ...blocks(annex.after ?? [], width, fast),
  ];
  return {
    properties: {
      titlePage: true,
      page: {
        // docx swaps width and height itself for a landscape page
        size: annex.landscape ? { ...PORTRAIT, orientation: PageOrientation.LANDSCAPE } : PORTRAIT,
        margin: annex.landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS,
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children,
  };
}

/**
 * The whole document as a docx `Document`. With `fast`, plain-text data tables hold template rows
 * only and `fast.patchPackage` writes their rows into the packed file (what `renderOfficialDocument`
 * does); without, every row is a docx object.
 */
export function layoutOfficialDocument(doc: OfficialDocument, fast: FastTables | null = null): Document {
  const typed = documentKinds[doc.kind].title !== null;
  const main = [
    header(doc),
    ...titleBlock(doc),
    ...recipientsBlock(doc.recipients, typed),
    ...(typed && !doc.recipients?.length ? [new Paragraph({ spacing: { before: 120 }, children: [] })] : []),
    ...blocks(withClosingMark(doc.body), TEXT_MM, fast),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    signatureBlock(doc),
  ];
  return new Document({
    creator: doc.letterhead.issuerName,
    title: documentKinds[doc.kind].title
      ? `${documentKinds[doc.kind].title} ${doc.summary}`
      : `V/v ${doc.summary}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: half(BODY_PT) } },
        footnoteText: { run: { font: FONT, size: half(12) } },
      } as never,
      paragraphStyles: tableStyles(doc),
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PORTRAIT, margin: PORTRAIT_MARGINS, pageNumbers: { start: 1 } },
        },
        headers: { default: pageNumberHeader(), first: emptyHeader() },
        children: main,
      },
      ...(doc.annexes ?? []).map((a) => annexSection(doc, a, fast)),
    ],
  });
}
