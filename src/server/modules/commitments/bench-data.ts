// Province-scale register data for benchmarks: N commitments over 12 countries and the fields,
// each with lead/coordinator assignments, M milestones at various stages, a review and a budget
// line — inserted in bulk SQL (a data generator, not a user action: no audit entries).
import { sql } from 'drizzle-orm';
import { commitmentFields } from '../../../shared/commitments.js';
import type { Db } from '../../db/client.js';

export const BENCH_COUNTRIES = [
  'Hàn Quốc',
  'Nhật Bản',
  'Lào',
  'Campuchia',
  'Úc',
  'Pháp',
  'Đức',
  'Hoa Kỳ',
  'Thái Lan',
  'Singapore',
  'Ấn Độ',
  'Đan Mạch',
];

/** Adds `count` commitments with `milestonesEach` milestones each; dates around `today`. */
export async function generateRegister(
  db: Db,
  today: string,
  count = 2000,
  milestonesEach = 5,
): Promise<void> {
  const countries = sql.join(
    BENCH_COUNTRIES.map((c) => sql`${c}`),
    sql`, `,
  );
  const fields = sql.join(
    commitmentFields.map((f) => sql`${f}`),
    sql`, `,
  );
  await db.execute(sql`
    with u as (select array_agg(id order by code) as ids from units where kind in ('so', 'ban_nganh', 'phuong', 'xa')),
    c as (
      insert into commitments (title, form, partner, partner_key, country, field, content, signed_on, expires_on,
        lead_unit_id, priority, province_agreement, reported_on, search)
      select 'Cam kết thử nghiệm ' || g, (array['mou','agreement','joint_statement','letter_of_intent','oral'])[1 + g % 5],
        'Đối tác ' || (g % 97), 'doi tac ' || (g % 97),
        (array[${countries}])[1 + g % ${BENCH_COUNTRIES.length}],
        (array[${fields}])[1 + (g / 7) % ${commitmentFields.length}],
        'Nội dung thử nghiệm', ${today}::date - (g % 900), ${today}::date + (g % 1500) - 200,
        u.ids[1 + g % array_length(u.ids, 1)], case when g % 10 = 0 then g / 10 else null end,
        g % 3 = 0, case when g % 6 = 0 then ${today}::date - (g % 900) + 10 else null end,
        'cam ket thu nghiem ' || g
      from generate_series(1, ${count}) g, u
      returning id, lead_unit_id
    ),
    a as (
      insert into assignments (commitment_id, unit_id, role) select id, lead_unit_id, 'lead' from c returning commitment_id
    ),
    m as (
      insert into milestones (commitment_id, seq, title, due_on, weight, unit_id, progress, completed_on)
      select c.id, k, 'Mốc ' || k, ${today}::date + (k * 60 - 150) + (hashtext(c.id::text) % 40),
        1 + k % 3, c.lead_unit_id, p.progress,
        case when p.progress = 100 then ${today}::date + (k * 60 - 160) else null end
      from c, generate_series(1, ${milestonesEach}) k,
        lateral (select (array[0, 20, 50, 80, 100, 100])[1 + abs(hashtext(c.id::text || k)) % 6] as progress) p
      returning commitment_id
    ),
    r as (
      insert into commitment_reviews (commitment_id, reviewed_on, legal_compatibility, feasibility, completion_level)
      select id, ${today}::date - 10, 'compatible', 'high', 'limited' from c returning commitment_id
    )
    insert into commitment_resources (commitment_id, unit_id, source, staff, planned_vnd, spent_vnd)
    select id, lead_unit_id, 'provincial', 2, 1000000000, 250000000 from c`);
  // One statement per call: PGlite refuses several in a prepared statement.
  for (const t of ['commitments', 'milestones', 'assignments']) await db.execute(sql.raw(`analyze ${t}`));
}
