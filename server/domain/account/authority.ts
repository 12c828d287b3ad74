import type { Principal } from '../../core/action';
import { refusal } from './reasons';
import type { RoleBinding } from '../../core/roles';
import type { DocumentStore } from '../../store/port';
import { PARTNERS, getUnit, type OrgUnit } from '../org/org';
import { ENTERPRISES, LIAISONS } from '../enterprise/model';

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
      if (!partner) throw refusal('PARTNER_NOT_FOUND');
      return { name: partner.name, communityId: null };
    }
    case 'economic_staff':
      return { name: '湖岛街道经济工作组', communityId: null };
    case 'enterprise_liaison': {
      const liaison = await store.get(LIAISONS, binding.liaisonId);
      if (!liaison) throw refusal('LIAISON_NOT_FOUND');
      return { name: liaison.name, communityId: null };
    }
    case 'enterprise_contact': {
      const enterprise = await store.get(ENTERPRISES, binding.enterpriseId);
      if (!enterprise) throw refusal('ENTERPRISE_NOT_FOUND');
      return { name: enterprise.name, communityId: null };
    }
    case 'community_admin':
      return unitPlace(await getUnit(store, binding.communityId), 'community');
    case 'grid_staff':
      return unitPlace(await getUnit(store, binding.branchId), 'branch');
  }
}

function unitPlace(unit: OrgUnit | null, kind: OrgUnit['kind']): BindingPlace {
  if (!unit || unit.kind !== kind) throw refusal(kind === 'community' ? 'COMMUNITY_NOT_FOUND' : 'BRANCH_NOT_FOUND');
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
  const allowed =
    binding.role === 'grid_staff' && place.communityId !== null && communities.includes(place.communityId);
  if (!allowed) throw refusal('MAY_NOT_MANAGE_ROLE');
}
