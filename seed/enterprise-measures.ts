/**
 * Demo data of 定向招聘 and 定位推送 (企业直通车, the 三定 measures).
 *
 * Facts from the source article: "根据企业定位和需求推送市级政策181项、区级政策15项".
 * The seed publishes exactly 181 city-level and 15 district-level policies and
 * pushes every one of them to the demo enterprises it fits, so the figures on
 * 政策推送 (staffPolicies) read 181 and 15 from the data, not from a constant.
 *
 * DEMO DATA (invented, marked `demo: true`): every policy title, issuer
 * wording, deadline and summary (they follow the shape of real Qingdao
 * notices but are not real documents), every job opening, and which
 * enterprise read or applied for what.
 */
import { inShanghai } from '../server/core/time';
import { queueMessage } from '../server/domain/notify/outbox';
import { ENTERPRISES, type EnterpriseDoc } from '../server/domain/enterprise/model';
import { JOBS, type JobDoc } from '../server/domain/enterprise/jobs';
import {
  POLICIES,
  POLICY_MARKS,
  markId,
  type PolicyDoc,
  type PolicyLevel,
  type PolicyMarkDoc,
  type PolicyTopic,
} from '../server/domain/enterprise/policies';
import { policyFits } from '../server/domain/enterprise/policy-match';
import { policyPushMessage } from '../server/domain/enterprise/policy-notices';
import { contactOpenids } from '../server/domain/enterprise/measures-access';
import type { DocumentStore } from '../server/store/port';

export const CITY_POLICY_COUNT = 181;
export const DISTRICT_POLICY_COUNT = 15;
const SEED_BATCH = 25;

/** [topic, issuer, subject] rows the demo titles are built from. */
const CITY_SUBJECTS: Array<[PolicyTopic, string, string]> = [
  ['finance', '青岛市地方金融监督管理局', '中小微企业首贷贴息'],
  ['finance', '青岛市财政局', '政府性融资担保降费奖补'],
  ['finance', '中国人民银行青岛市分行', '科技型企业知识产权质押融资'],
  ['tax', '国家税务总局青岛市税务局', '小型微利企业所得税优惠'],
  ['tax', '青岛市财政局', '制造业中小微企业缓缴税费'],
  ['employment', '青岛市人力资源和社会保障局', '失业保险稳岗返还'],
  ['employment', '青岛市人力资源和社会保障局', '吸纳重点群体就业补贴'],
  ['talent', '青岛市人力资源和社会保障局', '青年人才在青创新创业补贴'],
  ['talent', '青岛市科学技术局', '高层次人才引进奖励'],
  ['innovation', '青岛市科学技术局', '高新技术企业认定奖励'],
  ['innovation', '青岛市科学技术局', '企业研发投入奖励'],
  ['industry', '青岛市工业和信息化局', '工业企业技术改造综合奖补'],
  ['industry', '青岛市工业和信息化局', '专精特新中小企业培育'],
  ['industry', '青岛市工业和信息化局', '智能制造和数字化转型奖补'],
  ['trade', '青岛市商务局', 'RCEP 外贸企业出口信用保险补贴'],
  ['trade', '青岛市商务局', '跨境电商发展扶持'],
];

const DISTRICT_SUBJECTS: Array<[PolicyTopic, string, string]> = [
  ['industry', '市北区工业和信息化局', '楼宇经济扶持'],
  ['finance', '市北区财政局', '中小企业应急转贷'],
  ['employment', '市北区人力资源局', '家门口就业服务补贴'],
  ['innovation', '市北区科技局', '科技型中小企业培育奖励'],
  ['other', '市北区发展和改革局', '营商环境优化服务'],
];

