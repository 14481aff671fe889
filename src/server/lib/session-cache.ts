// The session check without a statement per request, which still ends a session the moment it
// is revoked, on every app server. Each app keeps the sessions it has seen in memory, but only
// while it listens on the database's `doingoai_sessions` channel: triggers (db/sql/post.sql)
// notify it, with the person's id, whenever a session row is deleted or changed (sign-out,
// password change or reset, lock, role or unit change) and whenever a person's row changes
// (deactivation, role, unit). Notifications travel on their own, so a remembered session is
// trusted only once the listening connection has answered a round trip sent after the request
// arrived: PostgreSQL hands that connection every notification committed before, so a
// revocation committed before the request is always seen. That round trip is the empty
// statement on the app's one idle listening connection (nothing parsed, planned or read, no pool
// connection taken), and one serves every request waiting at the time: under load, one for
// dozens. PGlite (one embedded backend) calls its listeners before the revoking commit returns.
// Until the app listens, or once its connection is lost, it forgets everything and asks the
// database on every request. Revocations made by this process are also forgotten here at once.
import type { Db } from '../db/client.js';
import { notificationsOf } from '../db/client.js';
import type { Actor } from './actor.js';

export const SESSION_CHANNEL = 'doingoai_sessions';
/** Past this many sessions in memory, the cache starts again (a bound, not a policy). */
const MAX_ENTRIES = 20_000;

export interface SessionLookup {
  actor: Actor;
  /** When the session ends, in ms since the epoch. */
  expiresAt: number;
}

export interface SessionCache {
  /** The session's person: from memory when it may be trusted, else from `lookup`. */
  actorFor(tokenHash: string, now: Date, lookup: () => Promise<SessionLookup | null>): Promise<Actor | null>;
  /** Whether memory is in use (listening). */
  readonly live: boolean;
  close(): Promise<void>;
}

/** Every cache of this process, told of its own revocations at once. */
const local = new Set<(key: { userId?: string; tokenHash?: string }) => void>();

/** This process revokes sessions (of a person, or one by its hash): forget them everywhere here. */
export function forgetLocally(key: { userId?: string; tokenHash?: string }) {
  for (const forget of local) forget(key);
}

export function createSessionCache(db: Db): SessionCache {
  const entries = new Map<string, SessionLookup>();
  let live = false;
  // Bumped by every notification: a lookup that started before one is not remembered.
  let generation = 0;
  const forget = (userId: string) => {
    generation++;
    if (userId === '*') return entries.clear();
    for (const [hash, e] of entries) if (e.actor.id === userId) entries.delete(hash);
  };
  const subscription = notificationsOf(db)?.listen(SESSION_CHANNEL, forget, (isLive) => {
    live = isLive;
    forget('*');
  });
  const forgetOwn = (key: { userId?: string; tokenHash?: string }) => {
    if (key.userId) forget(key.userId);
    if (key.tokenHash) {
      generation++;
      entries.delete(key.tokenHash);
    }
  };
  local.add(forgetOwn);

  return {
    get live() {
      return live;
    },
    async actorFor(tokenHash, now, lookup) {
      if (live && subscription && entries.has(tokenHash)) {
        const synced = await subscription.sync().then(
          () => true,
          () => false,
        );
        const known = synced && live ? entries.get(tokenHash) : undefined;
        if (known && known.expiresAt > now.getTime()) return known.actor;
        entries.delete(tokenHash);
      }
      const started = generation;
      const found = await lookup();
      if (found && live && started === generation) {
        if (entries.size >= MAX_ENTRIES) entries.clear();
        entries.set(tokenHash, found);
      }
      return found?.actor ?? null;
    },
    close: async () => {
      local.delete(forgetOwn);
      live = false;
      entries.clear();
      await subscription?.close();
    },
  };
}
