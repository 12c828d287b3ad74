/**
 * Seed data of 湖岛街道 (市北区, 青岛), the one readable file behind `npm start`.
 *
 * Facts from the source article: the tree 湖岛街道党工委 -> 3 社区党委 -> 15 网格党支部
 * over the 21 original grids; 宜昌路社区 and 瑞安路社区; the units 环湾大厦, 汇通大厦
 * (商务楼宇) and 美青工业园 (工业园区); the streets 万安一路, 金华路, 兴隆支路, 五丰路,
 * 宜昌路, 瑞安路; the partners 佳丽理发店, 楼长修楼工程有限公司, 泰能热电第二热力党支部.
 *
 * DEMO DATA (invented, marked `demo: true`): the third community's name, every
 * branch and grid name, which grid covers which house numbers, the demo streets,
 * and every person.
 */
import type { RoleBinding } from '../server/core/roles';
import type { OrgUnit, Partner } from '../server/domain/org/org';
import type { AddressRule, Parity } from '../server/domain/org/routing';
import { ENTERPRISE_PERSONAS } from './enterprise';

export const DISTRICT_ID = 'district';

// DEMO: every hotline number is invented (the source article gives none); replace them before going live.
const district: OrgUnit = {
  _id: DISTRICT_ID,
  kind: 'district',
  name: '湖岛街道',
  parentId: null,
  communityId: null,
  hotline: { phone: '0532-83710000', demo: true },
};

const communities: OrgUnit[] = [
  {
    _id: 'c-yichang',
    kind: 'community',
    name: '宜昌路社区',
    parentId: DISTRICT_ID,
    communityId: 'c-yichang',
    hotline: { phone: '0532-83710101', demo: true },
  },
  {
    _id: 'c-ruian',
    kind: 'community',
    name: '瑞安路社区',
    parentId: DISTRICT_ID,
    communityId: 'c-ruian',
    hotline: { phone: '0532-83710202', demo: true },
  },
  {
    _id: 'c-xinglong',
    kind: 'community',
    name: '兴隆路社区',
    parentId: DISTRICT_ID,
    communityId: 'c-xinglong',
    demo: true,
    hotline: { phone: '0532-83710303', demo: true },
  },
];

/** [branch id, branch name, community id, grids: [grid id, grid name, area]] */
type BranchRow = [string, string, string, Array<[string, string, string]>];

// DEMO: branch and grid names and the grouping of the 21 grids into 15 branches.
const branches: BranchRow[] = [
  [
    'b-yc-1',
    '宜昌路第一网格党支部',
    'c-yichang',
    [
      ['g-01', '宜昌路南网格', '楼院小区'],
      ['g-02', '宜昌路北网格', '楼院小区'],
    ],
  ],
  ['b-yc-2', '万安一路网格党支部', 'c-yichang', [['g-03', '万安一路南网格', '楼院小区']]],
  ['b-yc-3', '万安一路北网格党支部', 'c-yichang', [['g-04', '万安一路北网格', '楼院小区']]],
  [
    'b-yc-4',
    '金华路网格党支部',
    'c-yichang',
    [
      ['g-05', '金华路东网格', '楼院小区'],
      ['g-06', '金华路西网格', '楼院小区'],
    ],
  ],
  ['b-yc-5', '环湾大厦楼宇党支部', 'c-yichang', [['g-07', '环湾大厦', '商务楼宇']]],
  [
    'b-ra-1',
    '瑞安路网格党支部',
    'c-ruian',
    [
      ['g-08', '瑞安路单号网格', '楼院小区'],
      ['g-09', '瑞安路双号网格', '楼院小区'],
    ],
  ],
  ['b-ra-2', '五丰路网格党支部', 'c-ruian', [['g-10', '五丰路网格', '楼院小区']]],
  ['b-ra-3', '汇通大厦楼宇党支部', 'c-ruian', [['g-11', '汇通大厦', '商务楼宇']]],
  [
    'b-ra-4',
    '长沙路网格党支部',
    'c-ruian',
    [
      ['g-12', '长沙路南网格', '楼院小区'],
      ['g-13', '长沙路北网格', '楼院小区'],
    ],
  ],
  ['b-ra-5', '杭州路网格党支部', 'c-ruian', [['g-14', '杭州路网格', '楼院小区']]],
  ['b-xl-1', '兴隆支路网格党支部', 'c-xinglong', [['g-15', '兴隆支路网格', '楼院小区']]],
  ['b-xl-2', '美青工业园党支部', 'c-xinglong', [['g-16', '美青工业园', '工业园区']]],
  [
    'b-xl-3',
    '开封路网格党支部',
    'c-xinglong',
    [
      ['g-17', '开封路东网格', '楼院小区'],
      ['g-18', '开封路西网格', '楼院小区'],
    ],
  ],
  [
    'b-xl-4',
    '沈阳路网格党支部',
    'c-xinglong',
    [
      ['g-19', '沈阳路南网格', '楼院小区'],
      ['g-20', '沈阳路北网格', '楼院小区'],
    ],
  ],
  ['b-xl-5', '嘉定路网格党支部', 'c-xinglong', [['g-21', '嘉定路网格', '楼院小区']]],
];

