// The one query intake needs that no other module has: registered documents by number key.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { documents } from '../../db/schema/tracking.js';

export interface NumberedDocument {
  id: string;
  numberKey: string;
  year: number;
  unitId: string | null;
}

/** Documents whose normalised number is one of `keys` (any issuer, any year). */
export async function documentsByNumberKeys(db: Db, keys: string[]): Promise<NumberedDocument[]> {
  if (!keys.length) return [];
  return db
    .select({
      id: documents.id,
      numberKey: documents.numberKey,
      year: documents.year,
      unitId: documents.unitId,
    })
    .from(documents)
    .where(inArray(documents.numberKey, [...new Set(keys)]));
}