/** Which industries a subject is aimed at (empty: every industry); sizes likewise. */
const AIM: Partial<Record<string, { industries: string[]; sizes: string[] }>> = {
  工业企业技术改造综合奖补: { industries: ['manufacturing'], sizes: [] },
  智能制造和数字化转型奖补: { industries: ['manufacturing', 'it'], sizes: [] },
  专精特新中小企业培育: { industries: [], sizes: ['medium', 'small', 'micro'] },
  中小微企业首贷贴息: { industries: [], sizes: ['medium', 'small', 'micro'] },
  小型微利企业所得税优惠: { industries: [], sizes: ['small', 'micro'] },
  高新技术企业认定奖励: { industries: ['research', 'it', 'manufacturing'], sizes: [] },
  企业研发投入奖励: { industries: ['research', 'manufacturing', 'it'], sizes: [] },
  楼宇经济扶持: { industries: ['business_services', 'it', 'research'], sizes: [] },
  科技型企业知识产权质押融资: { industries: ['research', 'it', 'manufacturing'], sizes: [] },
};

interface DemoPolicy {
  id: string;
  level: PolicyLevel;
  topic: PolicyTopic;
  issuer: string;
  title: string;
  industries: string[];
  sizes: string[];
  /** Days before the seed's today it was published. */
  age: number;
  /** Days after publication applications close, or null. */
  window: number | null;
}

function demoPolicies(): DemoPolicy[] {
  const build = (level: PolicyLevel, subjects: typeof CITY_SUBJECTS, count: number, prefix: string): DemoPolicy[] =>
    Array.from({ length: count }, (_, i) => {
      const [topic, issuer, subject] = subjects[i % subjects.length];
      const round = Math.floor(i / subjects.length) + 1;
      const aim = AIM[subject] ?? { industries: [], sizes: [] };
      return {
        id: `pol-demo-${prefix}-${String(i + 1).padStart(3, '0')}`,
        level,
        topic,
        issuer,
        title: `${subject}政策（第 ${round} 批）`,
        industries: aim.industries,
        sizes: aim.sizes,
        // Spread over the last year, the newest first in id order.
        age: 2 + Math.floor((i * 360) / count),
        window: i % 3 === 0 ? null : 30 + (i % 5) * 15,
      };
    });
  return [
    ...build('city', CITY_SUBJECTS, CITY_POLICY_COUNT, 'city'),
    ...build('district', DISTRICT_SUBJECTS, DISTRICT_POLICY_COUNT, 'district'),
  ];
}

/** How a demo enterprise dealt with a demo policy: the newest are still unread, a few were applied for. */
function demoMark(policyIndex: number, enterpriseIndex: number, age: number): PolicyMarkDoc['state'] {
  if (age <= 10) return 'pushed';
  return (policyIndex + enterpriseIndex) % 7 === 0 ? 'applied' : 'read';
}

/** [enterprise name as ent1's seed spells it, title, description, openings, filled, pay, workplace] */
type JobRow = [string, string, string, number, number, string, string];
const DEMO_JOBS: JobRow[] = [
  [
    '固特房车(青岛)营地装备有限公司',
    '房车总装工',
    '负责房车车身、内饰总装；有汽车或家具装配经验优先，会看图纸。长白班，周末双休。',
    6,
    2,
    '5500–7500 元/月',
    '美青工业园 3 号厂房',
  ],
  [
    '固特房车(青岛)营地装备有限公司',
    '电焊工',
    '车架焊接，持焊工证，二氧化碳保护焊熟练。',
    3,
    3,
    '7000–9000 元/月',
    '美青工业园 3 号厂房',
  ],
  [
    '青岛国林环保科技股份有限公司',
    '设备操作工',
    '臭氧发生器生产线操作、日常点检；高中以上学历，能倒班。',
    4,
    1,
    '5000–6500 元/月',
    '兴隆支路 6 号',
  ],
  [
    '中车青岛四方车辆研究所有限公司',
    '电气装配工',
    '轨道交通电气柜装配接线；电工证优先，细心耐心。',
    5,
    0,
    '6000–8000 元/月',
    '瑞昌路 231 号',
  ],
];

