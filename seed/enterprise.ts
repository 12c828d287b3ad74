/**
 * Seed data of 企业直通车, loaded by server/seed.ts.
 *
 * Facts from the source article: the sub-district formed an economic work team
 * (经济工作队伍); 党工委成员 and responsible departments (责任科室) each serve
 * assigned enterprises (全覆盖一对一服务企业); cadres visit enterprises
 * (街道干部进百企); the leading enterprises named as examples are 中车青岛四方车辆研究所有限公司,
 * 青岛国林环保科技股份有限公司 and 固特房车(青岛)营地装备有限公司; 环湾大厦 and 汇通大厦
 * are business towers, 美青工业园 an industrial park.
 *
 * DEMO DATA (invented, marked `demo: true`): every credit code (valid check
 * digits, but not the companies' real codes), address, size and contact;
 * the smaller enterprises; the department and leader names; who serves whom;
 * and every person.
 */
import type { Persona } from './hudao';
import { newUser, USERS, withBindings, type UserDoc } from '../server/domain/account/users';
import {
  CONTACTS,
  contactId,
  DEPARTMENTS,
  ENTERPRISES,
  enterpriseId,
  LIAISONS,
  type DepartmentDoc,
  type EnterpriseDoc,
  type LiaisonDoc,
} from '../server/domain/enterprise/model';
import type { DocumentStore } from '../server/store/port';
import { POLICY_VERSION } from '../src/privacy/data';
import { inShanghai } from '../server/core/time';
import { VISITS, type VisitDoc } from '../server/domain/enterprise/visits';

export const ENTERPRISE_PERSONAS: Persona[] = [
  {
    id: 'enterprise_contact',
    openid: 'demo-enterprise-contact',
    name: '马晓东',
    phone: '13800000009',
    roleLabel: '企业联系人',
    description: '固特房车(青岛)营地装备有限公司',
    bindings: [{ role: 'enterprise_contact', enterpriseId: 'ent-91370203madx000032' }],
  },
  {
    id: 'liaison',
    openid: 'demo-liaison',
    name: '周敏',
    phone: '13800000010',
    roleLabel: '包联干部',
    description: '经济服务办公室，包联固特房车等企业',
    bindings: [{ role: 'enterprise_liaison', liaisonId: 'lia-economy' }],
  },
  {
    id: 'economic_staff',
    openid: 'demo-economic-staff',
    name: '高磊',
    phone: '13800000011',
    roleLabel: '经济工作组',
    description: '核实企业登记、安排包联、统计走访',
    bindings: [{ role: 'economic_staff' }],
  },
];

export const DEPARTMENT_SEED: Array<Omit<DepartmentDoc, 'demo'>> = [
  { _id: 'dept-economy', name: '经济服务办公室', duty: '企业服务、融资对接、政策咨询' },
  { _id: 'dept-social', name: '社会事务办公室', duty: '就业招工、社会保障' },
  { _id: 'dept-urban', name: '城市建设管理办公室', duty: '经营场地、审批手续' },
  { _id: 'dept-office', name: '党政办公室', duty: '综合协调和其他事项' },
];

export const LIAISON_SEED: Array<Omit<LiaisonDoc, 'demo'>> = [
  { _id: 'lia-secretary', kind: 'leader', name: '王立新', title: '街道党工委书记', departmentId: null, active: true },
  { _id: 'lia-director', kind: 'leader', name: '李红梅', title: '街道办事处主任', departmentId: null, active: true },
  {
    _id: 'lia-deputy',
    kind: 'leader',
    name: '孙志刚',
    title: '街道党工委副书记',
    departmentId: 'dept-office',
    active: true,
  },
  {
    _id: 'lia-economy',
    kind: 'department',
    name: '经济服务办公室',
    title: '企业服务、融资对接、政策咨询',
    departmentId: 'dept-economy',
    active: true,
  },
  {
    _id: 'lia-social',
    kind: 'department',
    name: '社会事务办公室',
    title: '就业招工、社会保障',
    departmentId: 'dept-social',
    active: true,
  },
];

