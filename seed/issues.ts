/**
 * Seed data of issue intake (党群e家 议题/诉求) and its seeder seedIssues(),
 * called by server/seed.ts: the categories with their time
 * limits and staff reply templates (CONFIG: real defaults, editable by a
 * district admin through issues.updateCategory), the Open311 demo key, and a
 * handful of DEMO issues.
 *
 * The demo issues follow the examples of the source article (flyers in the
 * stairwell at 万安一路6号, the shared-area heating fee at 金华路46号, no gas and no
 * heating in the converted factory building at 兴隆支路1号, street stalls on 五丰路);
 * who reported them, the wording, the house numbers of the others and every
 * date are DEMO data, invented.
 */
import type { CategoryDoc } from '../server/domain/issues/categories';
import { DEFAULT_CONFIG, type SignedInContext } from '../server/core/action';
import { systemClock } from '../server/core/clock';
import type { DocumentStore } from '../server/store/port';
import { loadPrincipal } from '../server/domain/account/principal';
import { USERS } from '../server/domain/account/users';
import { apiKeyId, newApiKeyDoc } from '../server/domain/issues/admin';
import { rateIssue } from '../server/domain/issues/callback';
import { accept, publicUpdate, reject, resolve, setPriority } from '../server/domain/issues/handling';
import { meToo } from '../server/domain/issues/reading';
import { issueIdFor, submitIssue } from '../server/domain/issues/submit';
import { API_KEYS, ISSUE_CATEGORIES, ISSUES } from '../server/domain/issues/model';

/** DEMO Open311 key, printed by `npm start` and named in the README. Never use it outside the local demo. */
export const DEMO_OPEN311_KEY = 'demo-open311-key';

type CategoryRow = Omit<CategoryDoc, 'order' | 'active'>;

/** CONFIG: categories in form order. resolveDays are working days; accepting is 1 working day for all. */
const CATEGORY_ROWS: CategoryRow[] = [
  {
    _id: 'flyers',
    name: '小广告与环境卫生',
    description: '楼道小广告、乱堆乱放、垃圾清运不及时等',
    group: '环境卫生',
    keywords: ['小广告', '卫生', '垃圾', '楼道'],
    resolveDays: 3,
    public: true,
    templates: [
      '您好，您反映的情况已收到，网格员将于今天到现场查看。',
      '楼道小广告已组织清理完毕，并已提醒物业加强巡查，感谢您的监督。',
      '垃圾已清运，后续将协调环卫部门按时清运。',
    ],
  },
  {
    _id: 'heating_fee',
    name: '供暖与收费',
    description: '供暖费、公摊面积收费、物业费等收费问题',
    group: '供暖收费',
    keywords: ['供暖费', '公摊', '收费', '物业费'],
    resolveDays: 10,
    public: true,
    templates: [
      '您好，已联系供热单位核实收费标准，核实后第一时间答复您。',
      '经与供热单位核实，公摊面积已按规定重新核算，多收部分将在下期退还。',
    ],
  },
  {
    _id: 'gas_heating',
    name: '燃气暖气未通',
    description: '楼院未通天然气、未接入集中供暖',
    group: '供暖收费',
    keywords: ['燃气', '天然气', '暖气', '供暖'],
    resolveDays: 15,
    public: true,
    templates: [
      '您好，已将情况上报社区，正在协调燃气公司和热力公司现场勘查。',
      '燃气（暖气）接入方案已确定，施工单位将于近期进场，请关注后续通知。',
    ],
  },
  {
    _id: 'stalls',
    name: '违建与占道经营',
    description: '违章搭建、占道经营、流动摊点',
    group: '市容秩序',
    keywords: ['违建', '摊点', '占道'],
    resolveDays: 5,
    public: true,
    templates: ['您好，已联系执法中队到现场劝导整治。', '占道摊点已劝离，已安排网格员每日巡查，防止反弹。'],
  },
  {
    _id: 'repairs',
    name: '老旧小区维修',
    description: '楼道、屋面、上下水、路面等公共部位维修',
    group: '房屋维修',
    keywords: ['维修', '漏水', '上下水', '楼道灯'],
    resolveDays: 15,
    public: true,
    templates: [
      '您好，已联系维修单位上门查看，请保持电话畅通。',
      '维修已完成，请您查看效果，如仍有问题请在评价中说明。',
    ],
  },
  {
    _id: 'safety',
    name: '安全隐患',
    description: '消防通道堵塞、电动车楼道充电、电线老化等',
    group: '安全',
    keywords: ['消防', '电动车', '飞线', '隐患'],
    resolveDays: 2,
    public: true,
    templates: ['您好，安全隐患已收到，网格员将立即到现场处置。', '隐患已排除，已对相关住户进行安全提醒。'],
  },
  {
    _id: 'other',
    name: '其他',
    description: '以上都不是的问题；可能涉及个人事务，仅本人和工作人员可见',
    group: '其他',
    keywords: [],
    resolveDays: 10,
    public: false,
    templates: ['您好，您反映的情况已收到，我们将尽快联系您。'],
  },
];