function jobDoc(row: JobRow, enterprise: EnterpriseDoc, index: number, now: Date): JobDoc {
  const [, title, description, openings, filled, pay, workplace] = row;
  const posted = new Date(now.getTime() - (20 - index * 4) * 86_400_000).toISOString();
  return {
    _id: `job-demo-${String(index + 1).padStart(2, '0')}`,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    industry: enterprise.industry,
    title,
    description,
    openings,
    filled,
    pay,
    workplace,
    status: filled >= openings ? 'filled' : 'open',
    interested: 0,
    postedBy: enterprise.registeredBy,
    postedAt: posted,
    closedAt: null,
    version: 1,
    createdAt: posted,
    updatedAt: posted,
    demo: true,
  };
}

async function verifiedDemoEnterprises(store: DocumentStore): Promise<EnterpriseDoc[]> {
  return store.find(ENTERPRISES, { status: 'verified' }, { orderBy: [['_id', 'asc']], limit: 1000 });
}

/** Idempotent: a store that already has the first demo policy is left alone. Runs after the enterprises' seed. */
export async function seedEnterpriseMeasures(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  if (await store.get(POLICIES, 'pol-demo-city-001')) return { seeded: false };
  const enterprises = await verifiedDemoEnterprises(store);
  const contacts = new Map(
    await Promise.all(enterprises.map(async (e) => [e._id, await contactOpenids(store, e._id)] as const)),
  );

  const policies = demoPolicies();
  const rows: Array<{ policy: PolicyDoc; marks: PolicyMarkDoc[]; published: Date }> = [];
  for (const [pi, p] of policies.entries()) {
    const published = new Date(now.getTime() - p.age * 86_400_000);
    const at = published.toISOString();
    const fitting = enterprises.filter((e) => policyFits(p, e));
    const marks = fitting.map((e, ei): PolicyMarkDoc => {
      const state = demoMark(pi, ei, p.age);
      return {
        _id: markId(p.id, e._id),
        policyId: p.id,
        enterpriseId: e._id,
        level: p.level,
        state,
        pushedAt: at,
        readAt: state === 'pushed' ? null : at,
        appliedAt: state === 'applied' ? at : null,
        appliedBy: state === 'applied' ? (contacts.get(e._id)?.[0] ?? null) : null,
        updatedAt: at,
        demo: true,
      };
    });
    const policy: PolicyDoc = {
      _id: p.id,
      title: p.title,
      level: p.level,
      topic: p.topic,
      issuer: p.issuer,
      summary: `（演示数据）${p.issuer}发布的${p.title}：扶持对象、申报条件和办理方式以发布部门的正式文件为准。街道经济工作组可协助准备申报材料。`,
      industries: p.industries,
      sizes: p.sizes,
      deadline: p.window === null ? null : inShanghai(published).add(p.window, 'day').format('YYYY-MM-DD'),
      status: 'published',
      publishedBy: 'demo-economic-staff',
      publishedAt: at,
      pushPending: false,
      pushCursor: fitting.length > 0 ? fitting[fitting.length - 1]._id : null,
      pushed: marks.length,
      read: marks.filter((m) => m.state !== 'pushed').length,
      applied: marks.filter((m) => m.state === 'applied').length,
      version: 1,
      createdAt: at,
      updatedAt: at,
      demo: true,
    };
    rows.push({ policy, marks, published });
  }
  // A few policies per transaction: the seed runs before every test suite, and 196 commits would cost more than the data.
  for (let i = 0; i < rows.length; i += SEED_BATCH) {
    await store.transaction(async (tx) => {
      for (const { policy, marks, published } of rows.slice(i, i + SEED_BATCH)) {
        await tx.set(POLICIES, policy);
        for (const mark of marks) {
          await tx.set(POLICY_MARKS, mark);
          // The unread ones are in the contacts' 消息 too, as the push left them.
          if (mark.state === 'pushed')
            for (const recipient of contacts.get(mark.enterpriseId) ?? [])
              await queueMessage(tx, { recipient, ...policyPushMessage(policy, published) }, published);
        }
      }
    });
  }
  const byName = new Map(enterprises.map((e) => [e.name, e]));
  await store.transaction(async (tx) => {
    for (const [i, row] of DEMO_JOBS.entries()) {
      const enterprise = byName.get(row[0]);
      if (enterprise) await tx.set(JOBS, jobDoc(row, enterprise, i, now));
    }
  });
  return { seeded: true };
}
