import type { IssueDetail, IssueItem } from '../../../src/issues/types';

/** Replies shaped as server/domain/issues/views.ts makes them. */
export function item(overrides: Partial<IssueItem> = {}): IssueItem {
  return {
    id: 'iss_1',
    ticketNo: '20261126-0001',
    category: 'flyers',
    categoryName: '小广告与环境卫生',
    excerpt: '万安一路6号楼道小广告',
    addressText: '万安一路6号',
    state: 'submitted',
    stateLabel: '待受理',
    group: 'open',
    groupLabel: '办理中',
    handler: '万安一路网格党支部 · 万安一路南网格',
    supporters: 0,
    supervised: false,
    overdue: false,
    submittedAt: '2026-11-26T02:00:00.000Z',
    dueAt: '2026-11-27T02:00:00.000Z',
    resolveDueAt: '2026-12-01T02:00:00.000Z',
    photo: null,
    priority: null,
    version: null,
    level: null,
    gridId: null,
    ...overrides,
  } as IssueItem;
}

export function detail(overrides: Partial<IssueDetail> = {}): IssueDetail {
  const base = item();
  return {
    ...base,
    viewer: 'owner',
    description: '万安一路6号楼道里贴满了小广告',
    photos: [],
    heldPhotos: [],
    address: { street: '万安一路', number: 6, detail: '2单元' },
    location: null,
    reporterName: '王建华',
    hideName: false,
    phone: '13800000001',
    gridName: '万安一路南网格',
    branchName: '万安一路网格党支部',
    communityName: '宜昌路社区',
    levelLabel: '网格',
    acceptDueAt: base.dueAt,
    deadlineText: null,
    firstResponseAt: null,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    duplicateOf: null,
    duplicateTicket: null,
    rejectReason: null,
    redirectTo: null,
    callback: null,
    isMine: true,
    canCallback: false,
    canSupport: false,
    supported: false,
    reopenCount: 0,
    timeline: [
      {
        seq: 1,
        at: base.submittedAt,
        type: 'submitted',
        stateLabel: '待受理',
        note: '已分派至万安一路网格党支部（万安一路南网格）',
        internal: false,
        actor: '王建华',
        photos: [],
      },
    ],
    ...overrides,
  } as IssueDetail;
}

export function staffDetail(overrides: Partial<IssueDetail> = {}): IssueDetail {
  return detail({
    viewer: 'staff',
    isMine: false,
    priority: 'normal',
    version: 3,
    level: 'grid',
    gridId: 'g-03',
    ...overrides,
  } as Partial<IssueDetail>);
}

export const gridWorkerMe = {
  openid: 'demo-grid-worker',
  name: '刘芳',
  phone: null,
  roles: [
    {
      role: 'grid_staff',
      label: '网格员',
      placeName: '万安一路网格党支部',
      binding: { role: 'grid_staff', branchId: 'b-yc-2' },
    },
  ],
};

export const communityAdminMe = {
  openid: 'demo-community-admin',
  name: '陈明',
  phone: null,
  roles: [
    {
      role: 'community_admin',
      label: '社区管理员',
      placeName: '宜昌路社区',
      binding: { role: 'community_admin', communityId: 'c-yichang' },
    },
  ],
};
