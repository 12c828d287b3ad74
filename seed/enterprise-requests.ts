/**
 * Demo data of the direct line (企业直通车 诉求), loaded by server/seed.ts after
 * seed/enterprise.ts (it needs the demo enterprises, departments and liaisons).
 *
 * Facts from the source article: 77 enterprise requests collected and solved,
 * over 50 million yuan (5,000 万元) of financing needs met, over 100 jobs filled.
 * DEMO DATA (invented, marked `demo: true`): every request, its wording, dates,
 * amounts, outcomes and ratings, and the bank products; they are chosen so the
 * statistics reproduce the article's figures: 77 solved, 5,260 万元 financing
 * secured, 126 jobs filled (tests/integration/enterprise-requests.test.ts).
 */
import { CONTACTS, ENTERPRISES, type EnterpriseDoc } from '../server/domain/enterprise/model';
import { routeOf } from '../server/domain/enterprise/requests/access';
import {
  FINANCE_PRODUCTS,
  type FinanceProductDoc,
  type FinancingMatch,
  type RequestDoc,
  type RequestEvent,
  type RequestType,
} from '../server/domain/enterprise/requests/model';
import type { RequestAudience } from '../server/domain/enterprise/requests/notices';
import { nextTicketNo, startOfHandling } from '../server/domain/enterprise/requests/file';
import { REQUEST_TYPE_SPECS } from '../server/domain/enterprise/requests/types';
import { saveRequest } from '../server/domain/enterprise/requests/write';
import { loadSettings } from '../server/domain/issues/settings';
import { shanghaiDay } from '../server/domain/sla/calendar';
import type { DocumentStore } from '../server/store/port';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Demo history sends no messages: nobody should find 80 old notices in their inbox. */
const SILENT: RequestAudience = { contacts: [], handlers: [], team: [] };

export const FINANCE_PRODUCT_SEED: Array<Omit<FinanceProductDoc, 'createdAt' | 'updatedAt' | 'version' | 'demo'>> = [
  {
    _id: 'fp-tech-loan',
    name: '科创快贷',
    provider: '青岛银行市北支行',
    category: 'bank_loan',
    minWan: 50,
    maxWan: 1000,
    maxTermMonths: 36,
    industries: ['research', 'it', 'manufacturing'],
    rateNote: '年利率 3.45% 起',
    description: '面向科技型中小企业的信用贷款',
    active: true,
  },
  {
    _id: 'fp-micro-loan',
    name: '小微易贷',
    provider: '农商银行湖岛支行',
    category: 'bank_loan',
    minWan: 10,
    maxWan: 300,
    maxTermMonths: 12,
    industries: [],
    rateNote: '年利率 3.8% 起，随借随还',
    description: '小微企业流动资金贷款，线上申请',
    active: true,
  },
  {
    _id: 'fp-guarantee',
    name: '政府性融资担保',
    provider: '市融资担保中心',
    category: 'guarantee',
    minWan: 100,
    maxWan: 2000,
    maxTermMonths: 36,
    industries: [],
    rateNote: '担保费率 1% 以下',
    description: '为缺少抵押物的企业提供担保',
    active: true,
  },
  {
    _id: 'fp-job-subsidy',
    name: '稳岗扩岗贷款贴息',
    provider: '区人力资源和社会保障局',
    category: 'subsidy',
    minWan: 10,
    maxWan: 500,
    maxTermMonths: 24,
    industries: [],
    rateNote: '贴息 50%',
    description: '新招用人员达到条件的，贷款利息给予补贴',
    active: true,
  },
  {
    _id: 'fp-equipment',
    name: '设备更新贷',
    provider: '工商银行市北支行',
    category: 'bank_loan',
    minWan: 100,
    maxWan: 1500,
    maxTermMonths: 60,
    industries: ['manufacturing', 'logistics'],
    rateNote: '年利率 3.2% 起',
    description: '购置、更新生产设备的中长期贷款',
    active: true,
  },
];

/** The solved requests: 18 financing (5,260 万元), 22 hiring (126 jobs), 20 policy (38 policies), 7 premises, 6 permits, 4 other. */
const FINANCING_WAN = [800, 600, 500, 450, 400, 350, 300, 300, 280, 250, 200, 200, 180, 150, 120, 100, 50, 30];
const HIRING_JOBS = [12, 10, 10, 9, 8, 8, 7, 6, 6, 6, 5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 2, 2];
const POLICIES = [3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1];

interface Plan {
  type: RequestType;
  title: string;
  description: string;
  financing?: { amountWan: number; purpose: string; termMonths: number; productId: string };
  outcome?: { financingWan: number; jobsFilled: number; policiesApplied: number; summary: string };
  stars?: number;
}

