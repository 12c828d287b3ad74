import type { Principal } from '../../core/action';
import { refusal } from './reasons';
import { managedCommunities } from '../account/authority';

/**
 * Who organises what. A course or session belongs to a community (its 综合文化
 * 服务中心) or, with communityId null, to the sub-district. District admins
 * manage everything; community admins only their own community's items.
 */
export function canManage(principal: Principal | null, communityId: string | null): boolean {
  if (!principal) return false;
  const communities = managedCommunities(principal);
  if (communities === null) return true;
  return communityId !== null && communities.includes(communityId);
}

export function assertManages(principal: Principal, item: { communityId: string | null }): void {
  if (!canManage(principal, item.communityId)) {
    throw refusal('OTHER_COMMUNITY_ORGANISER');
  }
}

/** Any admin: sees drafts and staff-only fields (not necessarily allowed to edit). */
export function isCultureStaff(principal: Principal | null): boolean {
  return Boolean(principal?.bindings.some((b) => b.role === 'district_admin' || b.role === 'community_admin'));
}

/**
 * The owner of a new item: a district admin chooses (default: the sub-district);
 * a community admin's items belong to their community unless they name another
 * one they manage.
 */
export function ownerFor(principal: Principal, requested: string | null | undefined): string | null {
  const communities = managedCommunities(principal);
  if (communities === null) return requested ?? null;
  const owner = requested === undefined ? (communities[0] ?? null) : requested;
  if (owner === null || !communities.includes(owner)) {
    throw refusal('CREATE_FOR_OTHER_COMMUNITY');
  }
  return owner;
}

/** The communities whose items an admin lists: null for all. */
export function listedCommunities(principal: Principal): string[] | null {
  return managedCommunities(principal);
}
