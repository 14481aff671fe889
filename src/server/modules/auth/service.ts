// Sign-in with limits per account, per address and per browser (counted in the database, so
// they hold across app servers), sign-out, password change (limited too).
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import { decoyHash, hashPassword, verifyPassword } from '../../lib/passwords.js';
import { createSession, hashToken } from '../../lib/session.js';
import * as repo from './repo.js';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Wrong passwords a stranger may try on one account before each further try waits. */
export const FREE_FAILS_PER_ACCOUNT = 5;
/** Wrong passwords from one address (strangers only) before it waits for the window to end. */
export const MAX_FAILS_PER_ADDRESS = 30;
/** Wrong current passwords on a password change before it waits for the window to end. */
export const MAX_FAILS_PER_PASSWORD_CHANGE = 5;
/** The longest wait between two tries on a slowed account. */
export const MAX_DELAY_S = 300;

const limitKeys = {
  address: (ip: string): repo.LimitKey => ({
    key: `addr:${ip}`,
    free: MAX_FAILS_PER_ADDRESS,
    slowing: false,
  }),
  account: (username: string): repo.LimitKey => ({
    key: `acct:${username}`,
    free: FREE_FAILS_PER_ACCOUNT,
    slowing: true,
  }),
  device: (tokenHash: string): repo.LimitKey => ({
    key: `dev:${tokenHash}`,
    free: FREE_FAILS_PER_ACCOUNT,
    slowing: true,
  }),
  passwordChange: (userId: string): repo.LimitKey => ({
    key: `pw:${userId}`,
    free: MAX_FAILS_PER_PASSWORD_CHANGE,
    slowing: false,
  }),
};

/**
 * Reserves one try on every key (one statement), or refuses with 429 and Retry-After when any
 * key is past its limit. The caller releases the reservation when the password was right.
 */
async function reserve(
  db: Db,
  keys: repo.LimitKey[],
  now: Date,
  code: 'TOO_MANY_ATTEMPTS' | 'TOO_MANY_PASSWORD_TRIES',
) {
  const granted = await repo.reserveAttempts(db, keys, now, LOGIN_WINDOW_MS, MAX_DELAY_S);
  if (granted.size === keys.length) return;
  await repo.releaseAttempts(db, [...granted]);
  const refused = keys.filter((k) => !granted.has(k.key));
  const retryAfter = await repo.retryAfterSeconds(db, refused, now, LOGIN_WINDOW_MS, MAX_DELAY_S);
  throw new AppError(code, undefined, { retryAfter });
}

/**
 * Signs in. A browser that signed in to this account before (its device token) is counted on
 * its own key; anyone else on the account's and the address's keys: failures by strangers slow
 * strangers down and never lock the owner out of a browser they used. A disabled account
 * answers like a wrong password whatever the password.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; deviceToken?: string; now: Date },
): Promise<{ token: string; expiresAt: Date; userId: string; deviceToken?: string }> {
  const username = input.username.trim().toLowerCase();
  const user = await repo.findUserByUsername(db, username);
  const deviceHash = input.deviceToken ? hashToken(input.deviceToken) : undefined;
  const device = user && deviceHash ? await repo.findTrustedDevice(db, deviceHash, user.id) : undefined;
  const keys = device
    ? [limitKeys.device(device.tokenHash)]
    : [limitKeys.account(username), limitKeys.address(input.ip)];
  await reserve(db, keys, input.now, 'TOO_MANY_ATTEMPTS');

  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !ok || !user.active) {
    await repo.pruneAttempts(db, new Date(input.now.getTime() - 4 * LOGIN_WINDOW_MS));
    throw new AppError('INVALID_CREDENTIALS');
  }
  // a right password gives its try back: only failures count
  if (device) await repo.clearAttempts(db, [keys[0]!.key]);
  else
    await repo.releaseAttempts(
      db,
      keys.map((k) => k.key),
    );
  const session = await createSession(db, user.id, input.now);
  if (device) return { ...session, userId: user.id };
  const deviceToken = randomBytes(32).toString('base64url');
  await repo.insertTrustedDevice(db, hashToken(deviceToken), user.id);
  return { ...session, userId: user.id, deviceToken };
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
  const key = limitKeys.passwordChange(actor.id);
  await reserve(db, [key], now, 'TOO_MANY_PASSWORD_TRIES');
  const row = await repo.findUserWithUnit(db, actor.id);
  if (!row || !(await verifyPassword(row.user.passwordHash, currentPassword)))
    throw new AppError('WRONG_PASSWORD');
  await repo.clearAttempts(db, [key.key]);
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