const PURPOSES = ['购置生产设备', '补充流动资金', '厂房改造', '研发投入', '原材料采购'];
const JOBS = ['焊工', '装配工', '叉车司机', '质检员', '软件测试', '仓库管理员', '电工'];
const POLICY_TOPICS = ['研发费用加计扣除', '专精特新企业认定', '稳岗补贴', '高新技术企业认定', '首台套保险补偿'];
const OTHER = [
  [
    'premises',
    '扩产需要仓储场地',
    '订单增加，需要在附近租用 500 平方米仓库，请街道帮助对接园区空置厂房。',
    '已对接美青工业园空置厂房，企业已签约租用',
  ],
  [
    'permits',
    '新建车间消防审批咨询',
    '新建车间需要办理消防验收，不清楚材料和流程，请街道协调。',
    '已协调相关部门上门指导，验收已通过',
  ],
  [
    'other',
    '门前道路破损影响货车进出',
    '厂区门前道路有坑洼，大货车进出困难，请帮助协调修补。',
    '已协调城管部门修补路面',
  ],
] as const;

function solvedPlans(): Plan[] {
  const plans: Plan[] = [];
  FINANCING_WAN.forEach((wan, i) =>
    plans.push({
      type: 'financing',
      title: `融资需求 ${wan} 万元`,
      description: `企业${PURPOSES[i % PURPOSES.length]}需要资金 ${wan} 万元，希望街道帮助对接银行。`,
      financing: {
        amountWan: wan,
        purpose: PURPOSES[i % PURPOSES.length],
        termMonths: i % 3 === 0 ? 36 : 12,
        productId: wan >= 100 ? (i % 2 ? 'fp-guarantee' : 'fp-tech-loan') : 'fp-micro-loan',
      },
      outcome: { financingWan: wan, jobsFilled: 0, policiesApplied: 0, summary: `已对接银行，放款 ${wan} 万元` },
      stars: i % 7 === 3 ? 4 : 5,
    }),
  );
  HIRING_JOBS.forEach((n, i) =>
    plans.push({
      type: 'hiring',
      title: `招${JOBS[i % JOBS.length]} ${n} 名`,
      description: `生产需要，急招${JOBS[i % JOBS.length]} ${n} 名，请街道帮助发布并推荐人员。`,
      outcome: {
        financingWan: 0,
        jobsFilled: n,
        policiesApplied: 0,
        summary: `通过社区就业服务站推荐，已招到 ${n} 人`,
      },
      stars: i % 5 === 2 ? 4 : 5,
    }),
  );
  POLICIES.forEach((n, i) =>
    plans.push({
      type: 'policy',
      title: `咨询${POLICY_TOPICS[i % POLICY_TOPICS.length]}`,
      description: `想了解${POLICY_TOPICS[i % POLICY_TOPICS.length]}政策企业是否符合、怎么申报。`,
      outcome: { financingWan: 0, jobsFilled: 0, policiesApplied: n, summary: `已上门讲解政策，指导企业申报 ${n} 项` },
      stars: 5,
    }),
  );
  const others: Array<[RequestType, number]> = [
    ['premises', 7],
    ['permits', 6],
    ['other', 4],
  ];
  for (const [type, count] of others) {
    const sample = OTHER.find((o) => o[0] === type)!;
    for (let i = 0; i < count; i++)
      plans.push({
        type,
        title: sample[1],
        description: sample[2],
        outcome: { financingWan: 0, jobsFilled: 0, policiesApplied: 0, summary: sample[3] },
        stars: i === 1 ? 3 : 5,
      });
  }
  return plans;
}

/** 10:00 Shanghai on the working day `daysAgo` before now (weekends move back to Friday). */
function filedAt(now: Date, daysAgo: number): Date {
  const day = new Date(now.getTime() - daysAgo * DAY + 8 * HOUR);
  const dow = day.getUTCDay();
  const back = dow === 6 ? 1 : dow === 0 ? 2 : 0;
  const date = new Date(day.getTime() - back * DAY).toISOString().slice(0, 10);
  return new Date(`${date}T10:00:00+08:00`);
}

interface Ctx {
  store: DocumentStore;
  settings: Awaited<ReturnType<typeof loadSettings>>;
}

async function step(
  store: DocumentStore,
  before: RequestDoc,
  patch: Partial<RequestDoc>,
  event: Omit<RequestEvent, 'at' | 'from' | 'to'>,
  at: Date,
): Promise<RequestDoc> {
  return store.transaction(async (tx) =>
    saveRequest(tx, before, { ...before, ...patch, version: before.version + 1 }, event, [], SILENT, at),
  );
}

