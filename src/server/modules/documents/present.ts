import type { DocumentRow } from './repo.js';
import type { DocumentOut, DocumentRef } from './schema.js';

export function presentDocument(row: DocumentRow): DocumentOut {
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    year: row.year,
    summary: row.summary,
    signer: row.signer,
    signingAuthority: row.signingAuthority,
    unitId: row.unitId,
    unitName: row.unitName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentRef(row: DocumentRow): DocumentRef {
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    summary: row.summary,
    unitId: row.unitId,
  };
}
