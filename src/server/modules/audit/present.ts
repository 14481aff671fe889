// An audit entry as the log shows it: the record it is about named (which task, which unit,
// which obstacle, not only "Giao nhiệm vụ"), and every id in its values given a name.
import type { Db } from '../../db/client.js';
import { type AuditRow, findRecordFacts, type RecordFacts } from './repo.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Values = Record<string, unknown>;
const asValues = (v: unknown): Values | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Values) : null;

/** The uuids an entry's values hold (top-level fields and arrays of ids). */
function idsIn(v: unknown): string[] {
  if (typeof v === 'string') return UUID.test(v) ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(idsIn);
  const o = asValues(v);
  return o
    ? Object.values(o).flatMap((x) => (typeof x === 'string' || Array.isArray(x) ? idsIn(x) : []))
    : [];
}

/** The name a record had, from the values the entry kept (for records since deleted). */
function snapshotName(row: AuditRow): string | null {
  const v = asValues(row.after) ?? asValues(row.before);
  if (!v) return null;
  for (const k of ['name', 'fullName', 'title', 'number', 'description', 'summary', 'code', 'username']) {
    if (typeof v[k] === 'string' && v[k]) return v[k] as string;
  }
  return null;
}

type Described = { name: string | null; context: string | null };

function describeRecord(row: AuditRow, f: RecordFacts): Described {
  const id = row.entityId;
  const snap = { name: snapshotName(row), context: null };
  switch (row.entity) {
    case 'unit': {
      const u = f.units.get(id);
      return u ? { name: u.name, context: null } : snap;
    }
    case 'user': {
      const u = f.users.get(id);
      return u ? { name: `${u.fullName} (${u.username})`, context: null } : snap;
    }
    case 'document': {
      const d = f.documents.get(id);
      return d ? { name: `${d.type} ${d.number}`, context: d.summary || null } : snap;
    }
    case 'task': {
      const t = f.tasks.get(id);
      return t ? { name: t.title, context: t.documentNumber ? `Văn bản ${t.documentNumber}` : null } : snap;
    }
    case 'assignment': {
      const a = f.assignments.get(id);
      return a ? { name: a.taskTitle ?? a.commitmentTitle, context: a.unitName } : snap;
    }
    case 'commitment': {
      const c = f.commitments.get(id);
      return c ? { name: c.title, context: null } : snap;
    }
    case 'activity': {
      const a = f.activities.get(id);
      return a ? { name: a.title, context: null } : snap;
    }
    case 'obstacle': {
      const o = f.obstacles.get(id);
      return o ? { name: o.description, context: o.unitName } : snap;
    }
    case 'file': {
      const x = f.files.get(id);
      return x ? { name: x.name, context: null } : snap;
    }
    case 'commitment_priority':
      return { name: null, context: null };
    default:
      return snap;
  }
}

function refName(id: string, f: RecordFacts): string | undefined {
  const user = f.users.get(id);
  const doc = f.documents.get(id);
  const asg = f.assignments.get(id);
  return (
    f.units.get(id)?.name ??
    (user ? user.fullName : undefined) ??
    (doc ? `${doc.type} ${doc.number}` : undefined) ??
    f.tasks.get(id)?.title ??
    f.commitments.get(id)?.title ??
    f.activities.get(id)?.title ??
    f.obstacles.get(id)?.description ??
    f.milestones.get(id)?.title ??
    f.files.get(id)?.name ??
    (asg ? [asg.taskTitle ?? asg.commitmentTitle, asg.unitName].filter(Boolean).join(' — ') : undefined)
  );
}

export async function presentAuditPage(db: Db, rows: AuditRow[]) {
  const ids = new Set<string>();
  for (const r of rows) {
    if (UUID.test(r.entityId)) ids.add(r.entityId);
    for (const id of [...idsIn(r.before), ...idsIn(r.after)]) ids.add(id);
  }
  const facts = await findRecordFacts(db, [...ids]);
  return rows.map((r) => {
    const refs: Record<string, string> = {};
    for (const id of new Set([...idsIn(r.before), ...idsIn(r.after)])) {
      const name = refName(id, facts);
      if (name) refs[id] = name;
    }
    return { ...r, at: r.at.toISOString(), record: describeRecord(r, facts), refs };
  });
}
