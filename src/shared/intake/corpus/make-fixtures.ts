// Generates the file fixtures of the intake tests (run: npx tsx src/shared/intake/corpus/make-fixtures.ts):
// a .docx of seed 001, a text-layer .pdf of seed 000 and an image-only .pdf without text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';

const here = import.meta.dirname;
const out = join(here, 'fixtures');

async function makeDocx() {
  const text = readFileSync(join(here, '001_b1eea4e8ab42de15.txt'), 'utf8');
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ text: line }));
  const doc = new Document({ sections: [{ children: paragraphs }] });
  writeFileSync(join(out, 'seed-001.docx'), await Packer.toBuffer(doc));
}

/** A minimal PDF: one Type0 font (Identity-H) whose ToUnicode map makes every code its UTF-16 unit. */
function pdf(pages: string[]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers start at 1
  const catalog = add('');
  const pagesObj = add('');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    '100 beginbfrange',
    ...Array.from({ length: 100 }, (_, i) => {
      const hi = i.toString(16).padStart(2, '0');
      return `<${hi}00> <${hi}FF> <${hi}00>`;
    }),
    'endbfrange',
    '100 beginbfrange',
    ...Array.from({ length: 100 }, (_, i) => {
      const hi = (i + 100).toString(16).padStart(2, '0');
      return `<${hi}00> <${hi}FF> <${hi}00>`;
    }),
    'endbfrange',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  const descriptor = add('<< /Type /FontDescriptor /FontName /TimesNewRoman /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>');
  const cid = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TimesNewRoman /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 400 >>`);
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /TimesNewRoman /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
  const kids: number[] = [];
  for (const page of pages) {
    const lines = page.split('\n');
    const ops = ['BT', '/F1 10 Tf', '13 TL', '50 800 Td'];
    for (const line of lines) {
      const hex = [...line.normalize('NFC')].map((ch) => (ch.codePointAt(0) ?? 32).toString(16).padStart(4, '0')).join('');
      ops.push(`<${hex}> Tj T*`);
    }
    ops.push('ET');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return serialise(objects, catalog);
}

function imageOnlyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
  ];
  const draw = 'q 495 0 0 742 50 50 cm /Im1 Do Q';
  objects.push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  const pixels = Buffer.alloc(16, 0x80).toString('latin1');
  objects.push(`<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 16 >>\nstream\n${pixels}\nendstream`);
  return serialise(objects, 1);
}

function serialise(objects: string[], root: number): Buffer {
  let body = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

await makeDocx();
const seed000 = readFileSync(join(here, '000_fd07b40862721a3b.txt'), 'utf8').split('\n');
const pages: string[] = [];
for (let i = 0; i < seed000.length; i += 50) pages.push(seed000.slice(i, i + 50).join('\n'));
writeFileSync(join(out, 'seed-000.pdf'), pdf(pages));
writeFileSync(join(out, 'scanned.pdf'), imageOnlyPdf());
console.log('fixtures written to', out);