/** [street, from, to, parity, grid]. DEMO: the number ranges; 长沙路 and below are demo streets. */
const rules: Array<[string, number, number, Parity, string]> = [
  ['宜昌路', 1, 99, 'odd', 'g-01'],
  ['宜昌路', 2, 98, 'even', 'g-02'],
  ['宜昌路', 100, 120, 'all', 'g-07'], // 环湾大厦
  ['万安一路', 1, 40, 'all', 'g-03'],
  ['万安一路', 41, 200, 'all', 'g-04'],
  ['金华路', 1, 60, 'all', 'g-05'],
  ['金华路', 61, 200, 'all', 'g-06'],
  ['瑞安路', 1, 199, 'odd', 'g-08'],
  ['瑞安路', 2, 198, 'even', 'g-09'],
  ['瑞安路', 200, 220, 'all', 'g-11'], // 汇通大厦
  ['五丰路', 1, 150, 'all', 'g-10'],
  ['长沙路', 1, 80, 'all', 'g-12'],
  ['长沙路', 81, 200, 'all', 'g-13'],
  ['杭州路', 1, 150, 'all', 'g-14'],
  ['兴隆支路', 1, 50, 'all', 'g-15'],
  ['兴隆支路', 51, 150, 'all', 'g-16'], // 美青工业园
  ['开封路', 1, 99, 'odd', 'g-17'],
  ['开封路', 2, 98, 'even', 'g-18'],
  ['沈阳路', 1, 60, 'all', 'g-19'],
  ['沈阳路', 61, 160, 'all', 'g-20'],
  ['嘉定路', 1, 120, 'all', 'g-21'],
];

export const PARTNERS: Partner[] = [
  {
    _id: 'p-jiali',
    name: '佳丽理发店',
    kind: '个体商户',
    description: '为 90 岁以上老人免费上门理发，每人每年 3 次',
    status: 'approved',
    phone: '13800000006',
  },
  {
    _id: 'p-louzhang',
    name: '楼长修楼工程有限公司',
    kind: '企业',
    description: '为 70 岁以上老人免费疏通上下水、上门维修',
    status: 'approved',
    phone: '13800000007',
  },
  {
    _id: 'p-taineng',
    name: '泰能热电第二热力党支部',
    kind: '企业党支部',
    description: '为困难群众免费地暖打压和清洗',
    status: 'approved',
    phone: '13800000008',
  },
];

export function orgUnits(): OrgUnit[] {
  const units: OrgUnit[] = [district, ...communities];
  for (const [branchId, branchName, communityId, grids] of branches) {
    units.push({ _id: branchId, kind: 'branch', name: branchName, parentId: communityId, communityId, demo: true });
    for (const [gridId, gridName, area] of grids) {
      units.push({ _id: gridId, kind: 'grid', name: gridName, parentId: branchId, communityId, area, demo: true });
    }
  }
  return units;
}

export function addressRules(): AddressRule[] {
  return rules.map(([street, from, to, parity, gridId], i) => ({
    _id: `r-${String(i + 1).padStart(3, '0')}`,
    street,
    from,
    to,
    parity,
    gridId,
  }));
}

export interface Persona {
  /** What `POST /api/dev/login { persona }` takes. */
  id: string;
  openid: string;
  name: string;
  phone: string;
  roleLabel: string;
  description: string;
  bindings: RoleBinding[];
}

/** DEMO people, one per role the product serves. */
export const PERSONAS: Persona[] = [
  {
    id: 'resident',
    openid: 'demo-resident',
    name: '王建华',
    phone: '13800000001',
    roleLabel: '居民',
    description: '住万安一路6号，常反映楼道问题',
    bindings: [],
  },
  {
    id: 'relative',
    openid: 'demo-relative',
    name: '张丽',
    phone: '13800000002',
    roleLabel: '老人家属',
    description: '替 92 岁的父亲张德顺预约上门服务',
    bindings: [],
  },
  {
    id: 'grid_worker',
    openid: 'demo-grid-worker',
    name: '刘芳',
    phone: '13800000003',
    roleLabel: '网格员',
    description: '万安一路网格党支部',
    bindings: [{ role: 'grid_staff', branchId: 'b-yc-2' }],
  },
  {
    id: 'community_admin',
    openid: 'demo-community-admin',
    name: '陈明',
    phone: '13800000004',
    roleLabel: '社区管理员',
    description: '宜昌路社区',
    bindings: [{ role: 'community_admin', communityId: 'c-yichang' }],
  },
  {
    id: 'district_admin',
    openid: 'demo-district-admin',
    name: '赵强',
    phone: '13800000005',
    roleLabel: '街道管理员',
    description: '湖岛街道办事处',
    bindings: [{ role: 'district_admin' }],
  },
  {
    id: 'partner_barber',
    openid: 'demo-partner-barber',
    name: '孙丽娜',
    phone: '13800000006',
    roleLabel: '红色合伙人',
    description: '佳丽理发店',
    bindings: [{ role: 'partner_staff', partnerId: 'p-jiali' }],
  },
  {
    id: 'partner_repair',
    openid: 'demo-partner-repair',
    name: '周国栋',
    phone: '13800000007',
    roleLabel: '红色合伙人',
    description: '楼长修楼工程有限公司',
    bindings: [{ role: 'partner_staff', partnerId: 'p-louzhang' }],
  },
  {
    id: 'partner_heating',
    openid: 'demo-partner-heating',
    name: '吴海涛',
    phone: '13800000008',
    roleLabel: '红色合伙人',
    description: '泰能热电第二热力党支部',
    bindings: [{ role: 'partner_staff', partnerId: 'p-taineng' }],
  },
  ...ENTERPRISE_PERSONAS,
];