async function file(
  c: Ctx,
  enterprise: EnterpriseDoc,
  contact: { openid: string; name: string },
  plan: Plan,
  at: Date,
  key: string,
): Promise<RequestDoc> {
  const spec = REQUEST_TYPE_SPECS[plan.type];
  const route = await routeOf(c.store, enterprise, spec.departmentId);
  const day = shanghaiDay(at);
  return c.store.transaction(async (tx) => {
    const doc: RequestDoc = {
      _id: `rq_demo_${key}`,
      ticketNo: await nextTicketNo(tx, day),
      requestId: `demo-${key}`,
      enterpriseId: enterprise._id,
      enterpriseName: enterprise.name,
      industry: enterprise.industry,
      filedBy: contact.openid,
      filedByName: contact.name,
      type: plan.type,
      title: plan.title,
      description: plan.description,
      attachments: [],
      financing: plan.financing
        ? {
            amountWan: plan.financing.amountWan,
            purpose: plan.financing.purpose,
            termMonths: plan.financing.termMonths,
          }
        : null,
      ...route,
      source: 'enterprise',
      visitId: null,
      ...startOfHandling(at, spec.resolveDays, c.settings),
      demo: true,
    };
    return saveRequest(
      tx,
      null,
      doc,
      {
        type: 'filed',
        note: `已转${route.liaisonName ? `包联干部${route.liaisonName}和` : ''}${route.departmentName}办理`,
        public: true,
        actor: contact.openid,
        actorName: contact.name,
      },
      [],
      SILENT,
      at,
    );
  });
}

const STAFF = { actor: 'demo-liaison', actorName: '包联干部' };

async function accept(c: Ctx, r: RequestDoc, at: Date): Promise<RequestDoc> {
  return step(
    c.store,
    r,
    { state: 'in_progress', acceptedAt: at.toISOString() },
    { type: 'accepted', note: `${r.departmentName}已受理`, public: true, ...STAFF },
    at,
  );
}

async function grant(c: Ctx, r: RequestDoc, plan: Plan, at: Date, granted: boolean): Promise<RequestDoc> {
  const product = FINANCE_PRODUCT_SEED.find((p) => p._id === plan.financing!.productId)!;
  const proposed: FinancingMatch = {
    productId: product._id,
    productName: product.name,
    provider: product.provider,
    status: 'proposed',
    grantedWan: null,
    note: '',
    at: at.toISOString(),
    by: STAFF.actor,
  };
  let next = await step(
    c.store,
    r,
    { matches: [proposed] },
    { type: 'matched', note: `推荐${product.provider}“${product.name}”`, public: true, ...STAFF },
    at,
  );
  if (!granted) return next;
  const later = new Date(at.getTime() + 2 * DAY);
  next = await step(
    c.store,
    next,
    { matches: [{ ...proposed, status: 'granted', grantedWan: plan.financing!.amountWan, at: later.toISOString() }] },
    {
      type: 'match_outcome',
      note: `${product.provider}“${product.name}”已放款 ${plan.financing!.amountWan} 万元`,
      public: true,
      ...STAFF,
    },
    later,
  );
  return next;
}

