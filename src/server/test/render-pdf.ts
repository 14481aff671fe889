// Renders a .docx to PDF with LibreOffice and reads it back with poppler, so tests check a
// generated document as a clerk would see it. Each call has a LibreOffice profile of its own:
// parallel tests never share one (LibreOffice refuses a profile in use).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

/** LibreOffice and poppler are installed (Debian: libreoffice-writer-nogui, fonts-liberation2, poppler-utils). */
export const officeAvailable = Boolean(SOFFICE && POPPLER);

/**
 * True when the rendering tests must run: where LibreOffice is present, or where CI requires
 * them (REQUIRE_OFFICE=1: then a missing LibreOffice fails the test instead of skipping it).
 */
export const renderTestsEnabled = officeAvailable || process.env.REQUIRE_OFFICE === '1';
export const renderSkipReason = officeAvailable
  ? ''
  : 'LibreOffice/poppler missing (apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils)';

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  /** Page size in millimetres (of the first page). */
  pageSizeMm: { width: number; height: number };
  /** Every page's size in millimetres. */
  pageSizesMm: { width: number; height: number }[];
  /** `pdftotext -layout` of each page. */
  pageTexts: string[];
  text: string;
  /** Writes each page as PNG (150 dpi) into `dir` and returns the paths: for looking. */
  toPng(dir: string): Promise<string[]>;
}

export async function renderDocxToPdf(docx: Buffer): Promise<RenderedPdf> {
  if (!officeAvailable) throw new Error(renderSkipReason);
  const dir = mkdtempSync(join(tmpdir(), 'doingoai-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    writeFileSync(input, docx);
    await run(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    const pdfPath = join(dir, 'document.pdf');
    const pdf = readFileSync(pdfPath);
    const info = (await run('pdfinfo', ['-l', '1000', pdfPath])).stdout;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const pt = 25.4 / 72;
    const pageSizesMm = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Math.round(Number(m[1]) * pt),
      height: Math.round(Number(m[2]) * pt),
    }));
    const text = (await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    const pageTexts = text.split('\f').slice(0, pages);
    return {
      pdf,
      pages,
      pageSizeMm: pageSizesMm[0] ?? { width: 0, height: 0 },
      pageSizesMm,
      pageTexts,
      text,
      async toPng(out: string) {
        mkdirSync(out, { recursive: true });
        const file = join(out, `page-${Date.now()}.pdf`);
        writeFileSync(file, pdf);
        const prefix = file.replace(/\.pdf$/, '');
        await run('pdftoppm', ['-png', '-r', '150', file, prefix]);
        rmSync(file);
        return Array.from(
          { length: pages },
          (_, i) => `${prefix}-${String(i + 1).padStart(String(pages).length, '0')}.png`,
        );
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
