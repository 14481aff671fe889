// The only file of the system module that touches the database: counts over every table.
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.js';

export async function statusCounts(db: Db, now: Date) {
  const at = now.toISOString();
  const res = await db.execute(sql`select
      (select count(*) from users)::int as users_total,
      (select count(*) from users where active)::int as users_active,
      (select count(*) from users where role = 'admin' and active)::int as admins,
      (select count(distinct user_id) from sessions where expires_at > ${at}::timestamptz)::int as signed_in,
      (select count(*) from units)::int as units_total,
      (select count(*) from units where active)::int as units_active,
      (select count(*) from units u where u.active and not exists
        (select 1 from users p where p.unit_id = u.id and p.active))::int as units_without_people,
      (select count(*) from documents)::int as documents,
      (select count(*) from tasks)::int as tasks,
      (select count(*) from assignments)::int as assignments,
      (select count(*) from commitments)::int as commitments,
      (select count(*) from obstacles where status <> 'resolved')::int as open_obstacles,
      (select count(*) from files)::int as files,
      (select coalesce(sum(size), 0) from files)::bigint as file_bytes,
      (select count(*) from audit_log)::int as audit_entries,
      (select max(at) from audit_log) as audit_last_at,
      (select count(*) from audit_log where at > ${at}::timestamptz - interval '24 hours')::int as audit_last_24h,
      pg_database_size(current_database())::bigint as database_bytes`);
  const r = rowsOf<Record<string, string | number | Date | null>>(res)[0]!;
  const n = (k: string) => Number(r[k] ?? 0);
  const lastAt = r.audit_last_at;
  return {
    databaseBytes: n('database_bytes'),
    users: {
      total: n('users_total'),
      active: n('users_active'),
      locked: n('users_total') - n('users_active'),
      admins: n('admins'),
      signedInNow: n('signed_in'),
    },
    units: { total: n('units_total'), active: n('units_active'), withoutPeople: n('units_without_people') },
    records: {
      documents: n('documents'),
      tasks: n('tasks'),
      assignments: n('assignments'),
      commitments: n('commitments'),
      openObstacles: n('open_obstacles'),
      files: n('files'),
      fileBytes: n('file_bytes'),
    },
    audit: {
      entries: n('audit_entries'),
      lastAt: lastAt === null || lastAt === undefined ? null : new Date(lastAt).toISOString(),
      last24h: n('audit_last_24h'),
    },
  };
}
