import type { Principal } from '../../core/action';
import { AppError } from '../../core/errors';
import type { RoleBinding } from '../../core/roles';
import type { DocumentStore } from '../../store/port';
import { PARTNERS, getUnit, type OrgUnit } from '../org/org';

/** Where a binding sits: its display name and the community it belongs to (null: sub-district-wide). */
export interface BindingPlace {
  name: string;
  communityId: string | null;
}

/** Resolves a binding's unit or partner, refusing ids that do not exist. */
export async function placeOf(store: DocumentStore, binding: RoleBinding): Promise<BindingPlace> {
  switch (binding.role) {
    case 'district_admin':
      return { name: '湖岛街道', communityId: null };
    case 'partner_staff': {
      const partner = await store.get(PARTNERS, binding.partnerId);
      if (!partner) throw new AppError('NOT_FOUND', '没有找到这家合作单位');
      return { name: partner.name, communityId: null };
    }
    case 'community_admin':
      return unitPlace(await getUnit(store, binding.communityId), 'community');
    case 'grid_staff':
      return unitPlace(await getUnit(store, binding.branchId), 'branch');
  }
}

function unitPlace(unit: OrgUnit | null, kind: OrgUnit['kind']): BindingPlace {
  if (!unit || unit.kind !== kind) throw new AppError('NOT_FOUND', kind === 'community' ? '没有找到这个社区' : '没有找到这个网格党支部');
  return { name: unit.name, communityId: unit.communityId };
}

/** The communities an admin may manage: null means all of them (district admin). */
export function managedCommunities(principal: Principal): string[] | null {
  if (principal.bindings.some((b) => b.role === 'district_admin')) return null;
  return principal.bindings.flatMap((b) => (b.role === 'community_admin' ? [b.communityId] : []));
}

/**
 * District admins grant and revoke any role; community admins only grid staff
 * of their own community's branches.
 */
export function assertMayManage(principal: Principal, binding: RoleBinding, place: BindingPlace): void {
  const communities = managedCommunities(principal);
  if (communities === null) return;
  const allowed = binding.role === 'grid_staff' && place.communityId !== null && communities.includes(place.communityId);
  if (!allowed) throw new AppError('PERMISSION_DENIED', '只有街道管理员可以管理这个身份；社区管理员只能管理本社区的网格员');
}