type SeedEnterprise = Pick<
  EnterpriseDoc,
  'name' | 'creditCode' | 'industry' | 'size' | 'address' | 'contactName' | 'contactPhone' | 'status' | 'liaisonId'
> & {
  /** Days before seeding of the latest visit; null: never visited. */
  visitedDaysAgo: number | null;
  /** The contact who logs in, if any (a persona). */
  contactOpenid?: string;
};

/** The first three are the article's examples; the rest are invented neighbours in its towers and park. */
export const ENTERPRISE_SEED: SeedEnterprise[] = [
  {
    name: '中车青岛四方车辆研究所有限公司',
    creditCode: '91370203MADX00001U',
    industry: 'research',
    size: 'large',
    address: '瑞昌路 231 号',
    contactName: '陈建国',
    contactPhone: '13800000101',
    status: 'verified',
    liaisonId: 'lia-secretary',
    visitedDaysAgo: 20,
  },
  {
    name: '青岛国林环保科技股份有限公司',
    creditCode: '91370203MADX00002Y',
    industry: 'manufacturing',
    size: 'medium',
    address: '兴隆支路 6 号',
    contactName: '刘洋',
    contactPhone: '13800000102',
    status: 'verified',
    liaisonId: 'lia-director',
    visitedDaysAgo: 45,
  },
  {
    name: '固特房车(青岛)营地装备有限公司',
    creditCode: '91370203MADX000032',
    industry: 'manufacturing',
    size: 'medium',
    address: '美青工业园 3 号厂房',
    contactName: '马晓东',
    contactPhone: '13800000009',
    status: 'verified',
    liaisonId: 'lia-economy',
    visitedDaysAgo: 10,
    contactOpenid: 'demo-enterprise-contact',
  },
  {
    name: '青岛湾汇软件科技有限公司',
    creditCode: '91370203MADX000045',
    industry: 'it',
    size: 'small',
    address: '环湾大厦 1205 室',
    contactName: '赵敏',
    contactPhone: '13800000104',
    status: 'verified',
    liaisonId: 'lia-economy',
    visitedDaysAgo: 200,
  },
  {
    name: '青岛汇通商贸有限公司',
    creditCode: '91370203MADX000058',
    industry: 'wholesale_retail',
    size: 'small',
    address: '汇通大厦 8 层',
    contactName: '钱伟',
    contactPhone: '13800000105',
    status: 'verified',
    liaisonId: 'lia-social',
    visitedDaysAgo: null,
  },
  {
    name: '青岛美青食品加工有限公司',
    creditCode: '91370203MADX00006B',
    industry: 'manufacturing',
    size: 'micro',
    address: '美青工业园 7 号厂房',
    contactName: '孙浩',
    contactPhone: '13800000106',
    status: 'verified',
    liaisonId: null,
    visitedDaysAgo: null,
  },
  {
    name: '青岛环湾物流有限公司',
    creditCode: '91370203MADX00007E',
    industry: 'logistics',
    size: 'small',
    address: '环湾大厦 601 室',
    contactName: '周静',
    contactPhone: '13800000107',
    status: 'pending',
    liaisonId: null,
    visitedDaysAgo: null,
  },
];

/** A date (YYYY-MM-DD) in Shanghai, `days` before `now`. */
function shanghaiDaysAgo(now: Date, days: number): string {
  return inShanghai(now).subtract(days, 'day').format('YYYY-MM-DD');
}

