import type { Principal } from '../../core/action';
import { refusal } from './reasons';
import type { AppError } from '../../core/errors';
import { managedCommunities } from '../account/authority';
import type { Tx } from '../../store/port';
import type { ElderDoc } from './model';
import { USERS } from '../account/users';

/**
 * Scope rules of this job. Records outside the caller's scope are reported as
 * not found, never as forbidden, so ids cannot be probed for existence.
 */

export function branchesOf(principal: Principal): string[] {
  return principal.bindings.flatMap((b) => (b.role === 'grid_staff' ? [b.branchId] : []));
}

export function partnersOf(principal: Principal): string[] {
  return principal.bindings.flatMap((b) => (b.role === 'partner_staff' ? [b.partnerId] : []));
}

export function isDistrictAdmin(principal: Principal): boolean {
  return principal.bindings.some((b) => b.role === 'district_admin');
}

export function isGuardian(elder: Pick<ElderDoc, 'guardians'>, openid: string): boolean {
  return elder.guardians.includes(openid);
}

export function isGridStaffOf(principal: Principal, elder: Pick<ElderDoc, 'branchId'>): boolean {
  return elder.branchId !== null && branchesOf(principal).includes(elder.branchId);
}

/** Community admins of the elder's community, and district admins (who also cover unrouted addresses). */
export function isAdminOf(principal: Principal, elder: Pick<ElderDoc, 'communityId'>): boolean {
  const communities = managedCommunities(principal);
  if (communities === null) return true;
  return elder.communityId !== null && communities.includes(elder.communityId);
}

/** How the caller may book or act for this elder: as a guardian first, else as grid staff of the elder's grid. */
export function bookerRole(
  principal: Principal,
  elder: Pick<ElderDoc, 'guardians' | 'branchId'>,
): 'guardian' | 'grid_staff' | null {
  if (isGuardian(elder, principal.openid)) return 'guardian';
  if (isGridStaffOf(principal, elder)) return 'grid_staff';
  return null;
}

/** Anything that reads documents by id: the store, or a transaction. */
type ReadById = Pick<Tx, 'get'>;

/**
 * Whether someone still acts for the elder today: still a guardian, or still
 * grid staff of the elder's grid. Access and messages follow this current
 * relationship, never who once made a booking or a profile, so a revoked grid
 * worker or a removed guardian loses both at once.
 */
export async function stillActsFor(
  reader: ReadById,
  openid: string,
  elder: Pick<ElderDoc, 'guardians' | 'branchId'>,
): Promise<boolean> {
  if (isGuardian(elder, openid)) return true;
  if (elder.branchId === null) return false;
  const user = await reader.get(USERS, openid);
  return isGridStaffOf({ openid, bindings: user?.bindings ?? [], registered: Boolean(user) }, elder);
}

/** Guardians, grid staff of the grid and admins of the community may read and edit a profile. */
export function mayManageElder(principal: Principal, elder: ElderDoc): boolean {
  return bookerRole(principal, elder) !== null || isAdminOf(principal, elder);
}

export function elderNotFound(): AppError {
  return refusal('ELDER_NOT_FOUND');
}

export function bookingNotFound(): AppError {
  return refusal('BOOKING_NOT_FOUND');
}

export function assertPartnerScope(principal: Principal, partnerId: string): void {
  if (!isDistrictAdmin(principal) && !partnersOf(principal).includes(partnerId)) {
    throw refusal('OTHER_PARTNER_SERVICE');
  }
}
