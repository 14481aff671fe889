import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../../shared/intake/extract.js';
import { readDirectory } from '../../db/seed/directory.js';
import { readDocumentText } from './read-file.js';

const fixtures = join(import.meta.dirname, '../../../shared/intake/corpus/fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name));
const units = readDirectory();

describe('readDocumentText', () => {
  it('reads a .docx and the extraction matches the pasted text', async () => {
    const text = await readDocumentText(fixture('seed-001.docx'), 'cong-van.docx');
    const r = extractDirective(text, units);
    expect(r.summary).toBe(
      'V/v triển khai thực hiện các cam kết, thỏa thuận trong các hoạt động đối ngoại cấp cao',
    );
    expect(r.signingAuthority).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
    expect(r.tasks).toHaveLength(5);
    expect(r.citedDocuments.map((c) => c.number)).toEqual(['45/TB-VPCP', '59-NQ/TW', '56-CT/TW']);
  });

  it('reads a .pdf text layer, footnote markers and broken names included', async () => {
    const text = await readDocumentText(fixture('seed-000.pdf'), 'ke-hoach.pdf', 'application/pdf');
    expect(text).toContain('Sở Ngoại vụ');
    const r = extractDirective(text, units);
    expect(r.tasks).toHaveLength(5);
    expect(r.tasks[3]?.units).toHaveLength(72);
    expect(r.tasks[2]?.units).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(r.deadlines.map((d) => d.date)).toEqual(['2026-03-15', '2026-03-17']);
  });

  it('refuses a scanned PDF with INTAKE_NO_TEXT_LAYER and a Vietnamese message', async () => {
    await expect(readDocumentText(fixture('scanned.pdf'), 'scan.pdf')).rejects.toMatchObject({
      code: 'INTAKE_NO_TEXT_LAYER',
      message: expect.stringMatching(/không có lớp chữ/),
    });
  });

  it('reads plain text in UTF-8 (with BOM), UTF-16 and the old Windows code page', async () => {
    expect(await readDocumentText(Buffer.from('\ufeffKính gửi: Sở Ngoại vụ'), 'a.txt')).toBe(
      'Kính gửi: Sở Ngoại vụ',
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Xã Ia Ly', 'utf16le')]);
    expect(await readDocumentText(utf16, 'b.txt')).toBe('Xã Ia Ly');
    expect(await readDocumentText(Buffer.from([0x53, 0xf5, 0x20, 0x48, 0xe0]), 'c.txt')).toBe('Sơ Hà');
  });

  it('refuses unsupported and broken files with a code', async () => {
    await expect(readDocumentText(Buffer.from('x'), 'bang.xlsx')).rejects.toMatchObject({
      code: 'INTAKE_UNSUPPORTED_FORMAT',
    });
    await expect(readDocumentText(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'cu.doc')).rejects.toMatchObject({
      code: 'INTAKE_UNSUPPORTED_FORMAT',
    });
    await expect(readDocumentText(Buffer.from('not a pdf'), 'hong.pdf')).rejects.toMatchObject({
      code: 'INTAKE_UNREADABLE_FILE',
    });
    await expect(readDocumentText(Buffer.from('not a zip'), 'hong.docx')).rejects.toMatchObject({
      code: 'INTAKE_UNREADABLE_FILE',
    });
  });

  it('detects the format of a file without extension from its content', async () => {
    const text = await readDocumentText(fixture('seed-000.pdf'), 'upload');
    expect(text).toContain('Kế hoạch số 34-KH/TU');
  });
});

describe('extract CLI', { timeout: 120_000 }, () => {
  const run = promisify(execFile);
  const cli = join(import.meta.dirname, 'cli.ts');
  const tsx = join(import.meta.dirname, '../../../../node_modules/.bin/tsx');

  it('prints one JSON object for a file', async () => {
    const { stdout } = await run(tsx, [cli, join(fixtures, 'seed-001.docx')]);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      type: 'Công văn',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      signer: 'Nguyễn Thị Thanh Lịch',
    });
    for (const key of [
      'number',
      'date',
      'summary',
      'citedDocuments',
      'deadlines',
      'assignedUnits',
      'assignedGroups',
      'tasks',
    ]) {
      expect(out).toHaveProperty(key);
    }
  });

  it('exits non-zero with a Vietnamese message on bad input', async () => {
    await expect(run(tsx, [cli, join(fixtures, 'scanned.pdf')])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/INTAKE_NO_TEXT_LAYER.*không có lớp chữ/),
    });
    await expect(run(tsx, [cli, '/khong/co/tep.pdf'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/Không mở được tệp/),
    });
    await expect(run(tsx, [cli])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Cách dùng/),
    });
  });
});