/** DEMO: what the visitors wrote; one finding per visit, as the article's "问题77个" were collected. */
const VISIT_NOTES: Record<string, { visitors: string; peopleMet: string; findings: string[] }> = {
  '91370203MADX00001U': {
    visitors: '王立新、高磊',
    peopleMet: '陈建国（综合管理部部长）',
    findings: ['新厂区员工通勤班车停靠点需要协调'],
  },
  '91370203MADX00002Y': {
    visitors: '李红梅、高磊',
    peopleMet: '刘洋（行政总监）',
    findings: ['扩产需要流动资金，想了解低息贷款政策'],
  },
  '91370203MADX000032': {
    visitors: '周敏',
    peopleMet: '马晓东（人事经理）',
    findings: ['旺季前需要招焊工和装配工 20 人左右'],
  },
  '91370203MADX000045': { visitors: '周敏', peopleMet: '赵敏（总经理）', findings: ['想申报高新技术企业，不清楚条件'] },
};

export function seedEnterpriseDocs(now: Date): { enterprises: EnterpriseDoc[]; visits: VisitDoc[] } {
  const at = now.toISOString();
  const enterprises = ENTERPRISE_SEED.map(({ visitedDaysAgo, contactOpenid: _contact, ...e }): EnterpriseDoc => ({
    _id: enterpriseId(e.creditCode),
    ...e,
    rejectReason: null,
    verifiedBy: e.status === 'verified' ? 'demo-economic-staff' : null,
    verifiedAt: e.status === 'verified' ? at : null,
    liaisonAssignedAt: e.liaisonId ? at : null,
    lastVisitDate: visitedDaysAgo === null ? null : shanghaiDaysAgo(now, visitedDaysAgo),
    registeredBy: `demo-contact-${e.creditCode.slice(-4).toLowerCase()}`,
    version: 1,
    createdAt: at,
    updatedAt: at,
    demo: true,
  }));
  const visits = enterprises.flatMap((e): VisitDoc[] => {
    const notes = VISIT_NOTES[e.creditCode];
    if (!notes || e.lastVisitDate === null) return [];
    const findings = notes.findings.map((text, i) => ({ id: `f${i + 1}`, text, requestId: null }));
    return [
      {
        _id: `visit_demo_${e.creditCode.slice(-4).toLowerCase()}`,
        enterpriseId: e._id,
        enterpriseName: e.name,
        liaisonId: e.liaisonId,
        date: e.lastVisitDate,
        visitors: notes.visitors,
        peopleMet: notes.peopleMet,
        findings,
        createdBy: 'demo-economic-staff',
        createdAt: at,
        demo: true,
      },
    ];
  });
  return { enterprises, visits };
}

/** Loads the demo of 企业直通车 once; a store from before this job gets it (and its personas) on the next start. */
export async function seedEnterprise(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  if (await store.get(LIAISONS, 'lia-economy')) return { seeded: false };
  const at = now.toISOString();
  const { enterprises, visits } = seedEnterpriseDocs(now);
  const missingPersonas: Persona[] = [];
  for (const persona of ENTERPRISE_PERSONAS)
    if (!(await store.get(USERS, persona.openid))) missingPersonas.push(persona);
  await store.transaction(async (tx) => {
    for (const d of DEPARTMENT_SEED) await tx.set(DEPARTMENTS, { ...d, demo: true });
    for (const l of LIAISON_SEED) await tx.set(LIAISONS, { ...l, demo: true });
    for (const e of enterprises) {
      await tx.set(ENTERPRISES, e);
      const seed = ENTERPRISE_SEED.find((s) => s.creditCode === e.creditCode)!;
      const openid = seed.contactOpenid ?? e.registeredBy;
      await tx.set(CONTACTS, {
        _id: contactId(e._id, openid),
        enterpriseId: e._id,
        openid,
        name: e.contactName,
        phone: e.contactPhone,
        joinedVia: 'registration',
        joinedAt: at,
        demo: true,
      });
    }
    for (const v of visits) await tx.set(VISITS, v);
    for (const persona of missingPersonas) {
      const user: UserDoc = {
        ...withBindings(newUser(persona.openid, now, persona.name), persona.bindings, now),
        phone: persona.phone,
        consent: { version: POLICY_VERSION, at },
        demo: true,
      };
      await tx.set(USERS, user);
    }
  });
  return { seeded: true };
}
