import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { AppError, isUniqueViolation } from '../../lib/errors.js';
import { hashPassword } from '../../lib/passwords.js';
import { endSessions } from '../../lib/session.js';
import * as unitsRepo from '../units/repo.js';
import { userPolicy } from './policy.js';
import * as repo from './repo.js';

type Role = repo.UserRow['role'];
const needsUnit = (role: Role) => role === 'officer' || role === 'head';

async function assertUnitFits(db: Db, role: Role, unitId: string | null | undefined) {
  if (needsUnit(role) && !unitId) throw new AppError('UNIT_REQUIRED_FOR_ROLE');
  if (unitId && !(await unitsRepo.findUnit(db, unitId))) throw new AppError('UNIT_NOT_FOUND');
}

export async function createUser(
  db: Db,
  actor: Actor,
  body: {
    username: string;
    fullName: string;
    email?: string | null;
    role: Role;
    unitId?: string | null;
    password: string;
  },
) {
  userPolicy.assertManage(actor);
  await assertUnitFits(db, body.role, body.unitId);
  const passwordHash = await hashPassword(body.password);
  try {
    return await db.transaction(async (tx) => {
      const row = await repo.insertUser(tx, {
        username: body.username,
        fullName: body.fullName,
        email: body.email ?? null,
        role: body.role,
        unitId: body.unitId ?? null,
        passwordHash,
      });
      await recordAudit(tx, actor, {
        entity: 'user',
        entityId: row.id,
        action: 'create',
        unitId: row.unitId,
        after: row,
      });
      return (await repo.findUser(tx, row.id))!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('USERNAME_TAKEN');
    throw err;
  }
}

export async function getUser(db: Db, actor: Actor, id: string) {
  userPolicy.assertManage(actor);
  const row = await repo.findUser(db, id);
  if (!row) throw new AppError('USER_NOT_FOUND');
  return row;
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  body: {
    fullName?: string;
    email?: string | null;
    emailPref?: repo.UserRow['emailPref'];
    role?: Role;
    unitId?: string | null;
    active?: boolean;
  },
) {
  userPolicy.assertManage(actor);
  if (id === actor.id && body.active === false) throw new AppError('CANNOT_DISABLE_SELF');
  return db.transaction(async (tx) => {
    const current = await repo.findUser(tx, id);
    if (!current) throw new AppError('USER_NOT_FOUND');
    const patch = Object.fromEntries(
      Object.entries(body).filter(([, v]) => v !== undefined),
    ) as Partial<repo.NewUser>;
    const next = { ...current.user, ...patch };
    await assertUnitFits(tx, next.role, next.unitId);
    const row = await repo.updateUser(tx, id, patch, current.user);
    // locking or unlocking an account is its own action in the log, not an edit
    const action = row.active === current.user.active ? 'update' : row.active ? 'unlock' : 'lock';
    // what a session may do changes: it ends (a later unlock revives none)
    if (!row.active || row.role !== current.user.role || row.unitId !== current.user.unitId)
      await endSessions(tx, id);
    await recordAudit(tx, actor, {
      entity: 'user',
      entityId: id,
      action,
      unitId: row.unitId,
      before: current.user,
      after: row,
    });
    return (await repo.findUser(tx, id))!;
  });
}

export async function resetPassword(db: Db, actor: Actor, id: string, password: string) {
  userPolicy.assertManage(actor);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const current = await repo.findUser(tx, id);
    if (!current) throw new AppError('USER_NOT_FOUND');
    await repo.updateUser(tx, id, { passwordHash }, current.user);
    await endSessions(tx, id);
    await recordAudit(tx, actor, {
      entity: 'user',
      entityId: id,
      action: 'reset_password',
      unitId: current.user.unitId,
    });
  });
}
