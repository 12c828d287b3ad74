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
  {
    key: 'roles',
    name: '角色管理',
    description: '发放邀请码、撤销身份',
    roles: ['community_admin', 'district_admin'],
    url: '/packages/admin/roles/index',
  },
  {
    key: 'issues',
    name: '诉求工作台',
    description: '受理、办理居民反映的问题，超时督办，统计导出',
    roles: ['grid_staff', 'community_admin', 'district_admin'],
    url: '/packages/workbench/index',
  },
  {
    key: 'moderation',
    name: '内容审核',
    description: '未通过内容安全检查的照片：放行或隐藏',
    roles: ['community_admin', 'district_admin'],
    url: '/packages/workbench/moderation/index',
  },
  {
    key: 'culture',
    name: '文化活动管理',
    description: '发布活动、报名名单、签到、出勤统计',
    roles: ['community_admin', 'district_admin'],
    url: '/packages/culture/manage/index',
  },
  {
    key: 'eldercare-grid',
    name: '代老人预约',
    description: '为本网格没有智能手机的老人预约上门服务',
    roles: ['grid_staff'],
    url: '/packages/eldercare/grid/index',
  },
  {
    key: 'eldercare-partner',
    name: '合作单位工作台',
    description: '确认预约、安排上门、管理时段和名额',
    roles: ['partner_staff'],
    url: '/packages/eldercare/partner/index',
  },
  {
    key: 'enterprise-staff',
    name: '企业服务',
    description: '核实企业登记、安排包联、进百企走访',
    roles: ['economic_staff', 'district_admin', 'enterprise_liaison'],
    url: '/packages/enterprise/staff/index',
  },
  {
    key: 'eldercare-admin',
    name: '为老服务管理',
    description: '核实老人信息、审核红色合伙人、服务统计',
    roles: ['community_admin', 'district_admin'],
    url: '/packages/eldercare/admin/index',
  },
  {
    key: 'enterprise-jobs',
    name: '招聘岗位管理',
    description: '发布岗位，查看报名的居民，录用',
    roles: ['enterprise_contact'],
    url: '/packages/enterprise/job-manage/index',
  },
  {
    key: 'enterprise-policies',
    name: '惠企政策',
    description: '符合本企业的政策排在前面，申报后标记',
    roles: ['enterprise_contact'],
    url: '/packages/enterprise/policies/index',
  },
  {
    key: 'enterprise-staff-policies',
    name: '政策推送',
    description: '发布政策并推送给符合条件的企业，已读和申报情况',
    roles: ['economic_staff', 'district_admin', 'enterprise_liaison'],
    url: '/packages/enterprise/staff-policies/index',
  },
  {
    key: 'enterprise-staff-jobs',
    name: '定向招聘',
    description: '企业发布的岗位和录用人数',
    roles: ['economic_staff', 'district_admin', 'enterprise_liaison'],
    url: '/packages/enterprise/staff-jobs/index',
  },
];

export function workbenchFor(me: Me | null): WorkbenchEntry[] {
  if (!me) return [];
  const mine = new Set(me.roles.map((r) => r.role));
  return WORKBENCH.filter((entry) => entry.roles.some((role) => mine.has(role)));
}
