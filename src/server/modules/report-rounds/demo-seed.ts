// Demo data of report rounds (issue 8): two rounds on the first directive (Công văn
// 245/UBND-NgV) and the commitments register, addressed to "các sở, ban, ngành" and "UBND các
// xã, phường", placed on the dates the demo is started on:
// - the current round: the Decree 09 window that ended most recently (the longest kind that
//   ended within the last month: year, half, nine months, quarter, else the month), due a few
//   working days after today: two reports accepted, one returned with a reason, one sent and
//   waiting for Sở Ngoại vụ, one waiting for its head, the others not yet due;
// - the round before it (the previous window), whose deadline has passed: accepted, returned,
//   sent late, and the others missing.
// Everything goes through the services, as the units' staff and Sở Ngoại vụ, so events and
// audit entries are real. The report staff of three more units are demo accounts too.
import { eq } from 'drizzle-orm';
import { type PeriodKind, periodLabel, periodsPerYear, periodWindow } from '../../../shared/periods.js';
import { addDays, addWorkingDays, isWorkingDay } from '../../../shared/working-days.js';
import type { Db } from '../../db/client.js';
import { reportRounds, reportSubmissions } from '../../db/schema/reports.js';
import { documents } from '../../db/schema/tracking.js';
import { units } from '../../db/schema/units.js';
import { users } from '../../db/schema/users.js';
import { type DemoAccount, seedDemoUsers } from '../../db/seed/demo-users.js';
import type { DemoSeeder } from '../../db/seed/index.js';
import type { Actor } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { calendarFor } from '../holidays/service.js';
import { getSubmission, takeStep, updateSubmission } from '../report-submissions/service.js';
import { createRound } from './service.js';

/** The staff of the units that report in the demo rounds, besides the demo accounts. */
export const reportStaffAccounts: DemoAccount[] = [
  {
    username: 'sct',
    fullName: 'Cán bộ Sở Công Thương',
    role: 'officer',
    unitCode: 'SCT',
    description: 'cán bộ Sở Công Thương',
  },
  {
    username: 'sct.tt',
    fullName: 'Thủ trưởng Sở Công Thương',
    role: 'head',
    unitCode: 'SCT',
    description: 'thủ trưởng Sở Công Thương',
  },
  {
    username: 'snnmt',
    fullName: 'Cán bộ Sở Nông nghiệp và Môi trường',
    role: 'officer',
    unitCode: 'SNNMT',
    description: 'cán bộ Sở Nông nghiệp và Môi trường',
  },
  {
    username: 'snnmt.tt',
    fullName: 'Thủ trưởng Sở Nông nghiệp và Môi trường',
    role: 'head',
    unitCode: 'SNNMT',
    description: 'thủ trưởng Sở Nông nghiệp và Môi trường',
  },
  {
    username: 'annhon',
    fullName: 'Cán bộ phường An Nhơn',
    role: 'officer',
    unitCode: '21910',
    description: 'cán bộ Phường An Nhơn',
  },
  {
    username: 'annhon.tt',
    fullName: 'Chủ tịch UBND phường An Nhơn',
    role: 'head',
    unitCode: '21910',
    description: 'thủ trưởng Phường An Nhơn',
  },
];

// ---------------------------------------------------------------------------------------------
// Dates

export interface DemoPeriod {
  kind: Exclude<PeriodKind, 'ad_hoc'>;
  year: number;
  index: number;
  start: string;
  end: string;
  label: string;
}

/** Kinds in the order the demo prefers them; the two halves count as one kind. */
const FAMILIES: Exclude<PeriodKind, 'ad_hoc'>[][] = [
  ['year'],
  ['half_1', 'half_2'],
  ['nine_months'],
  ['quarter'],
  ['month'],
];

/** The window of these kinds that ended last before `before` (Decree 09 style). */
function latestEnded(kinds: readonly Exclude<PeriodKind, 'ad_hoc'>[], before: string): DemoPeriod {
  let best: DemoPeriod | null = null;
  const y = Number(before.slice(0, 4));
  for (const kind of kinds)
    for (const year of [y - 1, y, y + 1])
      for (let index = 1; index <= periodsPerYear(kind); index++) {
        const w = periodWindow(kind, year, index)!;
        if (w.end < before && (!best || w.end > best.end))
          best = { kind, year, index, ...w, label: periodLabel(kind, year, index) };
      }
  return best!;
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * The demo's two periods: the longest kind whose window ended within the last 31 days (there is
 * always a month), and the window of the same kind before it.
 */
