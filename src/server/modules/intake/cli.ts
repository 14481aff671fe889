// `npm run --silent extract -- FILE`: prints the extraction of one document (.txt, .docx, .pdf) as
// one JSON object, matching units against the shipped directory (data-default/gia-lai-units.csv).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractDirective } from '../../../shared/intake/extract.js';
import { readDirectory } from '../../db/seed/directory.js';
import { readDocumentText } from './read-file.js';

async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file) {
    process.stderr.write('Cách dùng: npm run --silent extract -- <tệp .docx | .pdf | .txt>\n');
    return 2;
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    process.stderr.write(`Không mở được tệp: ${file}\n`);
    return 1;
  }
  try {
    const text = await readDocumentText(buffer, basename(file));
    const extraction = extractDirective(text, readDirectory());
    process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
    return 0;
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${code ? `[${code}] ` : ''}${message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
