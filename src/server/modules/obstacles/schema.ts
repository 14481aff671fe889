// API shapes of obstacles (vướng mắc) and their escalation steps.
import { z } from 'zod';
import {
  obstacleLevels,
  obstacleStatuses,
  obstacleStepKinds,
  obstacleSubjects,
} from '../../../shared/obstacles.js';
import { isoDate, pageQuery } from '../../lib/http.js';

const text = (max: number) => z.string().trim().max(max);

export const obstacleLevel = z.enum(obstacleLevels);

export const createObstacleBody = z.strictObject({
  subjectType: z.enum(obstacleSubjects),
  subjectId: z.uuid(),
  description: text(10_000).min(5, 'Mô tả vướng mắc quá ngắn'),
  cause: text(10_000).optional(),
  proposal: text(10_000).optional(),
  /** A unit raises to Sở Ngoại vụ: only `focal` is accepted; anything higher skips a level. */
  level: obstacleLevel.optional(),
  /** Sở Ngoại vụ raising on behalf of an assigned unit. */
  unitId: z.uuid().optional(),
});
export type CreateObstacleBody = z.infer<typeof createObstacleBody>;

export const escalateBody = z.strictObject({
  /** The opinion of the level sending it up. */
  text: text(10_000).optional(),
  /** The level it goes to; must be the next one. */
  to: obstacleLevel.optional(),
  responseDueOn: isoDate.optional(),
});
export type EscalateBody = z.infer<typeof escalateBody>;

export const respondBody = z.strictObject({ text: text(10_000).min(2, 'Nhập ý kiến, trả lời') });
/** The leader's decision at UBND tỉnh; it resolves the obstacle. */
export const decideBody = z.strictObject({ decision: text(10_000).min(2, 'Nhập nội dung quyết định') });
export const resolveBody = z.strictObject({ resolution: text(10_000).min(2, 'Nhập kết quả giải quyết') });

export const listObstaclesQuery = z.strictObject({
  q: text(200).optional(),
  status: z.enum(obstacleStatuses).optional(),
  level: obstacleLevel.optional(),
  subjectType: z.enum(obstacleSubjects).optional(),
  subjectId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  /** `me`: open ones held at the reader's level (until escalated or closed): "Chờ tôi xử lý". */
  waiting: z.enum(['me']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});
export type ListObstaclesQuery = z.infer<typeof listObstaclesQuery>;

export const obstacleStepOut = z.object({
  id: z.uuid(),
  kind: z.enum(obstacleStepKinds),
  fromLevel: obstacleLevel.nullable(),
  toLevel: obstacleLevel,
  text: z.string(),
  responseDueOn: z.string().nullable(),
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  at: z.string(),
});

export const obstacleOut = z.object({
  id: z.uuid(),
  subjectType: z.enum(obstacleSubjects),
  subjectId: z.uuid(),
  subjectTitle: z.string().nullable(),
  commitmentId: z.uuid().nullable(),
  unitId: z.uuid(),
  unitName: z.string(),
  description: z.string(),
  cause: z.string(),
  proposal: z.string(),
  level: obstacleLevel,
  status: z.enum(obstacleStatuses),
  responseDueOn: z.string().nullable(),
  respondedOn: z.string().nullable(),
  overdue: z.boolean(),
  /** The reader's role holds it now. */
  actionable: z.boolean(),
  /** Where it stands and who acts next, in words. */
  nextStep: z.string(),
  resolution: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  raisedOn: z.string(),
  raisedByName: z.string().nullable(),
  steps: z.array(obstacleStepOut).optional(),
});
export type ObstacleOut = z.infer<typeof obstacleOut>;
