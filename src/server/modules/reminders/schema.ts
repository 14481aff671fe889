// API shapes of reminder rules: the administrator's defaults and a task's own.
import { z } from 'zod';

const days = z.array(z.number().int().min(1).max(365)).max(10);

export const reminderRules = z.strictObject({
  before: days,
  onDay: z.boolean(),
  after: days,
  weeklyAfter: z.boolean(),
  headAfter: z.number().int().min(0).max(20),
  focalAfterDays: z.number().int().min(1).max(365),
});

export const defaultsOut = z.object({ rules: reminderRules, updatedAt: z.string().nullable() });

export const taskRulesBody = z.union([
  z.strictObject({ mode: z.literal('default') }),
  z.strictObject({ mode: z.literal('off') }),
  z.strictObject({ mode: z.literal('custom'), rules: reminderRules }),
]);
export type TaskRulesBody = z.infer<typeof taskRulesBody>;

export const taskRulesOut = z.object({
  mode: z.enum(['default', 'custom', 'off']),
  /** The rules that apply to the task's assignments (none when off). */
  rules: reminderRules.nullable(),
});
