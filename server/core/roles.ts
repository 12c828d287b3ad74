/** Roles and their scopes. Every caller is a resident; staff roles come from bindings. */
export const STAFF_ROLES = [
  'grid_staff',
  'community_admin',
  'district_admin',
  'partner_staff',
  'economic_staff',
  'enterprise_liaison',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** Not staff: a resident who speaks for an enterprise (企业直通车); bound to that enterprise. */
export type EnterpriseContactRole = 'enterprise_contact';
export type Role = 'resident' | StaffRole | EnterpriseContactRole;

export type RoleBinding =
  | { role: 'grid_staff'; branchId: string }
  | { role: 'community_admin'; communityId: string }
  | { role: 'district_admin' }
  | { role: 'partner_staff'; partnerId: string }
  /** 经济工作组: the sub-district's economic work team, who see and serve every enterprise. */
  | { role: 'economic_staff' }
  /** 包联: acts for one liaison (a leader, or a department's staff); the enterprises come from assignments, not the binding. */
  | { role: 'enterprise_liaison'; liaisonId: string }
  /** 企业联系人: speaks for one enterprise, as its registrant or by the enterprise's invite. */
  | { role: 'enterprise_contact'; enterpriseId: string };

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  grid_staff: '网格员',
  community_admin: '社区管理员',
  district_admin: '街道管理员',
  partner_staff: '红色合伙人',
  economic_staff: '经济工作组',
  enterprise_liaison: '包联干部',
  enterprise_contact: '企业联系人',
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
    case 'enterprise_liaison':
      return binding.liaisonId;
    case 'enterprise_contact':
      return binding.enterpriseId;
    case 'district_admin':
    case 'economic_staff':
      return null;
  }
}

/** Whether a binding makes its holder staff (listed as staff, sees workbenches); an enterprise contact is not. */
export function isStaffBinding(binding: RoleBinding): boolean {
  return binding.role !== 'enterprise_contact';
}

export function sameBinding(a: RoleBinding, b: RoleBinding): boolean {
  return a.role === b.role && bindingScopeId(a) === bindingScopeId(b);
}
