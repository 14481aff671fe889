// Demo data reproducing the first directive (seeds/000): the document chain from 59-NQ/TW down to
// the directive, its tasks, and the plan-submission task due 15/3/2026 given to every
// department and commune, where exactly the directive's footnotes have not submitted (Sở Văn
// hóa, Thể thao và Du lịch and the 72 communes and wards of footnote 2). Everything goes
// through the services, as the demo accounts, so history and audit look like real use.

import { matchUnitNames } from '../../../shared/intake/names.js';
import type { Db } from '../../db/client.js';
import type { DemoSeeder } from '../../db/seed/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { createDocument } from '../documents/service.js';
import { createTask } from '../tasks/service.js';
import { FOOTNOTE_2 } from './demo-data.js';
import * as repo from './repo.js';
import { assignTask } from './service.js';
import * as workflow from './workflow.js';

const DIRECTIVE_DATE = '2026-02-10';

const at = (day: string) => ({ today: day, now: new Date(`${day}T02:30:00.000Z`) });
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function seedChain(db: Db, sngv: Actor) {
  const doc = (b: Parameters<typeof createDocument>[2]) => createDocument(db, sngv, b);
  const nq59 = await doc({
    number: '59-NQ/TW',
    issuer: 'Bộ Chính trị',
    issuedOn: '2025-01-24',
    summary: 'Về hội nhập quốc tế trong tình hình mới',
    implementsIds: [],
    citesIds: [],
  });
  const nq153 = await doc({
    number: '153/NQ-CP',
    issuer: 'Chính phủ',
    issuedOn: '2025-05-31',
    summary:
      'Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới',
    implementsIds: [nq59.id],
    citesIds: [],
  });
  const qd1520 = await doc({
    number: '1520/QĐ-UBND',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: '2025-08-21',
    summary:
      'Ban hành Kế hoạch thực hiện Nghị quyết số 153/NQ-CP ngày 31/5/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới trên địa bàn tỉnh Gia Lai',
    implementsIds: [nq153.id],
    citesIds: [],
  });
  const kh34 = await doc({
    number: '34-KH/TU',
    issuer: 'Ban Thường vụ Tỉnh ủy',
    issuedOn: '2026-01-14',
    summary:
      'Thực hiện Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới',
    implementsIds: [nq59.id],
    citesIds: [],
  });
  // The seed text has no header: its number is not known, so the demo gives it one.
  const directive = await doc({
    number: '245/UBND-NgV',
    type: 'Công văn',
    issuer: 'Ủy ban nhân dân tỉnh',
    issuedOn: DIRECTIVE_DATE,
    summary:
      'Triển khai thực hiện Kế hoạch số 34-KH/TU ngày 14/01/2026 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới',
    signer: 'Nguyễn Thị Thanh Lịch',
    signingAuthority: 'KT. CHỦ TỊCH - PHÓ CHỦ TỊCH',
    implementsIds: [kh34.id, qd1520.id],
    citesIds: [nq59.id],
  });
  return { nq59, nq153, qd1520, kh34, directive };
}

const PLAN_TASK = {
  title:
    'Xây dựng, ban hành kế hoạch hoặc văn bản triển khai thực hiện Kế hoạch số 34-KH/TU và Quyết định số 1520/QĐ-UBND, bảo đảm nguyên tắc "6 rõ", gửi UBND tỉnh (qua Sở Ngoại vụ)',
  personInCharge: 'Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường',
  responsibility:
    'Mỗi sở, ban, ngành và UBND xã, phường chủ trì xây dựng kế hoạch của mình; Sở Ngoại vụ hướng dẫn, theo dõi, tổng hợp',
  product: 'Kế hoạch triển khai thực hiện',
  authority: 'Thủ trưởng sở, ban, ngành; Chủ tịch UBND xã, phường ban hành',
  dueOn: '2026-03-15',
};

