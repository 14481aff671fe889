// Who is making a request, and the two questions every policy starts from.
import type { Role } from '../db/schema/users.js';

export interface Actor {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  /** The unit the person belongs to (null for an administrator or a leader of UBND tỉnh). */
  unitId: string | null;
}

/** Sở Ngoại vụ's focal officers, the leaders and the administrators read every unit's records. */
export function readsAllUnits(actor: Actor): boolean {
  return actor.role === 'focal' || actor.role === 'leader' || actor.role === 'admin';
}

/** Only the focal officers register and change records of any unit. */
export function editsAllUnits(actor: Actor): boolean {
  return actor.role === 'focal';
}

/** Unit officers and heads act only for their own unit. */
export function isUnitMember(actor: Actor): actor is Actor & { unitId: string } {
  return (actor.role === 'officer' || actor.role === 'head') && actor.unitId !== null;
}

/** The unit a reader is confined to, or null when the reader sees all units. */
export function unitScope(actor: Actor): string | null {
  if (readsAllUnits(actor)) return null;
  // A unit member without a unit sees nothing: scope to an id that matches no row.
  return actor.unitId ?? '00000000-0000-0000-0000-000000000000';
}
