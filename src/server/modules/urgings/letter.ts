// The urging letter (công văn đôn đốc) of a task, in the one Decree 30 layout (lib/nd30): cites
// the assigning document, counts who complied, names the others in footnotes (departments and
// communes apart, as the directive itself does), sets the new deadline, warns, lists Nơi nhận.
import { formatVnDate } from '../../../shared/urging.js';
import { DEFAULT_LETTERHEAD, type OfficialDocument } from '../../lib/nd30/index.js';

export interface LetterInput {
  task: { title: string; dueOn: string | null };
  document: { type: string; number: string; issuedOn: string | null; issuer: string } | null;
  total: number;
  complied: number;
  /** The units that have not complied, in directory order. */
  late: { name: string; kind: string }[];
  newDueOn: string;
  year: number;
}

const isCommune = (kind: string) => kind === 'xa' || kind === 'phuong';

export function urgingLetter(input: LetterInput): OfficialDocument {
  const departments = input.late.filter((u) => !isCommune(u.kind)).map((u) => u.name);
  const communes = input.late.filter((u) => isCommune(u.kind)).map((u) => u.name);
  const doc = input.document;
  const cited = doc
    ? `${doc.type} số ${doc.number}${doc.issuedOn ? ` ngày ${formatVnDate(doc.issuedOn)}` : ''} của ${doc.issuer}`
    : 'văn bản giao nhiệm vụ';
  const parts: (string | { footnote: string })[] = [];
  const late = input.late.length;
  const counted = [
    departments.length ? `${departments.length} sở, ban, ngành` : '',
    communes.length ? `${communes.length} xã, phường` : '',
  ].filter(Boolean);
  parts.push(
    `Đến nay, Sở Ngoại vụ đã nhận được kết quả thực hiện của ${input.complied}/${input.total} đơn vị; còn ${late} đơn vị chưa thực hiện, gồm `,
  );
  if (departments.length) {
    parts.push(counted[0]!);
    parts.push({ footnote: `${departments.join('; ')}.` });
  }
  if (communes.length) {
    parts.push(departments.length ? ' và ' : '');
    parts.push(counted.at(-1)!);
    parts.push({ footnote: `${communes.join('; ')}.` });
  }
  parts.push('.');
  const recipients = [
    ...(departments.length <= 3 ? departments : ['Các sở, ban, ngành có tên tại chú thích']),
    ...(communes.length
      ? [communes.length <= 3 ? communes.join(', ') : 'Ủy ban nhân dân các xã, phường có tên tại chú thích']
      : []),
  ];
  return {
    kind: 'cong-van',
    letterhead: DEFAULT_LETTERHEAD,
    number: null,
    date: null,
    draftYear: input.year,
    summary: `đôn đốc thực hiện nhiệm vụ: ${input.task.title}`,
    recipients,
    body: [
      {
        kind: 'paragraph',
        content: `Thực hiện ${cited}, các đơn vị được giao nhiệm vụ: ${input.task.title}${
          input.task.dueOn ? `, thời hạn hoàn thành trước ngày ${formatVnDate(input.task.dueOn)}` : ''
        }.`,
      },
      { kind: 'paragraph', content: parts.filter((p) => p !== '') },
      {
        kind: 'paragraph',
        content: `Sở Ngoại vụ đề nghị các đơn vị nêu trên khẩn trương thực hiện, gửi kết quả về Sở Ngoại vụ trước ngày ${formatVnDate(input.newDueOn)} để tổng hợp. Quá thời hạn trên, Sở Ngoại vụ sẽ tổng hợp danh sách các đơn vị chưa thực hiện, báo cáo Ủy ban nhân dân tỉnh xem xét, xử lý theo quy định`,
      },
    ],
    signature: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer: '' },
    distribution: ['Như trên', 'UBND tỉnh (b/c)', 'Lưu: VT, HTQT'],
  };
}