export const trackingDemoSeeder: DemoSeeder = {
  name: 'tracking',
  // Dates are the directive's own (February–March 2026), not today's.
  async seed(db: Db, _clock: Clock) {
    const sngv = await repo.findActor(db, 'sngv');
    if (!sngv) return;
    const chain = await seedChain(db, sngv);
    const documentId = chain.directive.id;
    const unitsByCode = new Map((await repo.activeUnits(db)).map((u) => [u.code, u]));
    const sngvUnit = unitsByCode.get('SNgV')!;
    const task = (b: Omit<Parameters<typeof createTask>[2], 'documentId'>) =>
      createTask(db, sngv, { documentId, ...b });

    // 1–2: every unit, ongoing; the directive names no product or deadline: "6 rõ" is not met
    const t1 = await task({
      title:
        'Tổ chức phổ biến, quán triệt nội dung Kế hoạch số 34-KH/TU đến cán bộ, đảng viên, công chức, viên chức thuộc phạm vi quản lý',
      personInCharge: 'Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường',
    });
    const t2 = await task({
      title:
        'Tiếp tục tổ chức triển khai thực hiện có hiệu quả Quyết định số 1520/QĐ-UBND, bám sát các nhiệm vụ trọng tâm đã được giao',
      personInCharge: 'Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường',
      responsibility:
        'Các cơ quan được giao chủ trì tại Quyết định 1520/QĐ-UBND chịu trách nhiệm nhiệm vụ của mình',
    });
    // 3–4: the plans, due 15/3/2026
    const plan = await task(PLAN_TASK);
    // periodic reports of the communes and wards (the directive: "định kỳ, đột xuất báo cáo")
    const reports = await task({
      title:
        'Báo cáo kết quả triển khai thực hiện nhiệm vụ hội nhập quốc tế trên địa bàn về UBND tỉnh (qua Sở Ngoại vụ)',
      personInCharge: 'Chủ tịch UBND các xã, phường',
      recurrence: 'half_yearly:15',
      responsibility: 'UBND xã, phường báo cáo; Sở Ngoại vụ tổng hợp',
      product: 'Báo cáo định kỳ 6 tháng',
      authority: 'Chủ tịch UBND xã, phường ký báo cáo',
    });
    // 5: Sở Ngoại vụ's own tasks
    const annualPlan = await task({
      title: 'Tham mưu UBND tỉnh ban hành kế hoạch thực hiện năm 2026 về hội nhập quốc tế',
      leadUnitId: sngvUnit.id,
      personInCharge: 'Giám đốc Sở Ngoại vụ',
      dueOn: '2026-03-17',
      responsibility: 'Sở Ngoại vụ chủ trì; các sở, ban, ngành góp ý dự thảo',
      product: 'Dự thảo Kế hoạch thực hiện năm 2026',
      authority: 'UBND tỉnh ban hành',
    });
    await task({
      title:
        'Theo dõi, đôn đốc, tổng hợp tình hình triển khai Nghị quyết số 59-NQ/TW, Kế hoạch số 34-KH/TU và Quyết định số 1520/QĐ-UBND; báo cáo UBND tỉnh',
      leadUnitId: sngvUnit.id,
      personInCharge: 'Phó Giám đốc Sở Ngoại vụ phụ trách',
      recurrence: 'yearly:15/12',
      responsibility: 'Sở Ngoại vụ chủ trì; các sở, ban, ngành, địa phương báo cáo',
      product: 'Báo cáo tổng hợp',
      authority: 'UBND tỉnh',
    });
    await task({
      title:
        'Rà soát việc thực hiện các nhiệm vụ hội nhập quốc tế, bảo đảm đồng bộ, tránh chồng chéo, trùng lặp; đề xuất giải pháp nâng cao hiệu quả giai đoạn 2026-2030',
      leadUnitId: sngvUnit.id,
      personInCharge: 'Giám đốc Sở Ngoại vụ',
      product: 'Báo cáo rà soát, đề xuất giải pháp',
    });

    const day = at(DIRECTIVE_DATE);
    const everyone = { groups: ['so_ban_nganh', 'xa_phuong'], role: 'lead' as const };
    await assignTask(db, sngv, t1.id, everyone, day.today);
    await assignTask(db, sngv, t2.id, everyone, day.today);
    await assignTask(
      db,
      sngv,
      reports.id,
      { groups: ['xa_phuong'], role: 'lead', until: '2026-12-31' },
      day.today,
    );
    const planned = await assignTask(db, sngv, plan.id, everyone, day.today);
    const own = await assignTask(
      db,
      sngv,
      annualPlan.id,
      { unitIds: [sngvUnit.id], role: 'lead' },
      day.today,
    );

    // Who has not submitted: exactly the directive's footnotes.
    const late = new Set(
      matchUnitNames(FOOTNOTE_2, [...unitsByCode.values()]).matched.map((m) => m.unit.code),
    );
    late.add('SVHTTDL');

    let i = 0;
    for (const a of planned.created) {
      if (late.has(a.unitCode)) {
        if (i % 5 === 0) {
          // some of them have started
          await workflow.updateAssignment(
            db,
            sngv,
            a.id,
            { progress: 20 + (i % 4) * 20, note: 'Đơn vị báo cáo đang dự thảo kế hoạch' },
            at('2026-03-05'),
          );
        }
        i++;
        continue;
      }
      const submittedOn = addDays('2026-02-20', i % 22);
      const number = a.unitCode.match(/^\d+$/)
        ? `${10 + (i % 80)}/KH-UBND`
        : `${5 + (i % 40)}/KH-${a.unitCode}`;
      await workflow.submitProduct(
        db,
        sngv,
        a.id,
        {
          productNumber: number,
          productDate: addDays(submittedOn, -1),
          note: 'Tiếp nhận qua hệ thống quản lý văn bản',
        },
        at(submittedOn),
      );
      if (a.unitCode === '21583') {
        // one plan was returned once and resubmitted: its history shows the loop
        await workflow.returnProduct(
          db,
          sngv,
          a.id,
          'Kế hoạch chưa phân công cụ thể đơn vị, thời hạn thực hiện (chưa bảo đảm "6 rõ")',
          at(addDays(submittedOn, 2)),
        );
        await workflow.submitProduct(
          db,
          sngv,
          a.id,
          { productNumber: `${number}-BS`, note: 'Đã bổ sung phân công' },
          at(addDays(submittedOn, 5)),
        );
      }
      if (i % 6 !== 0) await workflow.acceptProduct(db, sngv, a.id, undefined, at(addDays(submittedOn, 3)));
      i++;
    }

    // Sở Ngoại vụ's own annual plan: submitted on 16/3, before its 17/3 deadline
    const ownId = own.created[0]?.id;
    if (ownId)
      await workflow.submitProduct(
        db,
        sngv,
        ownId,
        { productNumber: '312/TTr-SNgV', note: 'Trình UBND tỉnh' },
        at('2026-03-16'),
      );
  },
};
