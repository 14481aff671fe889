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
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The person of a live session: the hot path of every request, a named prepared statement. */
export async function loadActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const rows = await executeNamed<Actor>(
    db,
    'session_actor',
    sql`select u.id, u.username, u.full_name as "fullName", u.role, u.unit_id as "unitId"
      from sessions s join users u on u.id = s.user_id
      where s.token_hash = ${hashToken(token)} and s.expires_at > ${now.toISOString()}::timestamptz
        and u.active
      limit 1`,
  );
  return rows[0] ?? null;
}

export function registerSessionHook(app: FastifyInstance, db: Db, now: () => Date) {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await loadActor(db, token, now());
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
