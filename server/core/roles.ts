/** Roles and their scopes. Every caller is a resident; staff roles come from bindings. */
export const STAFF_ROLES = ['grid_staff', 'community_admin', 'district_admin', 'partner_staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = 'resident' | StaffRole;

export type RoleBinding =
  | { role: 'grid_staff'; branchId: string }
  | { role: 'community_admin'; communityId: string }
  | { role: 'district_admin' }
  | { role: 'partner_staff'; partnerId: string };

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  grid_staff: '网格员',
  community_admin: '社区管理员',
  district_admin: '街道管理员',
  partner_staff: '红色合伙人',
};

/** The id of the unit a binding is scoped to, or null for the whole sub-district. */
export function bindingScopeId(binding: RoleBinding): string | null {
  switch (binding.role) {
    case 'grid_staff':
      return binding.branchId;
    case 'community_admin':
      return binding.communityId;
    case 'partner_staff':
      return binding.partnerId;
    case 'district_admin':
      return null;
  }
}

export function sameBinding(a: RoleBinding, b: RoleBinding): boolean {
  return a.role === b.role && bindingScopeId(a) === bindingScopeId(b);
}
