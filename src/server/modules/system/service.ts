// The system's state for its administrator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';
import * as repo from './repo.js';
import type { SystemStatus } from './schema.js';

const startedAt = new Date();
/** The product's version from package.json (beside the sources, or in the directory it runs from). */
const version = (() => {
  for (const path of [
    new URL('../../../../package.json', import.meta.url),
    join(process.cwd(), 'package.json'),
  ]) {
    try {
      const pkg = JSON.parse(readFileSync(path, 'utf8'));
      if (pkg.name === 'doingoai') return String(pkg.version);
    } catch {
      // not there: try the next place
    }
  }
  return 'không rõ';
})();

export const systemPolicy = {
  assertRead(actor: Actor) {
    if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên xem được tình trạng hệ thống.');
  },
};

export async function status(
  db: Db,
  dbKind: 'pglite' | 'postgres',
  actor: Actor,
  now: Date,
): Promise<SystemStatus> {
  systemPolicy.assertRead(actor);
  const counts = await repo.statusCounts(db, now);
  return {
    db: dbKind,
    ...counts,
    server: {
      version,
      startedAt: startedAt.toISOString(),
      uptimeSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      node: process.version,
    },
  };
}
