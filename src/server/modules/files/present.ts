import type { FileMeta } from './repo.js';
import type { FileOut } from './schema.js';

export function presentFile(row: FileMeta): FileOut {
  return {
    id: row.id,
    name: row.name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    unitId: row.unitId,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/** A Content-Disposition value that keeps Vietnamese names (RFC 6266 / 5987). */
export function contentDisposition(name: string, inline = false): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
