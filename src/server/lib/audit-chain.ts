// Verifies the audit log's hash chain (sealed at commit by sql/post.sql#audit_log_seal): every
// entry's hash is sha256(previous hash | its canonical text), the places run 1, 2, 3… without a
// gap, and the last one is the recorded head. A changed, removed or slipped-in entry breaks it.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client.js';

export interface ChainReport {
  entries: number;
  /** The head: keep it elsewhere (a printed report) to detect a whole chain rewritten later. */
  head: { seq: number; hash: string };
  ok: boolean;
  problems: string[];
}

const BATCH = 2000;
const MAX_PROBLEMS = 20;

export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const problems: string[] = [];
  const note = (p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  let prev = '';
  let expected = 1;
  let entries = 0;
  for (;;) {
    const rows = rowsOf<{ id: string; seq: string; prev: string; hash: string; text: string }>(
      await db.execute(sql`
        select a.id::text as id, a.chain_seq::text as seq, a.prev_hash as prev, a.hash,
               audit_log_text(a) as text
        from audit_log a
        where a.chain_seq >= ${expected}
        order by a.chain_seq
        limit ${BATCH}`),
    );
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expected)
        note(`thiếu mục thứ ${expected}${seq > expected + 1 ? `–${seq - 1}` : ''} của chuỗi`);
      if (r.prev !== prev) note(`mục ${r.id} (thứ ${seq}): không nối với mục trước`);
      const digest = createHash('sha256').update(`${r.prev}|${r.text}`, 'utf8').digest('hex');
      if (digest !== r.hash) note(`mục ${r.id} (thứ ${seq}): nội dung đã bị sửa`);
      prev = r.hash;
      expected = seq + 1;
      entries++;
    }
    if (rows.length < BATCH) break;
  }
  const [unsealed] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from audit_log where chain_seq is null`),
  );
  if (unsealed && unsealed.n > 0) note(`${unsealed.n} mục không có trong chuỗi (ghi khi trigger bị tắt)`);
  const [head] = rowsOf<{ seq: string; hash: string }>(
    await db.execute(sql`select seq::text as seq, hash from audit_chain_head where id = 1`),
  );
  const headSeq = Number(head?.seq ?? 0);
  if (headSeq !== expected - 1 || (head?.hash ?? '') !== prev)
    note(
      `đầu chuỗi ghi nhận (thứ ${headSeq}) khác mục cuối cùng (thứ ${expected - 1}): có mục bị xóa ở cuối`,
    );
  return { entries, head: { seq: headSeq, hash: head?.hash ?? '' }, ok: problems.length === 0, problems };
}
