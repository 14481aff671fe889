import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FastTables, plainRows } from './fast-tables.js';
import { DEFAULT_LETTERHEAD, layoutOfficialDocument, renderOfficialDocument } from './index.js';
import { sampleReport } from './samples.js';
import type { OfficialDocument } from './types.js';

const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);
const slow = async (doc: OfficialDocument) => documentXml(await Packer.toBuffer(layoutOfficialDocument(doc)));
const fast = async (doc: OfficialDocument) => documentXml(await renderOfficialDocument(doc));

const awkward = [
  '',
  'Sở Tài chính & Sở Xây dựng <phối hợp> "đôn đốc" l\'UBND',
  '  khoảng trắng đầu và cuối  ',
  'ký tự điều khiển\u0001\u0008 bị bỏ; tab\tvà xuống dòng\nvẫn giữ',
  '@@ không phải dấu mốc @@',
  'Tiếng Việt có dấu: Ủy ban nhân dân xã Ia Grai — 100 %',
];

const withTables: OfficialDocument = {
  ...sampleReport,
  body: [
    ...sampleReport.body,
    {
      kind: 'table',
      table: {
        columns: [
          { title: 'A', width: 1, align: 'center' },
          { title: 'B & C', width: 3 },
          { title: 'D', width: 2, align: 'right' },
        ],
        rows: [
          { cells: ['Nhóm đầu'], group: true },
          ...awkward.map((t, i) => [String(i + 1), t, awkward[(i + 1) % awkward.length]!]),
        ],
      },
    },
  ],
  annexes: [
    ...(sampleReport.annexes ?? []),
    {
      label: 'Phụ lục II',
      title: 'Bảng chỉ có nhóm',
      table: {
        columns: [{ title: 'X', width: 1 }],
        rows: [{ cells: ['Chỉ một nhóm'], group: true }],
        fontPt: 12,
      },
    },
    {
      label: 'Phụ lục III',
      title: 'Bảng rỗng',
      table: {
        columns: [
          { title: 'X', width: 1 },
          { title: 'Y', width: 1 },
        ],
        rows: [],
      },
    },
  ],
};

describe('data tables written by the patch', () => {
  it('write the document part byte for byte as docx writes it row by row', async () => {
    for (const doc of [sampleReport, withTables]) {
      const a = await slow(doc);
      const b = await fast(doc);
      expect(b).toContain('Xã Mẫu 72');
      expect(b).not.toMatch(/@@nd30-/);
      expect(b).toBe(a);
    }
  });

  it('leave a table with bold cells or footnotes to docx, which writes it as before', async () => {
    const rich: OfficialDocument = {
      ...sampleReport,
      annexes: [
        {
          label: 'Phụ lục',
          title: 'Có chữ đậm',
          table: {
            columns: [{ title: 'A', width: 1 }],
            rows: [[['thường ', { text: 'đậm', bold: true }]], [['chú thích', { footnote: 'Ghi chú.' }]]],
          },
        },
      ],
    };
    expect(plainRows(rich.annexes![0]!.table!)).toBeNull();
    const tables = new FastTables();
    layoutOfficialDocument(rich, tables);
    expect(tables.size).toBe(0);
    expect(await fast(rich)).toBe(await slow(rich));
  });

  it('write every row of a province-scale annex, escaped', async () => {
    const cols = Array.from({ length: 10 }, (_x, i) => ({ title: `Cột ${i + 1}`, width: i ? 3 : 1 }));
    const doc: OfficialDocument = {
      kind: 'bao-cao',
      letterhead: DEFAULT_LETTERHEAD,
      number: null,
      date: null,
      draftYear: 2026,
      summary: 'Thử',
      body: [{ kind: 'paragraph', content: 'Nội dung' }],
      signature: { authority: ['GIÁM ĐỐC'], signer: '' },
      distribution: ['Lưu: VT'],
      annexes: [
        {
          label: 'Phụ lục',
          title: 'Lớn',
          landscape: true,
          table: {
            columns: cols,
            rows: Array.from({ length: 2000 }, (_r, r) =>
              cols.map((_c, i) => (i ? `Ô ${r}.${i} & <x>` : String(r + 1))),
            ),
          },
        },
      ],
    };
    const xml = await fast(doc);
    expect(xml.match(/>Ô \d+\.1 &amp; &lt;x&gt;</g)?.length).toBe(2000);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(1);
    expect(xml).toContain('Ô 1999.9 &amp; &lt;x&gt;');
  });
});