export function demoPeriods(today: string): { current: DemoPeriod; previous: DemoPeriod } {
  for (const kinds of FAMILIES) {
    const current = latestEnded(kinds, today);
    if (daysBetween(current.end, today) <= 31)
      return { current, previous: latestEnded(kinds, current.start) };
  }
  throw new Error('unreachable: a month window always ended within 31 days');
}

// ---------------------------------------------------------------------------------------------
// What the units write

interface Narrative {
  results: string;
  limitations: string;
  directions: string;
  proposals: string;
}

interface UnitText {
  narrative(label: string): Narrative;
  /** The unit's comment on a commitment line, by a word of its partner or title. */
  commitments: [string, string][];
}

const TEXTS: Record<string, UnitText> = {
  SCT: {
    narrative: (label) => ({
      results: `1. Công tác lãnh đạo, chỉ đạo: Sở đã quán triệt Kế hoạch số 34-KH/TU và Công văn số 245/UBND-NgV đến toàn thể công chức, viên chức; lồng ghép nhiệm vụ hội nhập quốc tế vào chương trình công tác ${label}.\n2. Kết quả thực hiện: phối hợp tổ chức 02 đoàn doanh nghiệp tham gia hội chợ, triển lãm quốc tế; hỗ trợ 15 doanh nghiệp khai thác ưu đãi của các hiệp định CPTPP, EVFTA, RCEP; cấp 1.240 bộ giấy chứng nhận xuất xứ hàng hóa; tiếp tục triển khai các cam kết với tỉnh Ratanakiri (Campuchia) và đối tác năng lượng tái tạo theo lộ trình.`,
      limitations:
        'Doanh nghiệp nhỏ và vừa còn hạn chế trong việc đáp ứng quy tắc xuất xứ và tiêu chuẩn kỹ thuật của thị trường nhập khẩu; kinh phí xúc tiến thương mại còn thấp so với nhu cầu.',
      directions:
        'Tổ chức hội nghị phổ biến các hiệp định thương mại tự do cho doanh nghiệp; chuẩn bị chương trình xúc tiến thương mại tại Hàn Quốc và Nhật Bản; theo dõi sát tiến độ các cam kết do Sở chủ trì.',
      proposals:
        'Đề nghị UBND tỉnh bố trí kinh phí cho Chương trình xúc tiến thương mại năm tới; đề nghị Sở Ngoại vụ hỗ trợ kết nối với các cơ quan đại diện Việt Nam ở nước ngoài.',
    }),
    commitments: [
      [
        'Ratanakiri',
        'Đã trao đổi với Sở Thương mại tỉnh Ratanakiri về phiên chợ biên giới; dự kiến tổ chức trong quý tới.',
      ],
      [
        'năng lượng',
        'Nhà đầu tư đã hoàn thành khảo sát địa điểm; Sở đang phối hợp Ban Quản lý Khu kinh tế thẩm định hồ sơ.',
      ],
    ],
  },
  SNNMT: {
    narrative: (label) => ({
      results: `1. Sở đã ban hành kế hoạch triển khai, phân công rõ đơn vị chủ trì, thời hạn, sản phẩm theo nguyên tắc "6 rõ".\n2. Trong ${label}: hỗ trợ 08 hợp tác xã cấp mã số vùng trồng phục vụ xuất khẩu sầu riêng, cà phê sang Trung Quốc, Hàn Quốc; phối hợp tỉnh Champasak (Lào) xây dựng mô hình trình diễn nông nghiệp công nghệ cao; phối hợp tỉnh Ratanakiri (Campuchia) giám sát dịch bệnh gia súc vùng biên.`,
      limitations:
        'Việc truy xuất nguồn gốc nông sản chưa đồng bộ giữa các địa phương; một số nội dung hợp tác với đối tác nước ngoài chậm do chờ bố trí kinh phí đối ứng.',
      directions:
        'Mở rộng cấp mã số vùng trồng, cơ sở đóng gói; hoàn thiện mô hình trình diễn với tỉnh Champasak; tổng kết 01 năm hợp tác phòng, chống dịch bệnh gia súc xuyên biên giới.',
      proposals:
        'Đề nghị UBND tỉnh bổ sung kinh phí đối ứng cho các dự án hợp tác quốc tế về nông nghiệp; đề nghị Sở Ngoại vụ hướng dẫn thủ tục đón đoàn chuyên gia nước ngoài.',
    }),
    commitments: [
      [
        'Champasak',
        'Đã bàn giao giống và quy trình kỹ thuật cho mô hình trình diễn 5 ha; chuyên gia hai bên đã khảo sát hiện trường.',
      ],
      [
        'Ratanakiri',
        'Hai bên duy trì trao đổi thông tin dịch bệnh hằng tháng; chưa tổ chức được đợt tiêm phòng chung do chờ kinh phí.',
      ],
    ],
  },
  '21910': {
    narrative: (label) => ({
      results: `1. UBND phường đã ban hành kế hoạch thực hiện, tổ chức hội nghị quán triệt cho 86 cán bộ, công chức, người hoạt động không chuyên trách.\n2. Trong ${label}: tuyên truyền về hội nhập quốc tế trên Trang thông tin điện tử phường và hệ thống loa truyền thanh; hướng dẫn 12 cơ sở gốm, rượu truyền thống tham gia sàn thương mại điện tử; phối hợp đón 03 đoàn khách quốc tế tham quan di tích, làng nghề trên địa bàn.`,
      limitations:
        'Cán bộ làm công tác đối ngoại kiêm nhiệm, chưa được bồi dưỡng chuyên sâu; khả năng ngoại ngữ còn hạn chế.',
      directions:
        'Tiếp tục tuyên truyền, hỗ trợ các cơ sở sản xuất tiếp cận thị trường nước ngoài; cử cán bộ tham gia lớp bồi dưỡng kiến thức đối ngoại do Sở Ngoại vụ tổ chức.',
      proposals: 'Đề nghị Sở Ngoại vụ mở lớp bồi dưỡng nghiệp vụ đối ngoại cho cán bộ cấp xã.',
    }),
    commitments: [],
  },
  '21589': {
    narrative: (label) => ({
      results: `1. Phường đã tổ chức quán triệt Kế hoạch số 34-KH/TU đến cán bộ, đảng viên; đang hoàn thiện kế hoạch thực hiện của phường.\n2. Trong ${label}: trao đổi thư, tài liệu với đối tác Hàn Quốc về chương trình kết nghĩa hữu nghị cấp phường; phối hợp tổ chức giao lưu văn hóa thanh thiếu niên.`,
      limitations: 'Kế hoạch thực hiện của phường ban hành chậm so với yêu cầu.',
      directions: 'Ban hành kế hoạch thực hiện; chuẩn bị đón đoàn đối tác kết nghĩa.',
      proposals: 'Đề nghị Sở Ngoại vụ hướng dẫn quy trình đón đoàn khách nước ngoài cấp phường.',
    }),
    commitments: [
      [
        'kết nghĩa',
        'Hai bên đã thống nhất dự thảo chương trình giao lưu; đang chờ đối tác xác nhận thời gian đón đoàn.',
      ],
    ],
  },
  SVHTTDL: {
    narrative: (label) => ({
      results: `1. Sở đã quán triệt Kế hoạch số 34-KH/TU, đang hoàn thiện dự thảo kế hoạch triển khai của ngành.\n2. Trong ${label}: phối hợp tỉnh Gyeonggi (Hàn Quốc) chuẩn bị Tuần văn hóa Việt Nam – Hàn Quốc; làm việc với hãng lữ hành về đường bay thẳng Busan – Quy Nhơn; quảng bá du lịch tỉnh tại 02 hội chợ du lịch quốc tế.`,
      limitations:
        'Kinh phí tổ chức Tuần văn hóa vượt dự toán năm; đối tác hàng không chậm xác nhận lịch bay mùa cao điểm.',
      directions: 'Ban hành kế hoạch triển khai của ngành; hoàn thiện chương trình Tuần văn hóa.',
      proposals: 'Đề nghị UBND tỉnh xem xét bổ sung kinh phí tổ chức Tuần văn hóa.',
    }),
    commitments: [
      [
        'Gyeonggi',
        'Đã thống nhất với đối tác chương trình khung Tuần văn hóa; đang chờ bố trí kinh phí đối ứng.',
      ],
      ['Busan', 'Đã làm việc 02 lần với hãng lữ hành; chưa chốt được lịch bay mùa cao điểm.'],
    ],
  },
};

