// The lineage of a document: the chain it implements upward (59-NQ/TW → 153/NQ-CP → 1520/QĐ-UBND
// → 34-KH/TU → the directive) and what implements it downward, to each unit's own plan.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { documentPolicy } from './policy.js';
import { presentRef } from './present.js';
import * as repo from './repo.js';
import type { LineageOut } from './schema.js';
import { getDocument } from './service.js';

export async function documentLineage(db: Db, actor: Actor, id: string): Promise<LineageOut> {
  const root = await getDocument(db, actor, id);
  const [up, down] = await Promise.all([repo.reachable(db, id, 'up'), repo.reachable(db, id, 'down')]);
  const depth = new Map<string, number>([[id, 0]]);
  for (const [k, d] of up) depth.set(k, -d);
  // a document both above and below (a cycle through "cites") is shown where it is first met: above
  for (const [k, d] of down) if (!depth.has(k)) depth.set(k, d);
  const docs = (
    await repo.findDocumentsByIds(
      db,
      [...depth.keys()].filter((k) => k !== id),
    )
  ).filter((d) => documentPolicy.canRead(actor, d));
  const all = [root, ...docs];
  const ids = all.map((d) => d.id);
  const [links, products] = await Promise.all([
    repo.linksAmong(db, ids),
    repo.unitProducts(
      db,
      all.filter((d) => (depth.get(d.id) ?? 0) >= 0).map((d) => d.id),
      documentPolicy.scope(actor),
    ),
  ]);
  const nodes = all
    .map((d) => ({ ...presentRef(d), depth: depth.get(d.id) ?? 0, unitName: d.unitName }))
    .sort((a, b) => a.depth - b.depth || (a.issuedOn ?? '').localeCompare(b.issuedOn ?? ''));
  return { rootId: id, nodes, links, unitProducts: products };
}
