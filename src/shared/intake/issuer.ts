// The issuer when the header block is missing (text cut from the body of a PDF): the body still
// says who speaks ("Ủy ban nhân dân tỉnh yêu cầu…", "Chủ tịch UBND tỉnh yêu cầu…").
import { expandAbbreviations } from './citations.js';
import type { Found } from './header.js';
import type { DirectoryUnit } from './types.js';

const SPEAKER =
  /(?<![\p{L}])(?:Chủ tịch\s+)?(Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+(tỉnh|thành phố)((?:\s+\p{Lu}[\p{Ll}\p{Lu}-]*){0,4})\s+(?:yêu cầu|đề nghị|ban hành|chỉ thị|giao|quyết định|thông báo|chỉ đạo)(?![\p{L}])/u;
const PROVINCE_MENTION = /(?<![\p{L}])tỉnh\s+(\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){0,3})/gu;

export function findSpeakerIssuer(
  text: string,
  from: number,
  to: number,
  units: DirectoryUnit[],
): Found<string> | null {
  const slice = text.slice(from, to);
  const m = SPEAKER.exec(slice);
  if (!m) return null;
  const start = from + m.index + (m[0].startsWith('Chủ tịch') ? m[0].indexOf(m[1] as string) : 0);
  const body = expandAbbreviations(m[1] as string);
  const level = m[2] as string;
  let place = (m[3] ?? '').trim();
  if (!place) {
    // "UBND tỉnh" without a name: the province the text names, or the directory's own province.
    const own = units.find((u) => u.kind === 'tinh');
    const ownPlace = own ? own.name.replace(/^.*?(?:tỉnh|thành phố)\s+/u, '') : '';
    const named = [...slice.matchAll(PROVINCE_MENTION)].map((p) => p[1] as string);
    const others = named.filter((n) => n !== ownPlace);
    place = others.length > named.length / 2 && others[0] ? others[0] : ownPlace;
  }
  const value = place ? `${body} ${level} ${place}` : `${body} ${level}`;
  const end = from + m.index + m[0].length;
  return { value, span: [start, end] };
}
