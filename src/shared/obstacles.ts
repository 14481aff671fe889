// Obstacles (vướng mắc) and how they climb: unit → Sở Ngoại vụ (focal) → UBND tỉnh (leader) →
// central authority. Only the level that holds an obstacle acts on it; the central authority is
// not a user, so Sở Ngoại vụ records its reply. Pure rules, shared by the API and the web app.
import { addDays } from './commitments.js';

export const obstacleSubjects = ['assignment', 'commitment'] as const;
export type ObstacleSubject = (typeof obstacleSubjects)[number];

export const obstacleLevels = ['focal', 'leader', 'central'] as const;
export type ObstacleLevel = (typeof obstacleLevels)[number];
export const obstacleLevelLabels: Record<ObstacleLevel, string> = {
  focal: 'Sở Ngoại vụ',
  leader: 'UBND tỉnh',
  central: 'Cơ quan trung ương',
};

export const obstacleStatuses = ['open', 'resolved'] as const;
export type ObstacleStatus = (typeof obstacleStatuses)[number];
export const obstacleStatusLabels: Record<ObstacleStatus, string> = {
  open: 'Đang xử lý',
  resolved: 'Đã giải quyết',
};

export const obstacleStepKinds = ['raise', 'escalate', 'respond', 'decide', 'resolve'] as const;
export type ObstacleStepKind = (typeof obstacleStepKinds)[number];
export const obstacleStepLabels: Record<ObstacleStepKind, string> = {
  raise: 'Đơn vị phản ánh vướng mắc',
  escalate: 'Chuyển lên cấp trên',
  respond: 'Ý kiến, trả lời',
  decide: 'Lãnh đạo UBND tỉnh quyết định: đã giải quyết',
  resolve: 'Đã giải quyết',
};

/** Days each level has to answer, counted from the day the obstacle reaches it. */
export const responseDays: Record<ObstacleLevel, number> = { focal: 7, leader: 10, central: 30 };

export const nextLevel = (level: ObstacleLevel): ObstacleLevel | null =>
  level === 'focal' ? 'leader' : level === 'leader' ? 'central' : null;

/** The role that acts for a level: Sở Ngoại vụ also records what the central authority answers. */
export const holderRole = (level: ObstacleLevel): 'focal' | 'leader' =>
  level === 'leader' ? 'leader' : 'focal';

export const canActOn = (role: string, level: ObstacleLevel) => role === holderRole(level);

export const responseDueFrom = (today: string, level: ObstacleLevel) => addDays(today, responseDays[level]);

export interface ObstacleClockInput {
  status: ObstacleStatus;
  responseDueOn: string | null;
  respondedOn: string | null;
}

/** Waiting for an answer at its level past the response deadline. */
export function isResponseOverdue(o: ObstacleClockInput, today: string): boolean {
  return o.status === 'open' && o.respondedOn === null && o.responseDueOn !== null && o.responseDueOn < today;
}

export interface ObstacleStateInput {
  status: ObstacleStatus;
  level: ObstacleLevel;
  respondedOn: string | null;
}

/**
 * Where the obstacle stands and who acts next, in words. An open obstacle stays in its holder's
 * queue ("Chờ tôi xử lý") until it is escalated or closed: an answer alone does not close it, a
 * leader's decision does.
 */
export function obstacleNextStep(o: ObstacleStateInput): string {
  if (o.status === 'resolved') return 'Đã giải quyết';
  switch (o.level) {
    case 'focal':
      return o.respondedOn
        ? 'Sở Ngoại vụ đã cho ý kiến; Sở Ngoại vụ đóng khi vướng mắc được giải quyết, hoặc trình UBND tỉnh'
        : 'Chờ Sở Ngoại vụ xử lý: cho ý kiến, giải quyết hoặc trình UBND tỉnh';
    case 'leader':
      return 'Chờ lãnh đạo UBND tỉnh quyết định (hoặc báo cáo cơ quan trung ương)';
    case 'central':
      return o.respondedOn
        ? 'Cơ quan trung ương đã trả lời; Sở Ngoại vụ đóng khi vướng mắc được giải quyết'
        : 'Chờ cơ quan trung ương trả lời; Sở Ngoại vụ ghi nhận trả lời';
  }
}
