// Sign-in with rate limiting per account and per address (counted in the database, so it holds
// across app servers), sign-out, password change.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { decoyHash, hashPassword, verifyPassword } from '../../lib/passwords.js';
import { createSession, hashToken } from '../../lib/session.js';
import * as repo from './repo.js';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILS_PER_ACCOUNT = 5;
export const MAX_FAILS_PER_ADDRESS = 30;

export async function login(db: Db, input: { username: string; password: string; ip: string; now: Date }) {
  const username = input.username.trim().toLowerCase();
  const since = new Date(input.now.getTime() - LOGIN_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    repo.failedAttemptsSince(db, since, { username }),
    repo.failedAttemptsSince(db, since, { ip: input.ip }),
  ]);
  if (byAccount >= MAX_FAILS_PER_ACCOUNT || byAddress >= MAX_FAILS_PER_ADDRESS)
    throw new AppError('TOO_MANY_ATTEMPTS');

  const user = await repo.findUserByUsername(db, username);
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !ok) {
    await repo.recordAttempt(db, username, input.ip, false, input.now);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');
  await repo.recordAttempt(db, username, input.ip, true, input.now);
  return { ...(await createSession(db, user.id, input.now)), userId: user.id };
}

export async function logout(db: Db, token: string | undefined) {
  if (token) await repo.deleteSession(db, hashToken(token));
}

export async function profile(db: Db, userId: string) {
  const row = await repo.findUserWithUnit(db, userId);
  if (!row) throw new AppError('UNAUTHENTICATED');
  const { user, unit } = row;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unit: unit
      ? {
          id: unit.id,
          code: unit.code,
          name: unit.name,
          shortName: unit.shortName,
          kind: unit.kind,
          isFocal: unit.isFocal,
        }
      : null,
  };
}

/** Changes the password and signs out every other session of the person. */
export async function changePassword(
  db: Db,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  now: Date,
) {
  const row = await repo.findUserWithUnit(db, actor.id);
  if (!row || !(await verifyPassword(row.user.passwordHash, currentPassword)))
    throw new AppError('WRONG_PASSWORD');
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, actor.id, passwordHash);
    await repo.deleteOtherSessions(tx, actor.id);
    await recordAudit(tx, actor, {
      entity: 'user',
      entityId: actor.id,
      action: 'change_password',
      unitId: row.user.unitId,
    });
    return createSession(tx, actor.id, now);
  });
}
