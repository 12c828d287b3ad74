import type { EnterpriseRequest, StaffRequest } from '../../../src/packages/enterprise/request-lib/types';

/** account.me of the direct line's people: the pages guard on these roles. */
export const meAs = (role: 'enterprise_contact' | 'enterprise_liaison' | 'economic_staff') => ({
  openid: `demo-${role}`,
  name: '测试员',
  phone: null,
  roles: [
    { role: 'resident', label: '居民', placeName: '湖岛街道', binding: null },
    { role, label: role, placeName: '湖岛街道', binding: { role } },
  ],
});

export function enterpriseRequest(patch: Partial<EnterpriseRequest> = {}): EnterpriseRequest {
  return {
    id: 'rq_1',
    ticketNo: 'QY20261126-0001',
    enterpriseId: 'ent-1',
    enterpriseName: '固特房车(青岛)营地装备有限公司',
    type: 'hiring',
    typeLabel: '招工',
    title: '招焊工 6 名',
    description: '急需持证焊工 6 名',
    attachments: [],
    financing: null,
    matches: [],
    departmentName: '社会事务办公室',
    liaisonName: '经济服务办公室',
    state: 'submitted',
    stateLabel: '待受理',
    supervised: false,
    dueAt: '2026-11-27T02:00:00.000Z',
    overdue: false,
    acceptDueAt: '2026-11-27T02:00:00.000Z',
    resolveDueAt: '2026-12-03T02:00:00.000Z',
    outcome: null,
    rating: null,
    filedAt: '2026-11-26T02:00:00.000Z',
    resolvedAt: null,
    closedAt: null,
    version: 1,
    timeline: [
      {
        at: '2026-11-26T02:00:00.000Z',
        type: 'filed',
        note: '已转包联干部经济服务办公室和社会事务办公室办理',
        actorName: '马晓东',
      },
    ],
    ...patch,
  };
}

export function staffRequest(patch: Partial<StaffRequest> = {}): StaffRequest {
  const base = enterpriseRequest();
  return {
    ...base,
    industry: 'manufacturing',
    industryLabel: '制造业',
    filedByName: '马晓东',
    source: 'enterprise',
    level: 'liaison',
    levelLabel: '包联干部与责任部门',
    everOverdue: false,
    grantedWan: 0,
    timeline: base.timeline.map((e) => ({ ...e, public: true })),
    ...patch,
  } as StaffRequest;
}
