// A workflow or escalation step as one guarded change: the record is locked (SELECT … FOR UPDATE,
// given by the module's repo) inside the transaction that writes the step, and the state the
// caller decided on is checked again under the lock. So two requests at once can never both
// pass the check: on PostgreSQL the second waits for the first to commit and then sees the new
// state; on PGlite transactions simply run one after the other.
//
//   - the state moved since the caller read it  → 409 STATE_CHANGED, nothing written;
//   - the same step with the same content was already applied (a double click, eight "Nộp" at
//     once) → the record as it is, nothing written: the repeat is idempotent;
//   - otherwise the module's own rule (`check`) and then the change (`apply`).
import type { Db } from '../db/client.js';
import { AppError } from './errors.js';

export interface GuardedStep<Row, R> {
  /** The record, locked for the rest of the transaction (the repo's `lock…` function). */
  lock: (tx: Db) => Promise<Row | undefined>;
  /** What the step depends on, as a comparable key (e.g. the workflow state, or status + level). */
  stateOf: (row: Row) => string;
  /**
   * The key as the caller read it before deciding to take the step; absent when the caller
   * decides on the locked row itself (`authorise`, `check`): then there is nothing to compare.
   */
  seen?: string;
  /** Who may take the step, asked of the locked row before anything else (throws: nothing written). */
  authorise?: (row: Row) => void;
  /** An identical repeat of this very step already applied: its result (nothing is written). */
  repeat?: (tx: Db, row: Row) => Promise<R | undefined> | R | undefined;
  /** The module's rule for the current state: throws when the step is not allowed. */
  check?: (row: Row) => void;
  /** The change, the history and the audit entry, in the same transaction. */
  apply: (tx: Db, row: Row) => Promise<R>;
  /** When the record vanished in between (deleted). */
  notFound: () => AppError;
}

export function stateChanged(state?: string) {
  return new AppError('STATE_CHANGED', undefined, state ? { details: { state } } : undefined);
}

export async function guardedStep<Row, R>(db: Db, step: GuardedStep<Row, R>): Promise<R> {
  return db.transaction(async (tx) => {
    const row = await step.lock(tx);
    if (!row) throw step.notFound();
    step.authorise?.(row);
    if (step.repeat) {
      const same = await step.repeat(tx, row);
      if (same !== undefined) return same;
    }
    const state = step.stateOf(row);
    if (step.seen !== undefined && state !== step.seen) throw stateChanged(state);
    step.check?.(row);
    return step.apply(tx, row);
  });
}
