/** An enterprise as the server sends it (server/domain/enterprise/views.ts). */
export const GUTE_VIEW = {
  id: 'ent-91370203madx000032',
  name: '固特房车(青岛)营地装备有限公司',
  creditCode: '91370203MADX000032',
  industry: 'manufacturing',
  industryLabel: '制造业',
  size: 'medium',
  sizeLabel: '中型',
  address: '美青工业园 3 号厂房',
  contactName: '马晓东',
  contactPhone: '13800000009',
  status: 'verified',
  statusLabel: '已核实',
  rejectReason: null,
  verifiedAt: '2026-11-20T02:00:00.000Z',
  liaisonId: 'lia-economy',
  liaisonName: '经济服务办公室',
  lastVisitDate: '2026-11-16',
  version: 3,
  createdAt: '2026-11-01T02:00:00.000Z',
  demo: true,
};

export const PENDING_VIEW = {
  ...GUTE_VIEW,
  id: 'ent-new',
  name: '青岛湖岛新材料有限公司',
  creditCode: '91370203MADX00008H',
  status: 'pending',
  statusLabel: '待核实',
  liaisonId: null,
  liaisonName: null,
  lastVisitDate: null,
  version: 1,
  demo: false,
};

export const LIAISONS = [
  {
    id: 'lia-secretary',
    kind: 'leader',
    kindLabel: '街道领导',
    name: '王立新',
    title: '街道党工委书记',
    departmentId: null,
    active: true,
  },
  {
    id: 'lia-economy',
    kind: 'department',
    kindLabel: '责任科室',
    name: '经济服务办公室',
    title: '企业服务',
    departmentId: 'dept-economy',
    active: true,
  },
];

export const COVERAGE = {
  quarter: '2026-Q4',
  quarterStart: '2026-10-01',
  today: '2026-11-26',
  total: 6,
  visitedThisQuarter: 3,
  notVisitedThisQuarter: 3,
  neverVisited: 2,
  byLiaison: [
    {
      liaisonId: 'lia-economy',
      name: '经济服务办公室',
      total: 2,
      visitedThisQuarter: 1,
      notVisitedThisQuarter: 1,
      neverVisited: 0,
    },
  ],
};