interface ItemLike {
  id: string;
  kind: string;
  title: string;
  source: string;
  product: string | null;
  progress: number;
}

/** The unit's comment on a pre-filled line: what it did, as an officer would write it. */
function commentOn(unitCode: string, item: ItemLike): string {
  if (item.kind === 'commitment') {
    const hit = TEXTS[unitCode]?.commitments.find(
      ([word]) =>
        item.title.toLowerCase().includes(word.toLowerCase()) ||
        item.source.toLowerCase().includes(word.toLowerCase()),
    );
    return hit?.[1] ?? `Đang triển khai theo lộ trình, đạt khoảng ${item.progress}% khối lượng.`;
  }
  const t = item.title;
  if (t.includes('phổ biến, quán triệt'))
    return 'Đã tổ chức quán triệt tại hội nghị cán bộ, công chức; đăng tải toàn văn kế hoạch trên trang thông tin điện tử của đơn vị.';
  if (t.includes('1520/QĐ-UBND, bám sát'))
    return 'Đã lồng ghép các nhiệm vụ được giao tại Quyết định số 1520/QĐ-UBND vào chương trình công tác năm; đang triển khai theo tiến độ.';
  if (t.includes('"6 rõ"'))
    return item.product
      ? `Đã ban hành ${item.product}, gửi UBND tỉnh (qua Sở Ngoại vụ).`
      : 'Đang hoàn thiện dự thảo kế hoạch, lấy ý kiến các bộ phận chuyên môn; dự kiến ban hành trong tháng tới.';
  if (t.startsWith('Báo cáo kết quả'))
    return 'Nội dung báo cáo định kỳ của phường được tổng hợp tại báo cáo này.';
  return 'Đang triển khai theo kế hoạch.';
}

