// Demo data: high-level activities and a dozen commitments with foreign localities and
// organisations at various stages (clearly demo: "(minh họa)"; people named only by office),
// with reviews, roadmaps, budgets and obstacles, one of them escalated to UBND tỉnh.
// Written through the services, as Sở Ngoại vụ and the units would, so every row is audited.
import { eq, inArray } from 'drizzle-orm';
import { addDays } from '../../../shared/commitments.js';
import type { Db } from '../../db/client.js';
import { commitments } from '../../db/schema/commitments.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';
import type { DemoSeeder } from '../../db/seed/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { createActivity } from '../activities/service.js';
import { decideObstacle, escalateObstacle, raiseObstacle } from '../obstacles/service.js';
import { createMilestone, createResource, createReview } from './roadmap-service.js';
import { ACTIVITIES, SPECS } from './seed-data.js';
import { createCommitment, reorderPriorities } from './service.js';

async function demoActor(db: Db, username: string): Promise<Actor> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`demo user ${username} missing`);
  return { id: u.id, username: u.username, fullName: u.fullName, role: u.role, unitId: u.unitId };
}

async function seed(db: Db, clock: Clock) {
  const [existing] = await db.select({ id: commitments.id }).from(commitments).limit(1);
  if (existing) return;
  const ctx = { db, clock };
  const today = clock.today();
  const sngv = await demoActor(db, 'sngv');
  const svh = await demoActor(db, 'svhttdl');
  const lanhdao = await demoActor(db, 'lanhdao');
  const codes = [
    ...new Set(SPECS.flatMap((s) => [s.lead, ...s.coord, ...(s.budget ?? []).map((b) => b[0])])),
  ];
  const unitRows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.code, codes));
  const unit = (code: string) => {
    const id = unitRows.find((u) => u.code === code)?.id;
    if (!id) throw new Error(`unit ${code} missing`);
    return id;
  };

  const acts = [];
  for (const a of ACTIVITIES)
    acts.push(
      await createActivity(db, sngv, {
        kind: a.kind,
        title: a.title,
        startOn: addDays(today, -a.ago),
        endOn: addDays(today, -a.ago + a.days),
        place: a.place,
        leaders: a.leaders,
        countries: a.countries,
        summary: 'Dữ liệu minh họa.',
      }),
    );

  const ids: string[] = [];
  for (const s of SPECS) {
    const signedOn = addDays(today, -s.signedAgo);
    const c = await createCommitment(ctx, sngv, {
      activityId: s.activity === null ? null : acts[s.activity]!.id,
      title: s.title,
      form: s.form,
      partner: s.partner,
      partnerKind: s.partnerKind,
      country: s.country,
      field: s.field,
      content: `${s.title}. Nội dung minh họa để trình diễn hệ thống.`,
      signatories: 'Đại diện UBND tỉnh Gia Lai; đại diện đối tác',
      signedOn,
      expiresOn: s.expiresIn === null ? null : addDays(today, s.expiresIn),
      leadUnitId: unit(s.lead),
      coordinatingUnitIds: s.coord.map(unit),
      provinceAgreement: s.provinceAgreement ?? false,
      reportedOn: s.reportedAfter ? addDays(signedOn, s.reportedAfter) : null,
    });
    ids.push(c.id);
    for (const [title, due, weight, progress] of s.milestones)
      await createMilestone(ctx, sngv, c.id, {
        title,
        dueOn: addDays(today, due),
        weight,
        progress,
        unitId: unit(s.lead),
      });
    if (s.review)
      await createReview(ctx, sngv, c.id, {
        reviewedOn: addDays(today, -7),
        done: 'Đã triển khai các nội dung đến hạn (minh họa).',
        notDone: s.review === 'complete' ? '' : 'Một số nội dung chưa triển khai do chờ kinh phí.',
        difficulties: s.review === 'complete' ? '' : 'Kinh phí đối ứng hạn chế.',
        causes: s.review === 'complete' ? '' : 'Chưa được bố trí trong dự toán năm.',
        legalCompatibility: s.field === 'labour' ? 'needs_amendment' : 'compatible',
        legalBasis: 'Luật Thỏa thuận quốc tế năm 2020',
        localFit: 'Phù hợp định hướng phát triển của tỉnh.',
        feasibility: s.review === 'not_started' ? 'medium' : 'high',
        completionLevel: s.review,
      });
    for (const [code, source, staff, planned, spent] of s.budget ?? [])
      await createResource(ctx, sngv, c.id, {
        unitId: unit(code),
        source,
        staff,
        plannedVnd: planned,
        spentVnd: spent,
      });
  }
  await reorderPriorities(ctx, sngv, [ids[1]!, ids[0]!, ids[2]!, ids[5]!, ids[8]!]);

  // Obstacles: one escalated to UBND tỉnh and waiting for the leader, one decided, one new.
  const escalated = await raiseObstacle(ctx, svh, {
    subjectType: 'commitment',
    subjectId: ids[0]!,
    description: 'Đối tác đề nghị tổ chức Tuần văn hóa sớm hơn kế hoạch, vượt dự toán năm.',
    cause: 'Kinh phí đối ứng chưa được bố trí trong dự toán.',
    proposal: 'Đề nghị UBND tỉnh xem xét bổ sung kinh phí.',
  });
  await escalateObstacle(ctx, sngv, escalated.id, {
    text: 'Vượt thẩm quyền của Sở; kính trình UBND tỉnh xem xét.',
  });
  const answered = await raiseObstacle(ctx, sngv, {
    subjectType: 'commitment',
    subjectId: ids[2]!,
    description: 'Nhà đầu tư đề nghị ưu đãi vượt khung quy định.',
    cause: 'Quy định ưu đãi đầu tư hiện hành.',
    proposal: 'Báo cáo UBND tỉnh, xin ý kiến bộ ngành trung ương.',
  });
  await escalateObstacle(ctx, sngv, answered.id, { text: 'Trình UBND tỉnh.' });
  await decideObstacle(
    ctx,
    lanhdao,
    answered.id,
    'Giao Ban Quản lý Khu kinh tế rà soát, đề xuất phương án trong khung pháp luật.',
  );
  await raiseObstacle(ctx, svh, {
    subjectType: 'commitment',
    subjectId: ids[8]!,
    description: 'Hãng lữ hành chậm xác nhận lịch bay mùa cao điểm.',
    proposal: 'Đề nghị Sở Ngoại vụ trao đổi với đối tác.',
  });
}

export const commitmentsDemoSeeder: DemoSeeder = { name: 'commitments', seed };
