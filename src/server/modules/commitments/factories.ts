// Test data through the API, as Sở Ngoại vụ (sngv) unless told otherwise.
import type { TestApp } from '../../test/harness.js';

let n = 0;

export async function buildActivity(t: TestApp, over: Record<string, unknown> = {}) {
  n += 1;
  const res = await t.api('sngv', 'POST', '/api/activities', {
    kind: 'reception',
    title: `Đón đoàn tỉnh Gyeonggi (Hàn Quốc) thăm và làm việc — thử ${n}`,
    startOn: '2026-01-12',
    endOn: '2026-01-14',
    place: 'Quy Nhơn',
    countries: ['Hàn Quốc'],
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`buildActivity: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function buildCommitment(t: TestApp, over: Record<string, unknown> = {}) {
  n += 1;
  const svh = await t.unitByCode('SVHTTDL');
  const res = await t.api('sngv', 'POST', '/api/commitments', {
    title: `Hợp tác giao lưu văn hóa, du lịch — thử ${n}`,
    form: 'mou',
    partner: 'Tỉnh Gyeonggi',
    partnerKind: 'locality',
    country: 'Hàn Quốc',
    field: 'culture',
    signedOn: '2026-01-13',
    leadUnitId: svh.id,
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`buildCommitment: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function buildMilestone(t: TestApp, commitmentId: string, over: Record<string, unknown> = {}) {
  n += 1;
  const res = await t.api('sngv', 'POST', `/api/commitments/${commitmentId}/milestones`, {
    title: `Mốc ${n}`,
    dueOn: '2026-06-30',
    weight: 1,
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`buildMilestone: ${res.statusCode} ${res.body}`);
  return res.json().milestone;
}
