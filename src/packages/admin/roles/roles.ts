import type { Binding } from '../../../api/types';

export type StaffRoleKey = Binding['role'];

interface RoleOption {
  role: StaffRoleKey;
  label: string;
  /** The unit the role is bound to; absent for sub-district-wide roles. */
  unit?: { label: string; hint: string; example: string };
}

export const ROLE_OPTIONS: RoleOption[] = [
  {
    role: 'grid_staff',
    label: '网格员',
    unit: { label: '网格党支部编号', hint: '填写所属网格党支部的编号', example: 'b-yc-2' },
  },
  {
    role: 'community_admin',
    label: '社区管理员',
    unit: { label: '社区编号', hint: '填写所管理社区的编号', example: 'c-yichang' },
  },
  {
    role: 'partner_staff',
    label: '红色合伙人',
    unit: { label: '合作单位编号', hint: '填写合作单位的编号', example: 'p-jiali' },
  },
  { role: 'district_admin', label: '街道管理员' },
  { role: 'economic_staff', label: '经济工作组' },
  {
    role: 'enterprise_liaison',
    label: '包联干部',
    unit: { label: '包联责任人编号', hint: '填写所代表的街道领导或科室的编号', example: 'lia-economy' },
  },
];

/** District admins grant every role; community admins only grid staff (the server enforces the same). */
export function grantableRoles(myRoles: readonly string[]): RoleOption[] {
  if (myRoles.includes('district_admin')) return ROLE_OPTIONS;
  if (myRoles.includes('community_admin')) return ROLE_OPTIONS.filter((o) => o.role === 'grid_staff');
  return [];
}

export function makeBinding(role: StaffRoleKey, unitId: string): Binding {
  const id = unitId.trim();
  switch (role) {
    case 'grid_staff':
      return { role, branchId: id };
    case 'community_admin':
      return { role, communityId: id };
    case 'partner_staff':
      return { role, partnerId: id };
    case 'enterprise_liaison':
      return { role, liaisonId: id };
    case 'district_admin':
    case 'economic_staff':
      return { role };
  }
}

export const INVITE_STATUS: Record<string, string> = {
  open: '待使用',
  redeemed: '已使用',
  revoked: '已作废',
  expired: '已过期',
};
