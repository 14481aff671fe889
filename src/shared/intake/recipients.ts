// The "Kính gửi" list of a letter: each line is a unit ("Bộ Ngoại giao"), a known group
// ("UBND các xã, phường") or another plural addressee ("Sở Ngoại vụ các tỉnh, thành phố trực thuộc
// Trung ương"), kept as a group in the words of the text.
import type { DirectoryIndex } from './directory.js';
import { findGroupMentions, findListedUnits, type GroupMention, type UnitMention } from './mentions.js';
import { locateUnitNames } from './names.js';
import { collapse } from './text.js';
import type { Span } from './types.js';

export const UNIT_LIKE =
  /^(?:Xã|Phường|UBND|Ủy ban nhân dân|Sở|Ban|Bộ|Công an|Văn phòng|Thị trấn|Huyện|Thị xã|Thành phố|Trung tâm|Cục|Chi cục|Bộ Chỉ huy|Thanh tra|Tỉnh ủy|Hội đồng nhân dân|HĐND)(?![\p{L}])/iu;

export function readRecipientList(
  text: string,
  span: Span,
  index: DirectoryIndex,
): { units: UnitMention[]; groups: GroupMention[] } {
  const units: UnitMention[] = [];
  const groups: GroupMention[] = [];
  const block = text.slice(span[0], span[1]);
  const re = /[^;\n]+/g;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    const raw = m[0];
    const lead = /^[\s\-–•+*|]*/.exec(raw)?.[0].length ?? 0;
    const itemStart = span[0] + m.index + lead;
    const name = collapse(raw.slice(lead).replace(/\|/g, ' ')).replace(/[.;,:]+$/, '');
    if (!name) continue;
    // "- Ban Đối ngoại Trung ương (để biết);": copied for information, not asked to act.
    if (/\(\s*(?:để\s+)?(?:biết|b\/c|báo cáo)[^)]*\)/iu.test(name)) continue;
    const itemEnd = itemStart + raw.slice(lead).replace(/[\s.;,:|]+$/, '').length;
    const listed = findListedUnits(text, itemStart, itemEnd, index);
    if (listed.length) {
      for (const l of listed) units.push(...l.units);
      continue;
    }
    const known = findGroupMentions(text, itemStart, itemEnd);
    if (known.length) {
      groups.push(...known);
      continue;
    }
    if (/(?:^|\s)các\s/iu.test(name)) {
      groups.push({ group: name.replace(/^Các\s/u, 'các '), span: [itemStart, itemEnd] });
      continue;
    }
    for (const l of locateUnitNames(text, itemStart, itemEnd, index)) {
      if (l.unit || UNIT_LIKE.test(l.name))
        units.push({ name: l.unit ? l.unit.name : l.name, unit: l.unit, span: l.span });
    }
  }
  return { units, groups };
}