export const DEFAULT_CATEGORIES: CategoryDoc[] = CATEGORY_ROWS.map((row, i) => ({
  ...row,
  order: i + 1,
  active: true,
}));

/** One step of a demo issue's history, done through the real domain code. */
export type DemoStep =
  | { do: 'accept' | 'update' | 'resolve'; by: string; daysAgo: number; note?: string }
  | { do: 'priority'; by: string; daysAgo: number; priority: 'urgent' }
  | { do: 'reject'; by: string; daysAgo: number; reason: string; redirectTo: string }
  | {
      do: 'callback';
      by: string;
      daysAgo: number;
      satisfaction: 'satisfied' | 'basic' | 'dissatisfied';
      stars: number;
      comment: string;
    }
  | { do: 'metoo'; by: string; daysAgo: number };

export interface DemoIssue {
  requestId: string;
  reporter: string;
  daysAgo: number;
  category: string;
  description: string;
  address: { street: string; number: number; detail: string };
  phone: string | null;
  hideName: boolean;
  steps: DemoStep[];
}

const GRID_WORKER = 'demo-grid-worker';
const COMMUNITY_ADMIN = 'demo-community-admin';
const DISTRICT_ADMIN = 'demo-district-admin';

/** DEMO issues, oldest first. `daysAgo` counts back from the moment of seeding. */
export const DEMO_ISSUES: DemoIssue[] = [
  {
    requestId: 'demo-issue-repairs-1',
    reporter: 'demo-resident',
    daysAgo: 20,
    category: 'repairs',
    description: '万安一路12号3单元楼道灯坏了一个多月，晚上上下楼看不清，老人容易摔倒。',
    address: { street: '万安一路', number: 12, detail: '3单元' },
    phone: '13800000001',
    hideName: false,
    steps: [
      { do: 'accept', by: GRID_WORKER, daysAgo: 20 },
      { do: 'resolve', by: GRID_WORKER, daysAgo: 17, note: '已联系物业更换楼道灯 6 盏，并检查了线路' },
      {
        do: 'callback',
        by: 'demo-resident',
        daysAgo: 16,
        satisfaction: 'satisfied',
        stars: 5,
        comment: '修得很快，谢谢网格员',
      },
    ],
  },
  {
    requestId: 'demo-issue-flyers-1',
    reporter: 'demo-resident',
    daysAgo: 6,
    category: 'flyers',
    description: '万安一路6号楼道里贴满了开锁、通下水道的小广告，墙面很脏，希望清理。',
    address: { street: '万安一路', number: 6, detail: '1单元' },
    phone: '13800000001',
    hideName: false,
    steps: [
      { do: 'accept', by: GRID_WORKER, daysAgo: 6 },
      { do: 'update', by: GRID_WORKER, daysAgo: 5, note: '已联系物业和志愿者，定于明天上午集中清理' },
      { do: 'resolve', by: GRID_WORKER, daysAgo: 4, note: '楼道小广告已全部清理，墙面已粉刷，并张贴了文明提示' },
    ],
  },
  {
    requestId: 'demo-issue-heating-fee-1',
    reporter: 'demo-relative',
    daysAgo: 3,
    category: 'heating_fee',
    description: '金华路46号的公摊供暖费比去年高出很多，按建筑面积计算不合理，希望有人解释收费依据。',
    address: { street: '金华路', number: 46, detail: '' },
    phone: '13800000002',
    hideName: true,
    steps: [
      { do: 'accept', by: COMMUNITY_ADMIN, daysAgo: 3 },
      { do: 'update', by: COMMUNITY_ADMIN, daysAgo: 2, note: '已联系供热单位调取收费明细，正在核实公摊面积' },
      { do: 'metoo', by: 'demo-resident', daysAgo: 2 },
    ],
  },
  {
    requestId: 'demo-issue-gas-1',
    reporter: 'demo-resident',
    daysAgo: 5,
    category: 'gas_heating',
    description: '兴隆支路1号是工厂宿舍改的住宅楼，至今没通天然气也没有暖气，冬天只能用电暖器，希望能接通。',
    address: { street: '兴隆支路', number: 1, detail: '' },
    phone: null,
    hideName: false,
    steps: [],
  },
  {
    requestId: 'demo-issue-stalls-1',
    reporter: 'demo-relative',
    daysAgo: 1,
    category: 'stalls',
    description: '五丰路早市的流动摊点占了人行道和盲道，早上推轮椅过不去。',
    address: { street: '五丰路', number: 20, detail: '' },
    phone: null,
    hideName: false,
    steps: [],
  },
  {
    requestId: 'demo-issue-safety-1',
    reporter: 'demo-relative',
    daysAgo: 1,
    category: 'safety',
    description: '宜昌路7号楼道里有人从窗户拉飞线给电动车充电，晚上一直在充，很危险。',
    address: { street: '宜昌路', number: 7, detail: '2单元' },
    phone: '13800000002',
    hideName: true,
    steps: [{ do: 'priority', by: COMMUNITY_ADMIN, daysAgo: 1, priority: 'urgent' }],
  },
  {
    requestId: 'demo-issue-unrouted-1',
    reporter: 'demo-resident',
    daysAgo: 2,
    category: 'flyers',
    description: '宜昌路300号附近的垃圾桶满了好几天没人清运，气味很大。',
    address: { street: '宜昌路', number: 300, detail: '' },
    phone: null,
    hideName: false,
    steps: [],
  },
  {
    requestId: 'demo-issue-other-1',
    reporter: 'demo-relative',
    daysAgo: 8,
    category: 'other',
    description: '想咨询父亲的养老保险待遇认证怎么办理，需要带哪些材料。',
    address: { street: '金华路', number: 46, detail: '' },
    phone: '13800000002',
    hideName: false,
    steps: [
      {
        do: 'reject',
        by: DISTRICT_ADMIN,
        daysAgo: 7,
        reason: '养老保险待遇认证不属于诉求办理范围',
        redirectTo: '请携带身份证到湖岛街道便民服务中心社保窗口办理，或拨打 12333 咨询',
      },
    ],
  },
];

