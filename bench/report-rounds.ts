// Report rounds at province scale, timed one request at a time (they are rare, heavy requests,
// not a throughput concern): opening a round for every department, commune and ward (~155
// units) with each unit's report pre-filled, and producing the compiled report (.docx) and its
// annex (.xlsx) from 155 submitted reports of ~30 lines each. The median of several runs.
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../src/server/db/client.js';

export interface RoundTiming {
  name: string;
  /** Milliseconds of each run, in order. */
  runs: number[];
  median: number;
  targetMs: number;
  detail: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function timed(base: string, cookie: string, method: string, path: string, body?: unknown) {
  const t = performance.now();
  const res = await fetch(base + path, {
    method,
    headers: { cookie, ...(body ? { 'content-type': 'application/json', origin: base } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const buf = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t;
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${buf.toString().slice(0, 300)}`);
  return { ms, buf };
}

/** Documents whose tasks give the units about `perUnit` assignment lines each, the most assigned first. */
async function scopeDocuments(db: Db, units: number, perUnit: number) {
  const rows = rowsOf<{ id: string; n: number }>(
    await db.execute(sql`select t.document_id as id, count(*)::int as n from assignments a
      join tasks t on t.id = a.task_id where a.period = ''
      group by t.document_id order by count(*) desc, t.document_id`),
  );
  const ids: string[] = [];
  let total = 0;
  for (const r of rows) {
    if (total >= units * perUnit) break;
    ids.push(r.id);
    total += r.n;
  }
  return ids.slice(0, 20);
}

export async function benchReportRounds(
  db: Db,
  base: string,
  cookie: string,
  runs: number,
  log: (line: string) => void,
): Promise<RoundTiming[]> {
  const [{ n: units } = { n: 155 }] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from units where active and not is_focal and kind in ('so', 'ban_nganh', 'xa', 'phuong')`,
    ),
  );
  // commitments add their lead's lines: aim the documents at ~30 lines a unit in all
  const [{ n: commitmentLines } = { n: 0 }] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from commitments where lead_unit_id is not null`),
  );
  const documentIds = await scopeDocuments(db, units, Math.max(30 - commitmentLines / units, 5));
  const body = (i: number) => ({
    title: `Báo cáo 6 tháng đầu năm 2026 (bench ${i})`,
    kind: 'half_1',
    year: 2026,
    dueWorkingDays: 2,
    documentIds,
    includeCommitments: true,
    groups: ['so_ban_nganh', 'xa_phuong'],
  });
  const open: number[] = [];
  let roundId = '';
  let detail = '';
  for (let i = 0; i < runs; i++) {
    const { ms, buf } = await timed(base, cookie, 'POST', '/api/report-rounds', body(i));
    const round = JSON.parse(buf.toString()) as { id: string; required: number; items: number };
    open.push(ms);
    roundId = round.id;
    detail = `${round.required} units, ${round.items} lines (${(round.items / round.required).toFixed(1)} a unit), ${documentIds.length} documents + commitments`;
  }
  log(`open a round: ${detail}; ${open.map((m) => Math.round(m)).join(', ')} ms`);

  // every unit of the last round has sent its report, with a narrative per section
  await db.execute(sql`update report_submissions set workflow = 'accepted', sent_on = '2026-06-16',
      submitted_at = now(), accepted_at = now(),
      narrative = jsonb_build_object(
        'results', 'Đơn vị đã ban hành kế hoạch, tổ chức quán triệt và triển khai các nhiệm vụ được giao; kết quả cụ thể theo từng nhiệm vụ tại phụ lục.',
        'limitations', 'Một số nhiệm vụ chậm tiến độ do thiếu kinh phí và nhân lực làm công tác đối ngoại.',
        'directions', 'Tiếp tục triển khai các nhiệm vụ còn lại, bảo đảm đúng tiến độ.',
        'proposals', 'Đề nghị UBND tỉnh bố trí kinh phí cho hoạt động đối ngoại.')
    where round_id = ${roundId}::uuid`);
  await db.execute(sql`update report_items set comment = 'Đã triển khai theo kế hoạch.'
    where submission_id in (select id from report_submissions where round_id = ${roundId}::uuid)`);

  const docx: number[] = [];
  const xlsx: number[] = [];
  let sizes = '';
  for (let i = 0; i < runs; i++) {
    const d = await timed(base, cookie, 'GET', `/api/report-rounds/${roundId}/report.docx`);
    const x = await timed(base, cookie, 'GET', `/api/report-rounds/${roundId}/annex.xlsx`);
    docx.push(d.ms);
    xlsx.push(x.ms);
    sizes = `.docx ${Math.round(d.buf.length / 1024)} KB, .xlsx ${Math.round(x.buf.length / 1024)} KB`;
  }
  log(
    `compiled report: ${sizes}; docx ${docx.map(Math.round).join(', ')} ms; xlsx ${xlsx.map(Math.round).join(', ')} ms`,
  );
  const compiled = `from ${detail.split(';')[0]}, all sent and accepted`;
  return [
    {
      name: `open a report round for ${units} units, pre-filled`,
      runs: open,
      median: median(open),
      targetMs: 1000,
      detail,
    },
    {
      name: `compiled report .docx from ${units} submissions`,
      runs: docx,
      median: median(docx),
      targetMs: 2000,
      detail: `${compiled}; ${sizes}`,
    },
    {
      name: `compiled report annex .xlsx from ${units} submissions`,
      runs: xlsx,
      median: median(xlsx),
      targetMs: 2000,
      detail: `${compiled}; ${sizes}`,
    },
  ];
}