// ---------------------------------------------------------------------------------------------
// Seeding

interface Staff {
  officer: Actor;
  head: Actor;
}

type Step = 'submit' | 'confirm' | 'accept' | 'return';

/** One unit's report in a round: written on `write`, then each step on its day. */
interface Plan {
  unitCode: string;
  write: string;
  steps: [Step, string][];
  reason?: string;
}

async function actorOf(db: Db, username: string): Promise<Actor | null> {
  const [u] = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      role: users.role,
      unitId: users.unitId,
    })
    .from(users)
    .where(eq(users.username, username));
  return u ?? null;
}

const RETURN_CURRENT =
  'Đề nghị bổ sung số liệu cụ thể về hội nghị quán triệt (số cán bộ, đảng viên tham dự) và nêu rõ thời hạn ban hành kế hoạch thực hiện của phường; mục IV chưa có kiến nghị, đề xuất.';
const RETURN_PREVIOUS =
  'Báo cáo chưa nêu kết quả cụ thể của mô hình hợp tác với tỉnh Champasak (diện tích, số hộ tham gia, kinh phí đã sử dụng); đề nghị bổ sung và gửi lại.';

async function seed(db: Db, clock: Clock) {
  const [existing] = await db.select({ id: reportRounds.id }).from(reportRounds).limit(1);
  if (existing) return;
  const found = await actorOf(db, 'sngv');
  if (!found) return;
  const sngv: Actor = found;
  const [directive] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(eq(documents.number, '245/UBND-NgV'));

  await seedDemoUsers(db, reportStaffAccounts);
  const staff = new Map<string, Staff>();
  for (const [code, name] of [
    ['SCT', 'sct'],
    ['SNNMT', 'snnmt'],
    ['21910', 'annhon'],
    ['21589', 'quynhontay'],
    ['SVHTTDL', 'svhttdl'],
  ] as const) {
    const officer = await actorOf(db, name);
    const head = await actorOf(db, `${name}.tt`);
    if (officer && head) staff.set(code, { officer, head });
  }

  const today = clock.today();
  const nowMs = clock.now().getTime();
  const { current, previous } = demoPeriods(today);
  const cal = await calendarFor(db, addDays(previous.start, -1), today);
  const wd = (day: string, n: number) => addWorkingDays(day, n, cal);
  const notAfterToday = (day: string) => (day > today ? today : day);

  /** A step's moment: 09:00 in the province plus `k` half-hours, or just before now on today. */
  const when = (day: string, k: number) => {
    const planned = Date.parse(`${day}T02:00:00.000Z`) + k * 30 * 60_000;
    const now = day === today ? Math.min(planned, nowMs - (10 - k) * 60_000) : planned;
    return { today: day, now: new Date(now) };
  };

  const body = (p: DemoPeriod, dueOn: string) => ({
    title: `Báo cáo ${p.label} kết quả thực hiện ${directive ? 'Công văn số 245/UBND-NgV và ' : ''}các cam kết, thỏa thuận quốc tế`,
    kind: p.kind,
    style: 'nd09' as const,
    periodStart: p.start,
    periodEnd: p.end,
    dueOn,
    documentIds: directive ? [directive.id] : [],
    includeCommitments: true,
    groups: ['so_ban_nganh', 'xa_phuong'],
  });

  async function play(roundId: string, label: string, plans: Plan[]) {
    const subs = await db
      .select({ id: reportSubmissions.id, code: units.code })
      .from(reportSubmissions)
      .innerJoin(units, eq(units.id, reportSubmissions.unitId))
      .where(eq(reportSubmissions.roundId, roundId));
    const byUnit = new Map(subs.map((r) => [r.code, r.id]));
    for (const plan of plans) {
      const who = staff.get(plan.unitCode);
      const id = byUnit.get(plan.unitCode);
      if (!who || !id) continue;
      const draft = await getSubmission(db, who.officer, id, plan.write);
      const narrative = TEXTS[plan.unitCode]!.narrative(label);
      await updateSubmission(
        db,
        who.officer,
        id,
        {
          version: draft.version,
          narrative: { ...narrative },
          comments: draft.items.map((i) => ({ itemId: i.id, comment: commentOn(plan.unitCode, i) })),
        },
        plan.write,
      );
      let k = 1;
      for (const [step, day] of plan.steps) {
        const actor = step === 'submit' ? who.officer : step === 'confirm' ? who.head : sngv;
        const text =
          step === 'return'
            ? plan.reason
            : step === 'accept'
              ? 'Báo cáo đầy đủ nội dung theo đề cương.'
              : undefined;
        await takeStep(db, actor, id, step, text, when(day, k++));
      }
    }
  }

  // The previous round: opened the working day after its cut-off, due 5 working days after it, past.
  const prevOpened = notAfterToday(wd(previous.end, 1));
  const prevDue = wd(previous.end, 5);
  const prevRound = await createRound(db, sngv, body(previous, prevDue), prevOpened);
  const late = (n: number) => notAfterToday(wd(prevDue, n));
  await play(prevRound.id, previous.label, [
    {
      unitCode: 'SCT',
      write: wd(prevDue, -3),
      steps: [
        ['submit', wd(prevDue, -3)],
        ['confirm', wd(prevDue, -2)],
        ['accept', wd(prevDue, -1)],
      ],
    },
    {
      unitCode: 'SNNMT',
      write: wd(prevDue, -1),
      steps: [
        ['submit', wd(prevDue, -1)],
        ['confirm', prevDue],
        ['return', late(2)],
      ],
      reason: RETURN_PREVIOUS,
    },
    {
      unitCode: '21589',
      write: late(1),
      steps: [
        ['submit', late(2)],
        ['confirm', late(3)],
        ['accept', late(5)],
      ],
    },
    {
      unitCode: '21910',
      write: late(3),
      steps: [
        ['submit', late(3)],
        ['confirm', late(4)],
      ],
    },
  ]);

  // The current round: opened the working day after its cut-off, due a few working days after today.
  const opened = notAfterToday(wd(current.end, 1));
  const dueOn = wd(today, 4);
  const round = await createRound(db, sngv, body(current, dueOn), opened);
  // the days it has been open, spread over its units' steps
  const open: string[] = [];
  for (let d = opened; d <= today; d = addDays(d, 1)) if (isWorkingDay(d, cal)) open.push(d);
  if (!open.length) open.push(today);
  const on = (f: number) => open[Math.min(open.length - 1, Math.floor(f * open.length))]!;
  await play(round.id, current.label, [
    {
      unitCode: 'SCT',
      write: on(0.1),
      steps: [
        ['submit', on(0.15)],
        ['confirm', on(0.2)],
        ['accept', on(0.4)],
      ],
    },
    {
      unitCode: '21910',
      write: on(0.2),
      steps: [
        ['submit', on(0.3)],
        ['confirm', on(0.35)],
        ['accept', on(0.6)],
      ],
    },
    {
      unitCode: '21589',
      write: on(0.3),
      steps: [
        ['submit', on(0.4)],
        ['confirm', on(0.45)],
        ['return', on(0.7)],
      ],
      reason: RETURN_CURRENT,
    },
    {
      unitCode: 'SNNMT',
      write: on(0.5),
      steps: [
        ['submit', on(0.6)],
        ['confirm', on(0.75)],
      ],
    },
    { unitCode: 'SVHTTDL', write: on(0.8), steps: [['submit', on(0.9)]] },
  ]);
}

export const reportRoundsDemoSeeder: DemoSeeder = { name: 'report-rounds', seed };
