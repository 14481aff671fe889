// Test data for tasks, created through the API.
import type { TestApp } from '../../test/harness.js';
import { buildDocument } from '../documents/factories.js';

export interface TaskInput {
  documentId?: string;
  title?: string;
  leadUnitId?: string | null;
  coordinatingUnitIds?: string[];
  personInCharge?: string | null;
  dueOn?: string | null;
  recurrence?: string | null;
  responsibility?: string | null;
  product?: string | null;
  authority?: string | null;
}

/** A task meeting all six elements unless told otherwise (its document is created when not given). */
export async function buildTask(t: TestApp, input: TaskInput = {}, as = 'sngv') {
  const documentId = input.documentId ?? (await buildDocument(t)).id;
  const lead = input.leadUnitId === undefined ? (await t.unitByCode('SNgV')).id : input.leadUnitId;
  const res = await t.api(as, 'POST', '/api/tasks', {
    title: 'Xây dựng kế hoạch triển khai thực hiện Kế hoạch 34-KH/TU',
    personInCharge: 'Thủ trưởng đơn vị',
    dueOn: '2026-03-15',
    responsibility: 'Đơn vị chủ trì xây dựng; các đơn vị phối hợp góp ý',
    product: 'Kế hoạch',
    authority: 'Thủ trưởng đơn vị ban hành',
    ...input,
    leadUnitId: lead,
    documentId,
  });
  if (res.statusCode !== 201) throw new Error(`buildTask: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; documentId: string; missingClarity: string[] };
}
