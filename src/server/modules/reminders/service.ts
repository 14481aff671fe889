// Reminder rules: the administrator keeps the defaults; a focal officer may give a task its own
// rules or turn its reminders off.
import { defaultReminderRules, type ReminderRules } from '../../../shared/reminders.js';
import type { Db } from '../../db/client.js';
import { type Actor, editsAllUnits } from '../../lib/actor.js';
import { recordAudit } from '../../lib/audit.js';
import { forbidden } from '../../lib/errors.js';
import { getTask } from '../tasks/service.js';
import * as repo from './repo.js';
import type { TaskRulesBody } from './schema.js';

export async function getDefaults(db: Db) {
  const row = await repo.getDefaults(db);
  return { rules: row?.rules ?? defaultReminderRules, updatedAt: row?.updatedAt.toISOString() ?? null };
}

export async function setDefaults(db: Db, actor: Actor, rules: ReminderRules) {
  if (actor.role !== 'admin') throw forbidden('Chỉ quản trị viên được đặt quy tắc nhắc hạn mặc định.');
  return db.transaction(async (tx) => {
    const before = await getDefaults(tx);
    await repo.setDefaults(tx, rules, actor.id);
    await recordAudit(tx, actor, {
      entity: 'reminder_settings',
      entityId: actor.id,
      action: 'update',
      before: before.rules,
      after: rules,
    });
    return getDefaults(tx);
  });
}

export async function getTaskRules(db: Db, actor: Actor, taskId: string) {
  await getTask(db, actor, taskId);
  const own = await repo.getTaskRules(db, taskId);
  if (!own) return { mode: 'default' as const, rules: (await getDefaults(db)).rules };
  return own.rules ? { mode: 'custom' as const, rules: own.rules } : { mode: 'off' as const, rules: null };
}

export async function setTaskRules(db: Db, actor: Actor, taskId: string, body: TaskRulesBody) {
  if (!editsAllUnits(actor)) throw forbidden('Chỉ Sở Ngoại vụ được đặt quy tắc nhắc hạn của nhiệm vụ.');
  return db.transaction(async (tx) => {
    const task = await getTask(tx, actor, taskId);
    const before = await getTaskRules(tx, actor, taskId);
    if (body.mode === 'default') await repo.clearTaskRules(tx, taskId);
    else await repo.setTaskRules(tx, taskId, body.mode === 'off' ? null : body.rules, actor.id);
    const after = await getTaskRules(tx, actor, taskId);
    await recordAudit(tx, actor, {
      entity: 'task',
      entityId: taskId,
      action: 'reminder_rules',
      unitId: task.leadUnitId,
      before,
      after,
    });
    return after;
  });
}
