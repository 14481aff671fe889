// Reads an uploaded .xlsx off the main thread, within bounds, so one sheet cannot freeze the
// server or take its memory. Plain JavaScript so it runs as a worker from the sources and from
// the bundle alike. Steps: walk the zip's central directory; inflate every part with a cap on
// the bytes it may produce (a lying header cannot get past it); count rows and cells in the
// worksheets' XML; only then hand the file to ExcelJS. Answers { rows } or { refused, detail }.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { inflateRawSync } from 'node:zlib';

const { content, limits, exceljsPath } = workerData;
const buf = Buffer.from(content.buffer, content.byteOffset, content.byteLength);

function refuse(refused, detail) {
  parentPort.postMessage({ refused, detail });
}

/** The zip's entries from its central directory, or null when it is not a zip. */
function entries(b) {
  const min = Math.max(0, b.length - 65557);
  let eocd = -1;
  for (let i = b.length - 22; i >= min; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) return null;
    const method = b.readUInt16LE(p + 10);
    const compressed = b.readUInt32LE(p + 20);
    const size = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({ method, compressed, size, local, name });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function dataOf(b, e, budget) {
  if (e.local + 30 > b.length || b.readUInt32LE(e.local) !== 0x04034b50) throw new Error('bad local header');
  const start = e.local + 30 + b.readUInt16LE(e.local + 26) + b.readUInt16LE(e.local + 28);
  const raw = b.subarray(start, start + e.compressed);
  if (e.method === 0) {
    if (raw.length > budget) return null;
    return raw;
  }
  if (e.method !== 8) throw new Error('unsupported compression');
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
  } catch (err) {
    if (err && err.code === 'ERR_BUFFER_TOO_LARGE') return null;
    if (err instanceof RangeError) return null;
    throw err;
  }
}

function count(xml, needle) {
  let n = 0;
  let i = xml.indexOf(needle);
  while (i >= 0) {
    n++;
    i = xml.indexOf(needle, i + needle.length);
  }
  return n;
}

function cellText(v) {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

async function main() {
  const list = entries(buf);
  if (!list?.length) return refuse('XLSX_INVALID');
  if (list.length > limits.maxEntries) return refuse('XLSX_TOO_LARGE', 'parts');
  let budget = limits.maxInflatedBytes;
  let rows = 0;
  let cells = 0;
  for (const e of list) {
    // declared sizes first (cheap), then the real ones (a header may lie)
    if (e.size > budget) return refuse('XLSX_TOO_LARGE', 'inflated');
    let data;
    try {
      data = dataOf(buf, e, budget);
    } catch {
      return refuse('XLSX_INVALID');
    }
    if (data === null) return refuse('XLSX_TOO_LARGE', 'inflated');
    budget -= data.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      const xml = data.toString('latin1');
      rows += count(xml, '<row ') + count(xml, '<row>');
      cells += count(xml, '<c ') + count(xml, '<c>');
      if (rows > limits.maxRows) return refuse('XLSX_TOO_MANY_ROWS', String(rows));
      if (cells > limits.maxCells) return refuse('XLSX_TOO_MANY_CELLS', String(cells));
    }
  }
  const ExcelJS = createRequire(import.meta.url)(exceljsPath);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf);
  } catch {
    return refuse('XLSX_INVALID');
  }
  const ws = wb.worksheets[0];
  if (!ws) return refuse('XLSX_INVALID', 'no sheet');
  const out = [];
  const width = ws.columnCount;
  if (ws.rowCount > limits.maxRows) return refuse('XLSX_TOO_MANY_ROWS', String(ws.rowCount));
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const line = [];
    const w = Math.min(Math.max(width, row.cellCount), limits.maxColumns);
    for (let c = 1; c <= w; c++) {
      const cell = row.getCell(c);
      // a merged cell's value lives in its master cell
      line.push(cellText(cell.isMerged ? cell.master.value : cell.value).trim());
    }
    out.push(line);
  }
  parentPort.postMessage({ rows: out });
}

main().catch(() => refuse('XLSX_INVALID'));
