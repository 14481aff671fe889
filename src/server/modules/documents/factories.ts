// Test data for documents, created through the API.
import type { TestApp } from '../../test/harness.js';

let seq = 0;

export interface DocumentInput {
  number?: string;
  type?: string;
  issuer?: string;
  issuedOn?: string;
  summary?: string;
  signer?: string | null;
  unitId?: string | null;
  implementsIds?: string[];
  citesIds?: string[];
}

export async function buildDocument(t: TestApp, input: DocumentInput = {}, as = 'sngv') {
  seq += 1;
  const res = await t.api(as, 'POST', '/api/documents', {
    number: `${900 + seq}/KH-UBND`,
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2026-02-01',
    summary: `Văn bản thử nghiệm ${seq}`,
    ...input,
  });
  if (res.statusCode !== 201) throw new Error(`buildDocument: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; number: string; type: string; unitId: string | null };
}

/** The chain of the first directive: 59-NQ/TW → 153/NQ-CP → 1520/QĐ-UBND, 34-KH/TU → the directive. */
export async function buildChain(t: TestApp) {
  const nq59 = await buildDocument(t, {
    number: '59-NQ/TW',
    issuer: 'Bộ Chính trị',
    issuedOn: '2025-01-24',
    summary: 'Về hội nhập quốc tế trong tình hình mới',
  });
  const nq153 = await buildDocument(t, {
    number: '153/NQ-CP',
    issuer: 'Chính phủ',
    issuedOn: '2025-05-31',
    implementsIds: [nq59.id],
  });
  const qd1520 = await buildDocument(t, {
    number: '1520/QĐ-UBND',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2025-08-21',
    implementsIds: [nq153.id],
  });
  const kh34 = await buildDocument(t, {
    number: '34-KH/TU',
    issuer: 'Ban Thường vụ Tỉnh ủy',
    issuedOn: '2026-01-14',
    implementsIds: [nq59.id],
  });
  const directive = await buildDocument(t, {
    number: '245/UBND-NV',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2026-02-10',
    implementsIds: [kh34.id, qd1520.id],
  });
  return { nq59, nq153, qd1520, kh34, directive };
}
