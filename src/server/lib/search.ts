// Vietnamese search in SQL: the query is normalised with the same function that filled the
// `search` column, and each word must appear (trigram GIN indexes serve the LIKEs).
import { and, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { normalizeVi } from '../../shared/vn-text.js';

export function searchCondition(column: AnyPgColumn, q: string | undefined | null): SQL | undefined {
  if (!q) return undefined;
  const words = normalizeVi(q).split(' ').filter(Boolean).slice(0, 8);
  if (!words.length) return undefined;
  return and(...words.map((w) => sql`${column} like ${`%${w.replace(/[%_\\]/g, '\\$&')}%`}`));
}

/**
 * Each word in at least one of the columns: "quy nhon 246" finds the ward's assignments of
 * document 246 though the unit's name and the document's number live in different tables.
 */
export function searchAnyCondition(columns: AnyPgColumn[], q: string | undefined | null): SQL | undefined {
  if (!q) return undefined;
  const words = normalizeVi(q).split(' ').filter(Boolean).slice(0, 8);
  if (!words.length) return undefined;
  return and(
    ...words.map((w) => {
      const like = `%${w.replace(/[%_\\]/g, '\\$&')}%`;
      return sql`(${sql.join(
        columns.map((c) => sql`${c} like ${like}`),
        sql` or `,
      )})`;
    }),
  );
}

/** The text stored in a `search` column: all the given parts, normalised. */
export function searchText(...parts: (string | null | undefined)[]): string {
  return normalizeVi(parts.filter(Boolean).join(' '));
}
