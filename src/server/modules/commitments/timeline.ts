// A commitment's timeline: the activity it came from, signing, reviews, roadmap changes,
// resources, obstacles and each escalation step, with who and when; from the domain tables and
// the audit log (every change to the commitment is logged under it).
import {
  type CompletionLevel,
  commitmentFormLabels,
  completionLevelLabels,
  type Feasibility,
  feasibilityLabels,
} from '../../../shared/commitments.js';
import { obstacleLevelLabels } from '../../../shared/obstacles.js';
import type { Actor } from '../../lib/actor.js';
import { findActivity } from '../activities/repo.js';
import * as obstaclesRepo from '../obstacles/repo.js';
import * as roadmap from './roadmap-repo.js';
import type { TimelineItem } from './roadmap-schema.js';
import { type Ctx, loadForActor } from './service.js';

/** A date-only event at the start of that day in the province (UTC+7). */
const dayStart = (d: string) => new Date(`${d}T00:00:00+07:00`).toISOString();
const vnDate = (d: string) => d.split('-').reverse().join('/');

type Json = Record<string, unknown> | null;

function auditItem(
  action: string,
  before: Json,
  after: Json,
): Pick<TimelineItem, 'kind' | 'title' | 'detail'> | null {
  const a = after ?? {};
  const b = before ?? {};
  switch (action) {
    case 'create':
      return { kind: 'created', title: 'Đăng ký cam kết vào hệ thống', detail: null };
    case 'update':
      return { kind: 'update', title: 'Cập nhật thông tin cam kết', detail: null };
    case 'review.create':
      return {
        kind: 'review',
        title: `Rà soát: ${completionLevelLabels[a.completionLevel as CompletionLevel] ?? ''}`,
        detail: `Ngày rà soát ${vnDate(String(a.reviewedOn))}; tính khả thi ${feasibilityLabels[a.feasibility as Feasibility] ?? ''}`,
      };
    case 'milestone.create':
      return {
        kind: 'milestone',
        title: `Thêm mốc lộ trình "${a.title}"`,
        detail: a.dueOn ? `Hạn ${vnDate(String(a.dueOn))}` : null,
      };
    case 'milestone.progress':
    case 'milestone.update':
      return {
        kind: 'milestone',
        title: `Cập nhật mốc "${a.title}"`,
        detail: b.progress !== a.progress ? `Tiến độ ${b.progress}% → ${a.progress}%` : null,
      };
    case 'milestone.delete':
      return { kind: 'milestone', title: `Xóa mốc lộ trình "${b.title}"`, detail: null };
    case 'resource.create':
    case 'resource.update':
    case 'resource.delete':
      return { kind: 'resource', title: 'Cập nhật nguồn lực', detail: null };
    default:
      return null;
  }
}

export async function commitmentTimeline(ctx: Ctx, actor: Actor, id: string): Promise<TimelineItem[]> {
  const { row: c } = await loadForActor(ctx.db, actor, id);
  const [audit, obstacles, activity] = await Promise.all([
    roadmap.auditOf(ctx.db, id),
    obstaclesRepo.obstaclesOfCommitment(ctx.db, id),
    c.activityId ? findActivity(ctx.db, c.activityId) : Promise.resolve(undefined),
  ]);
  const items: TimelineItem[] = [];
  if (activity)
    items.push({
      at: dayStart(activity.startOn),
      kind: 'activity',
      title: `Hoạt động đối ngoại: ${activity.title}`,
      detail: activity.place || null,
      actorName: activity.leaders || null,
    });
  if (c.signedOn)
    items.push({
      at: dayStart(c.signedOn),
      kind: 'signed',
      title: `Ký kết ${commitmentFormLabels[c.form]} với ${c.partner}`,
      detail: c.signatories || null,
      actorName: null,
    });
  if (c.reportedOn)
    items.push({
      at: dayStart(c.reportedOn),
      kind: 'report',
      title: 'Báo cáo Thủ tướng Chính phủ (gửi Bộ Ngoại giao) theo Luật Thỏa thuận quốc tế 2020',
      detail: c.reportRef,
      actorName: null,
    });
  for (const e of audit) {
    const item = auditItem(e.action, e.before as Json, e.after as Json);
    if (item) items.push({ ...item, at: e.at.toISOString(), actorName: e.actorName });
  }
  const stepTitle = {
    raise: () => 'Phản ánh vướng mắc lên Sở Ngoại vụ',
    escalate: (to: keyof typeof obstacleLevelLabels) => `Chuyển vướng mắc lên ${obstacleLevelLabels[to]}`,
    respond: (at: keyof typeof obstacleLevelLabels) => `Ý kiến, trả lời của ${obstacleLevelLabels[at]}`,
    decide: () => 'Lãnh đạo UBND tỉnh quyết định: vướng mắc được giải quyết',
    resolve: () => 'Vướng mắc đã được giải quyết',
  };
  for (const o of obstacles)
    for (const s of o.steps)
      items.push({
        at: s.at.toISOString(),
        kind: 'obstacle',
        title: stepTitle[s.kind](s.toLevel),
        detail:
          [
            s.kind === 'raise' ? null : s.text,
            s.kind === 'raise' ? o.description : null,
            s.responseDueOn ? `Hạn trả lời ${vnDate(s.responseDueOn)}` : null,
          ]
            .filter(Boolean)
            .join(' — ') || null,
        actorName: s.actorName,
      });
  return items.sort((x, y) => x.at.localeCompare(y.at));
}
