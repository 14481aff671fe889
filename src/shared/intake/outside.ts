// The kind of a unit outside the province's directory, read from its name: a ministry or one of
// its departments, a central body, another province's people's committee, a provincial
// department, a district or commune. A clerk keeps such units by name with their kind.
import { normalizeVi } from '../vn-text.js';
import type { OutsideUnitKind } from './types.js';

const RULES: [RegExp, OutsideUnitKind][] = [
  [
    /^(?:van phong chinh phu|van phong quoc hoi|van phong chu tich nuoc|van phong trung uong)\b/,
    'trung_uong',
  ],
  [
    /^(?:ban [a-z ]*trung uong|uy ban nha nuoc|uy ban trung uong|thanh tra chinh phu|kiem toan nha nuoc|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao)\b/,
    'trung_uong',
  ],
  [
    /^(?:bo|cuc|tong cuc|vu|ngan hang nha nuoc|uy ban dan toc|dai truyen hinh viet nam|thong tan xa)\b/,
    'bo_nganh',
  ],
  [
    /^(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho [a-z ]*(?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)|tp)\b/,
    'tinh_khac',
  ],
  [/^(?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)\b/, 'dia_phuong'],
  [/^(?:xa|phuong|thi tran|huyen|quan|thi xa)\b/, 'dia_phuong'],
  [
    /^(?:so|ban quan ly|ban|cong an|bo chi huy|thanh tra|chi cuc|trung tam|van phong|dai phat thanh|bao)\b/,
    'so_nganh',
  ],
];

export function outsideKind(name: string): OutsideUnitKind {
  const key = normalizeVi(name);
  for (const [re, kind] of RULES) if (re.test(key)) return kind;
  return 'khac';
}
