// Sessions: an opaque random token in an HttpOnly SameSite cookie; its sha256 in the database.
// Every /api route needs a signed-in person unless it is declared `config: { public: true }`.
import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client.js';
import { executeNamed } from '../db/prepared.js';
import { sessions } from '../db/schema/users.js';
import type { Actor } from './actor.js';
import { AppError } from './errors.js';
import { createSessionCache, forgetLocally, type SessionLookup } from './session-cache.js';

export const SESSION_COOKIE = 'doingoai_sid';
const SESSION_DAYS = 7;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** The route answers without a signed-in person (sign-in, health, OpenAPI). */
    public?: boolean;
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

/** The browser's sign-in device token: its attempts are counted apart from strangers'. */
export const DEVICE_COOKIE = 'doingoai_dev';
const DEVICE_DAYS = 365;

export function setDeviceCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(DEVICE_COOKIE, token, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: DEVICE_DAYS * 86_400,
  });
}

/** Ends every session of a person (password reset, lock, role or unit change), in `db`'s transaction. */
export async function endSessions(db: Db, userId: string) {
  forgetLocally({ userId });
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** A live session's person and end: a named prepared statement, asked when memory cannot answer. */
async function lookupSession(db: Db, tokenHash: string, now: Date): Promise<SessionLookup | null> {
  const [row] = await executeNamed<Actor & { expiresAt: number }>(
    db,
    'session_actor',
    sql`select u.id, u.username, u.full_name as "fullName", u.role, u.unit_id as "unitId",
        (extract(epoch from s.expires_at) * 1000)::float8 as "expiresAt"
      from sessions s join users u on u.id = s.user_id
      where s.token_hash = ${tokenHash} and s.expires_at > ${now.toISOString()}::timestamptz
        and u.active
      limit 1`,
  );
  if (!row) return null;
  const { expiresAt, ...actor } = row;
  return { actor, expiresAt: Number(expiresAt) };
}

/** The person of a live session, asked of the database. */
export async function loadActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  return (await lookupSession(db, hashToken(token), now))?.actor ?? null;
}

/**
 * Sets `request.actor` from the session cookie. The app remembers the sessions it has seen for as
 * long as it hears of every revocation (lib/session-cache.ts), so most requests ask nothing of
 * the database.
 */
export function registerSessionHook(app: FastifyInstance, db: Db, now: () => Date) {
  const cache = createSessionCache(db);
  app.addHook('onClose', () => cache.close());
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const hash = hashToken(token);
      const at = now();
      request.actor = await cache.actorFor(hash, at, () => lookupSession(db, hash, at));
    }
    const isPublic = request.routeOptions.config?.public === true;
    // Unknown routes fall through to the 404 handler, which needs no session.
    if (!isPublic && request.routeOptions.url && !request.actor) throw new AppError('UNAUTHENTICATED');
  });
}

/** The signed-in person; the session hook guarantees one on every non-public route. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
