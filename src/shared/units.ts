// Unit kinds and the groups that directives address ("các sở, ban, ngành", "UBND các xã, phường"…).
export const unitKindLabels = {
  tinh: 'Cấp tỉnh',
  so: 'Sở',
  ban_nganh: 'Ban, ngành',
  phuong: 'Phường',
  xa: 'Xã',
} as const;
export type UnitKindCode = keyof typeof unitKindLabels;
export const unitKindCodes = Object.keys(unitKindLabels) as UnitKindCode[];

export const unitGroups = {
  so_ban_nganh: { label: 'các sở, ban, ngành', kinds: ['so', 'ban_nganh'] },
  xa_phuong: { label: 'UBND các xã, phường', kinds: ['xa', 'phuong'] },
  phuong: { label: 'UBND các phường', kinds: ['phuong'] },
  xa: { label: 'UBND các xã', kinds: ['xa'] },
} as const satisfies Record<string, { label: string; kinds: readonly UnitKindCode[] }>;
export type UnitGroupCode = keyof typeof unitGroups;
export const unitGroupCodes = Object.keys(unitGroups) as UnitGroupCode[];

/** Display order of kinds: the province first, then departments, wards, communes. */
export const unitKindOrder: Record<UnitKindCode, number> = { tinh: 0, so: 1, ban_nganh: 2, phuong: 3, xa: 4 };

/**
 * The group a unit is ranked within: departments among departments, communes and wards among
 * communes and wards; the province's own bodies are not ranked (null).
 */
export function groupOfKind(kind: UnitKindCode): 'so_ban_nganh' | 'xa_phuong' | null {
  if (kind === 'so' || kind === 'ban_nganh') return 'so_ban_nganh';
  if (kind === 'xa' || kind === 'phuong') return 'xa_phuong';
  return null;
}