const DAY_MS = 86_400_000;

/**
 * Loads seed/issues.ts: categories, the demo Open311 key, and the demo issues,
 * each played through the real domain code at back-dated moments so their
 * timelines, deadlines and statistics are what real use would give.
 * Idempotent: a store that has the categories is left alone.
 */
export async function seedIssues(store: DocumentStore, now: Date): Promise<{ seeded: boolean }> {
  if (await store.get(ISSUE_CATEGORIES, DEFAULT_CATEGORIES[0]._id)) return { seeded: false };
  await store.transaction(async (tx) => {
    for (const category of DEFAULT_CATEGORIES) await tx.set(ISSUE_CATEGORIES, category);
    await tx.set(API_KEYS, newApiKeyDoc(DEMO_OPEN311_KEY, '演示密钥（仅限本地演示）', 'seed', now));
  });
  for (const demo of DEMO_ISSUES) await playDemo(store, now, demo);
  return { seeded: true };
}

/**
 * The categories alone (configuration, not demo data): what a production
 * store needs before residents can report. Existing categories are kept, as
 * admins edit them in the app.
 */
export async function seedCategories(store: DocumentStore): Promise<{ created: number }> {
  return store.transaction(async (tx) => {
    let created = 0;
    for (const category of DEFAULT_CATEGORIES) {
      if (await tx.get(ISSUE_CATEGORIES, category._id)) continue;
      await tx.set(ISSUE_CATEGORIES, category);
      created++;
    }
    return { created };
  });
}

/** A store that was once seeded for the demo must not accept the demo key in production. */
export async function retireDemoKey(store: DocumentStore, now: Date): Promise<{ retired: boolean }> {
  return store.transaction(async (tx) => {
    const key = await tx.get(API_KEYS, apiKeyId(DEMO_OPEN311_KEY));
    if (!key || key.status !== 'active') return { retired: false };
    await tx.update(API_KEYS, key._id, { status: 'revoked', revokedAt: now.toISOString() });
    return { retired: true };
  });
}

async function ctxAt(store: DocumentStore, openid: string, at: Date): Promise<SignedInContext> {
  return { store, clock: systemClock, config: DEFAULT_CONFIG, principal: await loadPrincipal(store, openid), now: at };
}

async function playDemo(store: DocumentStore, now: Date, demo: DemoIssue): Promise<void> {
  const at = (daysAgo: number, minutes = 0) => new Date(now.getTime() - daysAgo * DAY_MS + minutes * 60_000);
  const user = await store.get(USERS, demo.reporter);
  await submitIssue(
    store,
    at(demo.daysAgo),
    { id: demo.reporter, name: user?.name ?? demo.reporter, source: 'miniapp', dailyLimit: 100 },
    {
      requestId: demo.requestId,
      category: demo.category,
      description: demo.description,
      address: demo.address,
      photos: [],
      phone: demo.phone,
      hideName: demo.hideName,
    },
  );
  const id = issueIdFor(demo.reporter, demo.requestId);
  // Steps on the same day as the report happen a little later in the day, in order.
  let minutes = 30;
  for (const step of demo.steps) {
    const ctx = await ctxAt(store, step.by, at(step.daysAgo, minutes));
    minutes += 30;
    await playStep(ctx, id, step);
  }
}

async function playStep(ctx: SignedInContext, id: string, step: DemoStep): Promise<void> {
  const version = (await ctx.store.get(ISSUES, id))!.version;
  switch (step.do) {
    case 'accept':
      await accept(ctx, id, version, step.note ?? '');
      return;
    case 'update':
      await publicUpdate(ctx, id, version, step.note ?? '', []);
      return;
    case 'resolve':
      await resolve(ctx, id, version, step.note ?? '已办结', []);
      return;
    case 'priority':
      await setPriority(ctx, id, version, step.priority, '');
      return;
    case 'reject':
      await reject(ctx, id, version, step.reason, step.redirectTo);
      return;
    case 'callback':
      await rateIssue(ctx, id, { satisfaction: step.satisfaction, stars: step.stars, comment: step.comment });
      return;
    case 'metoo':
      await meToo(ctx, id);
      return;
  }
}
