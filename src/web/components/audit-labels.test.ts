// Every kind of record and every action the server writes to the audit log has a Vietnamese
// label, so the log never shows a code. Reads the literals passed to recordAudit in the modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { annualPlans } from '../../server/db/schema/annual-plans';
import {
  activities,
  commitmentResources,
  commitmentReviews,
  commitments,
  milestones,
  obstacles,
} from '../../server/db/schema/commitments';
import { files } from '../../server/db/schema/files';
import { overlapDecisions } from '../../server/db/schema/overlaps';
import { reportRounds, reportSchedules, reportSubmissions } from '../../server/db/schema/reports';
import { assignments, documents, tasks } from '../../server/db/schema/tracking';
import { units } from '../../server/db/schema/units';
import { users } from '../../server/db/schema/users';
import { diffRows, formatAuditValue } from './AuditDiff';
import { actionLabels, entityLabels, fieldLabel, hiddenFields, valueLabels } from './audit-labels';

const modulesDir = fileURLToPath(new URL('../../server/modules', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function auditedCodes() {
  const entities = new Set<string>();
  const actions = new Set<string>();
  for (const file of sources(modulesDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAudit(')) continue;
    for (const m of text.matchAll(/\bentity: '([a-z_.]+)'/g)) entities.add(m[1]!);
    for (const m of text.matchAll(/\baction: '([a-z_.]+)'/g)) actions.add(m[1]!);
    // actions chosen at run time: `const action = … ? 'deactivate' : …;` (units service)
    for (const block of text.matchAll(/const action =([^;]+);/g))
      for (const m of block[1]!.matchAll(/'([a-z_.]+)'/g)) actions.add(m[1]!);
  }
  return { entities, actions };
}

describe('audit labels', () => {
  const { entities, actions } = auditedCodes();

  it('finds the codes the modules write', () => {
    expect(entities).toContain('unit');
    expect(actions).toContain('deactivate');
    expect(actions).toContain('milestone.create');
    expect(actions).toContain('lock');
  });

  it('names every kind of record in Vietnamese', () => {
    expect([...entities].filter((e) => !entityLabels[e])).toEqual([]);
  });

  it('names every action in Vietnamese', () => {
    expect([...actions].filter((a) => !actionLabels[a])).toEqual([]);
  });
});

/** The tables whose rows the modules write into the log, by the kind of record they are. */
const audited = {
  unit: units,
  user: users,
  document: documents,
  task: tasks,
  assignment: assignments,
  commitment: commitments,
  activity: activities,
  obstacle: obstacles,
  milestone: milestones,
  resource: commitmentResources,
  review: commitmentReviews,
  file: files,
  overlap: overlapDecisions,
  annual_plan: annualPlans,
  report_round: reportRounds,
  report_submission: reportSubmissions,
  report_schedule: reportSchedules,
};

describe('audit field labels', () => {
  it('names every column of every audited record in Vietnamese', () => {
    const missing: string[] = [];
    for (const [entity, table] of Object.entries(audited))
      for (const field of Object.keys(getTableColumns(table)))
        if (!hiddenFields.has(field) && fieldLabel(entity, field) === field)
          missing.push(`${entity}.${field}`);
    expect(missing).toEqual([]);
  });

  it('labels every value of every coded column', () => {
    const missing: string[] = [];
    for (const [entity, table] of Object.entries(audited))
      for (const [field, col] of Object.entries(getTableColumns(table))) {
        const values = (col as { enumValues?: string[] }).enumValues;
        if (!values?.length) continue;
        const labels = valueLabels[`${entity}.${field}`] ?? valueLabels[field];
        for (const v of values) if (!labels?.[v]) missing.push(`${entity}.${field}=${v}`);
      }
    expect(missing).toEqual([]);
  });
});

describe('audit values', () => {
  const ctx = (subject: string, names: Record<string, string> = {}) => ({
    subject,
    nameOf: (id: string) => names[id],
  });
  const unitId = '0b7d3c52-6a0e-4c4e-9d8b-2a8f3c0e1f11';

  it('shows money, statuses, coded values and ids as the rest of the app does', () => {
    expect(formatAuditValue('plannedVnd', 150000000, ctx('resource'))).toBe('150.000.000 đồng');
    expect(formatAuditValue('source', 'provincial', ctx('resource'))).not.toBe('provincial');
    expect(formatAuditValue('workflow', 'returned', ctx('assignment'))).toBe('Bị trả lại');
    expect(formatAuditValue('role', 'lead', ctx('assignment'))).toBe('Chủ trì');
    expect(formatAuditValue('role', 'focal', ctx('user'))).toBe('Chuyên viên đầu mối');
    expect(formatAuditValue('unitId', unitId, ctx('assignment', { [unitId]: 'Phường Quy Nhơn Tây' }))).toBe(
      'Phường Quy Nhơn Tây',
    );
    expect(formatAuditValue('taskId', unitId, ctx('assignment'))).toBe('(bản ghi đã xóa)');
    expect(formatAuditValue('dueOn', '2026-03-27', ctx('task'))).toBe('27/03/2026');
    expect(formatAuditValue('active', false, ctx('user'))).toBe('Đã khóa');
  });

  it('does not show fields as erased when one side of an update did not record them', () => {
    // a leader's answer: the obstacle as read (with names joined in) before, the row after
    const before = {
      status: 'open',
      respondedOn: null,
      unitName: 'Sở Văn hóa',
      raisedByName: 'Nguyễn Văn A',
      subjectTitle: 'Cam kết X',
    };
    const after = { status: 'open', respondedOn: '2026-03-02' };
    expect(diffRows(before, after)).toEqual([{ field: 'respondedOn', before: null, after: '2026-03-02' }]);
  });

  it('shows a reordered list as one change', () => {
    expect(diffRows(['a', 'b'], ['b', 'a'])).toEqual([
      { field: 'order', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
  });
});
