// What a caller gives the Decree 30 layout: the content of an official document, never its
// formatting. See index.ts for a worked example.
import type { DocumentKind } from './text.js';

/** Who issues: the letterhead, kept by the administrator (settings). */
export interface Letterhead {
  /** Parent body, upper case: "UBND TỈNH GIA LAI". */
  parentBody: string;
  /** Issuer, upper case: "SỞ NGOẠI VỤ". */
  issuer: string;
  /** The issuer as a sentence writes it: "Sở Ngoại vụ". */
  issuerName: string;
  /** Abbreviation in symbols: "SNgV" (… /BC-SNgV, … /SNgV-HTQT). */
  issuerShort: string;
  /** The drafting office's code, in a công văn's symbol and in "Lưu: VT, HTQT.": "HTQT". */
  office: string;
  /** Place name of the date line: "Gia Lai". */
  place: string;
}

/** A run of text: plain, bold/italic, or a footnote (numbered by Word, text at the page foot). */
export type Inline =
  | string
  | { text: string; bold?: boolean; italic?: boolean }
  | { footnote: string | Inline[] };

export type Content = string | Inline[];

export interface TableColumn {
  title: string;
  /** Relative width; columns are scaled to the text width of the page. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableRowSpec {
  cells: Content[];
  /** A group heading row spanning every column (e.g. "Các sở, ban, ngành"). */
  group?: boolean;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: (Content[] | TableRowSpec)[];
  /** Text size in the table; 12 pt by default (annex tables often 11). */
  fontPt?: number;
}

export type Block =
  /** A heading whose numbering the caller writes: "I. KẾT QUẢ ĐẠT ĐƯỢC" (level 1, upper case), "1. …", "a) …". */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** A body paragraph: justified, first-line indent. */
  | { kind: 'paragraph'; content: Content; align?: 'justify' | 'center' | 'left' | 'right'; indent?: boolean }
  /** A "- " line. */
  | { kind: 'bullet'; content: Content }
  | { kind: 'table'; table: TableSpec };

export interface Signature {
  /** Authority lines, upper case: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] or ["GIÁM ĐỐC"]. */
  authority: string[];
  /** The signer's name, without titles; empty leaves the line for a name written by hand. */
  signer: string;
}

export interface Annex {
  /** "Phụ lục I". */
  label: string;
  /** Title, written in upper case by the layout. */
  title: string;
  /** Defaults to "(Kèm theo <Kind> số …/<symbol> ngày … của <issuer>)". */
  caption?: string;
  /** A landscape page for a wide table. */
  landscape?: boolean;
  before?: Block[];
  table?: TableSpec;
  after?: Block[];
}

export interface OfficialDocument {
  kind: DocumentKind;
  letterhead: Letterhead;
  /** Unset or null: an unnumbered draft, "Số:      /BC-SNgV", numbered by the văn thư on issue. */
  number?: number | null;
  /** YYYY-MM-DD; unset: a draft dated on signing ("ngày … tháng … năm <draftYear>"). */
  date?: string | null;
  /** The year printed on an undated draft (defaults to the current year). */
  draftYear?: number;
  /** Trích yếu: bold under the type of a typed document; "V/v …" under Số for a công văn. */
  summary: string;
  /** Kính gửi; none for most typed documents. */
  recipients?: string[];
  body: Block[];
  signature: Signature;
  /** Nơi nhận, without "- " and punctuation: ["Như trên", "UBND tỉnh (b/c)", "Lưu: VT, HTQT"]. */
  distribution: string[];
  annexes?: Annex[];
}
