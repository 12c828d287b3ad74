import type { Me } from './api/types';

/**
 * Work entries on 我的, each shown to the roles that do that work. A feature
 * adds its line here; the page stays the same.
 */
export interface WorkbenchEntry {
  key: string;
  name: string;
  description: string;
  roles: Array<Me['roles'][number]['role']>;
  url: string;
}

export const WORKBENCH: WorkbenchEntry[] = [
  { key: 'roles', name: '角色管理', description: '发放邀请码、撤销身份', roles: ['community_admin', 'district_admin'], url: '/packages/admin/roles/index' },
];

export function workbenchFor(me: Me | null): WorkbenchEntry[] {
  if (!me) return [];
  const mine = new Set(me.roles.map((r) => r.role));
  return WORKBENCH.filter((entry) => entry.roles.some((role) => mine.has(role)));
}