/** Loads the demo requests and bank products once (after seed/enterprise.ts). */
export async function seedEnterpriseRequests(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  if (await store.get(FINANCE_PRODUCTS, 'fp-tech-loan')) return { seeded: false };
  const enterprises = (
    await store.find(ENTERPRISES, { status: 'verified' }, { orderBy: [['createdAt', 'asc']], limit: 50 })
  ).filter((e) => e.demo);
  if (enterprises.length === 0) return { seeded: false };
  const at = now.toISOString();
  await store.transaction(async (tx) => {
    for (const p of FINANCE_PRODUCT_SEED)
      await tx.set(FINANCE_PRODUCTS, { ...p, createdAt: at, updatedAt: at, version: 1, demo: true });
  });
  const c: Ctx = { store, settings: await loadSettings(store) };
  const contacts = await Promise.all(
    enterprises.map(async (e) => (await store.find(CONTACTS, { enterpriseId: e._id }, { limit: 1 }))[0]),
  );
  const contactOf = (i: number) => ({
    openid: contacts[i]?.openid ?? enterprises[i].registeredBy,
    name: contacts[i]?.name ?? enterprises[i].contactName,
  });

  // 77 solved, oldest first, spread over the last ten months.
  const plans = solvedPlans();
  for (const [i, plan] of plans.entries()) {
    const e = i % enterprises.length;
    const waiting = i >= plans.length - 2;
    const filed = filedAt(now, waiting ? 6 - (i - (plans.length - 2)) : 300 - i * 3.7);
    let r = await file(c, enterprises[e], contactOf(e), plan, filed, `solved-${i}`);
    r = await accept(c, r, new Date(filed.getTime() + 3 * HOUR));
    if (plan.financing) r = await grant(c, r, plan, new Date(filed.getTime() + DAY), true);
    const resolved = new Date(filed.getTime() + (waiting ? 1 : 3 + (i % 4)) * DAY);
    r = await step(
      c.store,
      r,
      {
        state: 'resolved',
        outcome: plan.outcome!,
        resolvedAt: resolved.toISOString(),
        resolvedOnTime: resolved.toISOString() <= r.resolveDueAt,
      },
      { type: 'resolved', note: plan.outcome!.summary, public: true, ...STAFF },
      resolved,
    );
    // The two newest wait for the enterprise's rating; the rest were rated.
    if (!waiting) {
      const rated = new Date(resolved.getTime() + DAY);
      const stars = plan.stars ?? 5;
      r = await step(
        c.store,
        r,
        {
          state: 'closed',
          rating: {
            stars,
            satisfied: stars >= 3,
            comment: stars === 5 ? '街道服务很及时' : '',
            at: rated.toISOString(),
          },
          closedAt: rated.toISOString(),
        },
        { type: 'rated', note: `评价 ${stars} 星`, public: true, actor: r.filedBy, actorName: r.filedByName },
        rated,
      );
    }
  }

  // Still open: new, in progress with a bank's answer awaited, one 督办 after its deadline passed; and two withdrawn.
  const goodTrailer = enterprises.findIndex((e) => e.name.startsWith('固特房车'));
  const g = goodTrailer >= 0 ? goodTrailer : 0;
  await file(
    c,
    enterprises[g],
    contactOf(g),
    {
      type: 'premises',
      title: '房车展示场地需求',
      description: '计划增设房车展示区，需要约 2000 平方米室外场地，请街道帮助协调。',
    },
    new Date(now.getTime() - 2 * HOUR),
    'open-premises',
  );
  const fin = await file(
    c,
    enterprises[g],
    contactOf(g),
    {
      type: 'financing',
      title: '融资需求 600 万元',
      description: '扩大营地装备产能需要资金 600 万元，期限 3 年。',
      financing: { amountWan: 600, purpose: '扩大产能', termMonths: 36, productId: 'fp-equipment' },
    },
    filedAt(now, 3),
    'open-financing',
  );
  await grant(
    c,
    await accept(c, fin, new Date(Date.parse(fin.filedAt) + 2 * HOUR)),
    {
      type: 'financing',
      title: '',
      description: '',
      financing: { amountWan: 600, purpose: '扩大产能', termMonths: 36, productId: 'fp-equipment' },
    },
    new Date(Date.parse(fin.filedAt) + DAY),
    false,
  );
  const late = (g + 1) % enterprises.length;
  let overdue = await file(
    c,
    enterprises[late],
    contactOf(late),
    { type: 'policy', title: '咨询软件企业增值税优惠', description: '想了解软件产品增值税即征即退政策如何申请。' },
    filedAt(now, 9),
    'open-overdue',
  );
  overdue = await accept(c, overdue, new Date(Date.parse(overdue.filedAt) + 5 * HOUR));
  // As the SLA job leaves it: reminded, escalated once, the team's next reminder a working day on.
  await step(
    c.store,
    overdue,
    {
      level: 'team',
      supervised: true,
      everOverdue: true,
      remindedFor: overdue.resolveDueAt,
      escalateAt: new Date(now.getTime() + DAY).toISOString(),
    },
    { type: 'escalated', note: '超过办结时限，已由经济工作组督办', public: true, actor: 'system', actorName: '系统' },
    new Date(Date.parse(overdue.resolveDueAt) + HOUR),
  );
  for (const [k, daysAgo] of [40, 120].entries()) {
    const e = (g + 2 + k) % enterprises.length;
    const r = await file(
      c,
      enterprises[e],
      contactOf(e),
      { type: 'other', title: '咨询园区停车问题', description: '员工车辆停放困难，想了解附近停车场。' },
      filedAt(now, daysAgo),
      `withdrawn-${k}`,
    );
    await step(
      c.store,
      r,
      { state: 'withdrawn', closedAt: new Date(Date.parse(r.filedAt) + DAY).toISOString() },
      { type: 'withdrawn', note: '问题已自行解决', public: true, actor: r.filedBy, actorName: r.filedByName },
      new Date(Date.parse(r.filedAt) + DAY),
    );
  }
  return { seeded: true };
}
