// The unit group a group phrase of a directive names ("UBND các xã, phường" → xa_phuong), or
// null when the product has no such group (e.g. "UBND các huyện, thị xã, thành phố").
import type { UnitGroupCode } from '../../../shared/units.js';
import { normalizeVi } from '../../../shared/vn-text.js';

export function groupCodeOf(phrase: string): UnitGroupCode | null {
  const s = normalizeVi(phrase).replace(/\b(ubnd|uy ban nhan dan|cac|tinh|va)\b/g, ' ');
  const words = new Set(s.split(/\s+/).filter(Boolean));
  if (words.has('so') || (words.has('ban') && words.has('nganh'))) return 'so_ban_nganh';
  const xa = words.has('xa');
  const phuong = words.has('phuong');
  if (words.has('huyen') || words.has('thi')) return null;
  if (xa && phuong) return 'xa_phuong';
  if (phuong) return 'phuong';
  if (xa) return 'xa';
  return null;
}
