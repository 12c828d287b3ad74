import * as z from 'zod';
import {
  addressDetailField,
  dayField,
  houseNumberField,
  idField,
  monthField,
  phoneField,
  streetField,
  versionField,
  optionalText,
  requiredText,
  uploadedFileField,
} from '../core/fields';
import { REQUEST_ID_PATTERN } from '../../src/rules/fields';
import { publicAction, roleAction, signedInAction, type SignedInContext } from '../core/action';
import { ADDRESS_RULES, listUnits } from '../domain/org/org';
import { reachOf } from '../domain/issues/access';
import {
  categoriesForStaff,
  getSettings,
  issueApiKey,
  listAddressRules,
  listApiKeys,
  removeAddressRule,
  revokeApiKey,
  saveAddressRule,
  updateCategory,
  updateSettings,
} from '../domain/issues/admin';
import { rateIssue } from '../domain/issues/callback';
import { listCategories, publicCategory } from '../domain/issues/categories';
import {
  accept,
  internalNote,
  markDuplicate,
  publicUpdate,
  reassign,
  reject,
  resolve,
  returnIssue,
  setPriority,
} from '../domain/issues/handling';
import { queueCounts, workQueue } from '../domain/issues/queues';
import { getIssue, meToo, myIssues, similarIssues } from '../domain/issues/reading';
import { loadSettings, MAX_PHOTOS } from '../domain/issues/settings';
import { exportIssuesCsv, exportStatsCsv, statistics } from '../domain/issues/statistics';
import { ISSUE_STATES } from '../domain/issues/states';
import { report } from '../domain/issues/submit';
import { withConsent } from '../domain/privacy/consent';
import { assertTextsAllowed } from '../domain/moderation/check';
import { decide, listQueue } from '../domain/moderation/queue';

const id = idField('请选择诉求');
const version = versionField();
const text = requiredText;

const photo = uploadedFileField('照片');
const photos = z.array(photo).max(MAX_PHOTOS, `最多上传 ${MAX_PHOTOS} 张照片`).default([]);

const street = streetField('请选择街道');
const houseNumber = houseNumberField('请填写门牌号');
/** 6甲, 6乙, 6-1: what may follow the number on a door plate. */
const numberSuffix = z
  .string()
  .trim()
  .regex(/^(?:[甲乙丙丁戊]|-\d{1,3})$/, '门牌号后面只能是甲、乙、丙、丁、戊，或“-1”这样的分号')
  .optional();
const address = z.object({
  street,
  number: houseNumber,
  suffix: numberSuffix,
  detail: addressDetailField('详细地址').default(''),
});
/** 其他地点，说不清门牌: a street and a landmark; these go to the sub-district's manual triage (docs/issues.md). */
const landmark = z.object({ street, text: text('附近的地标', 2, 50) });
const location = z.object({
  lat: z.number({ error: '位置无效' }).min(-90, '位置无效').max(90, '位置无效'),
  lng: z.number({ error: '位置无效' }).min(-180, '位置无效').max(180, '位置无效'),
  name: optionalText('位置名称', 100),
});
const phone = phoneField;
const category = z.string({ error: '请选择问题类别' }).trim().min(1, '请选择问题类别').max(32, '类别编号过长');
const month = monthField;
const dayString = dayField;
const unitId = idField();
const page = z.number().int().min(1, '页码从 1 开始').max(10_000).default(1);
const pageSize = z.number().int().min(1).max(100, '每页最多 100 条').default(20);
const narrow = { branchId: unitId.optional(), communityId: unitId.optional() };

const STAFF = ['grid_staff', 'community_admin', 'district_admin'] as const;
const ADMINS = ['community_admin', 'district_admin'] as const;
const DISTRICT = ['district_admin'] as const;

const reportInput = z
  .object({
    /** Made by the client once per report form; a retried tap sends the same one. */
    requestId: z.string({ error: '缺少请求编号，请重新提交' }).regex(REQUEST_ID_PATTERN, '请求编号无效，请重新提交'),
    category,
    description: text('问题描述', 5, 2000),
    address: address.optional(),
    landmark: landmark.optional(),
    location: location.optional(),
    photos,
    phone: phone.nullable().optional(),
    hideName: z.boolean().default(false),
  })
  .refine((v) => v.address !== undefined || v.landmark !== undefined || v.location !== undefined, {
    message: '请填写地址或在地图上选择位置',
    path: ['address'],
  })
  .refine((v) => v.address === undefined || v.landmark === undefined, {
    message: '门牌号和地标只填一个',
    path: ['landmark'],
  });

const statsInput = z.object({
  from: month,
  to: month,
  groupBy: z.enum(['grid', 'community', 'category', 'month'], { error: '请选择统计维度' }),
  category: category.optional(),
  ...narrow,
});

async function staffGrids(ctx: SignedInContext) {
  const [communities, branches, grids] = await Promise.all([
    listUnits(ctx.store, 'community'),
    listUnits(ctx.store, 'branch'),
    listUnits(ctx.store, 'grid'),
  ]);
  const reach = reachOf(ctx.principal);
  const mine = (communityId: string | null, branchId: string | null) =>
    reach.all ||
    (communityId !== null && reach.communities.includes(communityId)) ||
    (branchId !== null && reach.branches.includes(branchId));
  return communities
    .filter((c) => mine(c._id, null) || branches.some((b) => b.parentId === c._id && mine(c._id, b._id)))
    .map((c) => ({
      id: c._id,
      name: c.name,
      branches: branches
        .filter((b) => b.parentId === c._id && mine(c._id, b._id))
        .map((b) => ({
          id: b._id,
          name: b.name,
          grids: grids
            .filter((g) => g.parentId === b._id)
            .map((g) => ({ id: g._id, name: g.name, area: g.area ?? '' })),
        })),
    }));
}

/** Issue intake: residents report and follow; staff handle, under time limits; admins keep the rules. */
export const issues = {
  /** What the report form needs: categories, the streets the address rules know, limits. */
  formOptions: publicAction(z.object({}), async (_input, ctx) => {
    const [categories, rules, settings] = await Promise.all([
      listCategories(ctx.store),
      ctx.store.find(ADDRESS_RULES, {}, { orderBy: [['street', 'asc']], limit: 1000 }),
      loadSettings(ctx.store),
    ]);
    return {
      categories: categories.map(publicCategory),
      streets: [...new Set(rules.map((r) => r.street))],
      dailyLimit: settings.dailyLimit,
      maxPhotos: MAX_PHOTOS,
    };
  }),

  similar: signedInAction(
    z.object({
      category,
      street: street.optional(),
      number: houseNumber.optional(),
      lat: z.number().min(-90).max(90).optional(),
      lng: z.number().min(-180).max(180).optional(),
    }),
    async (input, ctx) => ({ items: await similarIssues(ctx, input) }),
  ),

  report: signedInAction(
    reportInput,
    withConsent(async (input, ctx) => report(ctx, input)),
  ),

  meToo: signedInAction(z.object({ id }), async (input, ctx) => meToo(ctx, input.id)),

  mine: signedInAction(
    z.object({ kind: z.enum(['reported', 'supported']).default('reported'), page, pageSize }),
    async (input, ctx) => myIssues(ctx, input),
  ),

  /** One issue with its timeline, in the view the caller may see (public, owner or staff). */
  get: publicAction(
    z.union(
      [
        z.object({ id }),
        z.object({
          ticketNo: z
            .string()
            .trim()
            .regex(/^\d{8}-\d{4,}$/, '编号格式不对'),
        }),
      ],
      { error: '请提供诉求编号' },
    ),
    async (input, ctx) => getIssue(ctx, input),
  ),

  callback: signedInAction(
    z.object({
      id,
      satisfaction: z.enum(['satisfied', 'basic', 'dissatisfied'], { error: '请选择满意、基本满意或不满意' }),
      stars: z.number({ error: '请打分' }).int('请打 1 到 5 星').min(1, '请打 1 到 5 星').max(5, '请打 1 到 5 星'),
      comment: optionalText('评价', 500),
    }),
    async (input, ctx) => {
      await assertTextsAllowed(ctx, ctx.principal.openid, 'comment', { 评价: input.comment });
      return rateIssue(ctx, input.id, input);
    },
  ),

  queue: roleAction(
    STAFF,
    z.object({
      queue: z.enum(['pending', 'working', 'overdue', 'triage', 'resolved'], { error: '请选择队列' }),
      gridId: unitId.optional(),
      category: category.optional(),
      state: z.enum(ISSUE_STATES).optional(),
      page,
      pageSize,
      ...narrow,
    }),
    async (input, ctx) => workQueue(ctx, input),
  ),

  queueCounts: roleAction(STAFF, z.object(narrow), async (input, ctx) => ({ queues: await queueCounts(ctx, input) })),

  /** The communities, branches and grids the caller reaches: filters and reassignment targets. */
  grids: roleAction(STAFF, z.object({}), async (_input, ctx) => ({ communities: await staffGrids(ctx) })),

  templates: roleAction(STAFF, z.object({ category }), async (input, ctx) => {
    const found = (await categoriesForStaff(ctx.store)).find((c) => c.code === input.category);
    return { category: input.category, templates: found?.templates ?? [] };
  }),

  accept: roleAction(STAFF, z.object({ id, version, note: optionalText('受理说明', 500) }), async (input, ctx) =>
    accept(ctx, input.id, input.version, input.note),
  ),

  // Progress replies are read by the reporter (and the public timeline): checked like residents' text.
  update: roleAction(STAFF, z.object({ id, version, note: text('进展说明', 2, 1000), photos }), async (input, ctx) => {
    await assertTextsAllowed(ctx, ctx.principal.openid, 'forum', { 进展说明: input.note });
    return publicUpdate(ctx, input.id, input.version, input.note, input.photos);
  }),

  note: roleAction(STAFF, z.object({ id, note: text('内部备注', 1, 1000) }), async (input, ctx) =>
    internalNote(ctx, input.id, input.note),
  ),

  resolve: roleAction(STAFF, z.object({ id, version, note: text('办结说明', 2, 1000), photos }), async (input, ctx) => {
    await assertTextsAllowed(ctx, ctx.principal.openid, 'forum', { 办结说明: input.note });
    return resolve(ctx, input.id, input.version, input.note, input.photos);
  }),

  // 内容审核: photos held back from public view, and the staff decision on each.
  moderationQueue: roleAction(
    ADMINS,
    z.object({ which: z.enum(['open', 'decided']).default('open') }),
    async (input, ctx) => ({ items: await listQueue(ctx, input.which) }),
  ),

  moderate: roleAction(
    ADMINS,
    z.object({
      id: z.string().regex(/^mod_[0-9a-f]{24}$/, '审核编号无效'),
      version,
      decision: z.enum(['release', 'hide'], { error: '请选择放行或隐藏' }),
      note: optionalText('处理说明', 200),
    }),
    async (input, ctx) => decide(ctx, input.id, input.version, input.decision, input.note),
  ),

  return: roleAction(STAFF, z.object({ id, version, reason: text('退回理由', 2, 500) }), async (input, ctx) =>
    returnIssue(ctx, input.id, input.version, input.reason),
  ),

  reassign: roleAction(
    STAFF,
    z.object({ id, version, gridId: unitId, note: optionalText('改派说明', 500) }),
    async (input, ctx) => reassign(ctx, input.id, input.version, input.gridId, input.note),
  ),

  reject: roleAction(
    STAFF,
    z.object({ id, version, reason: text('不予受理理由', 2, 500), redirectTo: text('建议去向', 2, 200) }),
    async (input, ctx) => reject(ctx, input.id, input.version, input.reason, input.redirectTo),
  ),

  markDuplicate: roleAction(
    STAFF,
    z.object({ id, version, originalId: id, note: optionalText('说明', 500) }),
    async (input, ctx) => markDuplicate(ctx, input.id, input.version, input.originalId, input.note),
  ),

  setPriority: roleAction(
    STAFF,
    z.object({
      id,
      version,
      priority: z.enum(['normal', 'urgent'], { error: '请选择普通或紧急' }),
      note: optionalText('说明', 500),
    }),
    async (input, ctx) => setPriority(ctx, input.id, input.version, input.priority, input.note),
  ),

  stats: roleAction(STAFF, statsInput, async (input, ctx) => statistics(ctx, input)),

  exportStats: roleAction(STAFF, statsInput, async (input, ctx) => exportStatsCsv(ctx, input)),

  exportIssues: roleAction(STAFF, z.object({ fromDay: dayString, toDay: dayString, ...narrow }), async (input, ctx) =>
    exportIssuesCsv(ctx, input),
  ),

  addressRules: roleAction(ADMINS, z.object({ street: street.optional() }), async (input, ctx) => ({
    rules: await listAddressRules(ctx, input.street),
  })),

  saveAddressRule: roleAction(
    ADMINS,
    z.object({
      id: unitId.optional(),
      street,
      from: houseNumber,
      to: houseNumber,
      parity: z.enum(['odd', 'even', 'all'], { error: '请选择单号、双号或全部' }),
      gridId: unitId,
    }),
    async (input, ctx) => saveAddressRule(ctx, input),
  ),

  removeAddressRule: roleAction(ADMINS, z.object({ id: unitId }), async (input, ctx) =>
    removeAddressRule(ctx, input.id),
  ),

  settings: roleAction(STAFF, z.object({}), async (_input, ctx) => getSettings(ctx)),

  updateSettings: roleAction(
    DISTRICT,
    z
      .object({
        dailyLimit: z.number().int().min(1, '每日上限至少 1 件').max(50, '每日上限最多 50 件').optional(),
        autoCloseDays: z.number().int().min(1).max(30, '自动关闭最多 30 天').optional(),
        remindLeadHours: z
          .object({ accept: z.number().int().min(1).max(24), resolve: z.number().int().min(1).max(72) })
          .optional(),
        escalationStepWorkingDays: z.number().int().min(1).max(10).optional(),
        holidays: z.array(dayString).max(400, '节假日最多 400 天').optional(),
        workdays: z.array(dayString).max(100, '调休上班日最多 100 天').optional(),
        holidaysNote: z.string().trim().max(200).optional(),
      })
      .refine((v) => Object.keys(v).length > 0, '请至少修改一项'),
    async (input, ctx) => updateSettings(ctx, input),
  ),

  categories: roleAction(STAFF, z.object({}), async (_input, ctx) => ({
    categories: await categoriesForStaff(ctx.store),
  })),

  updateCategory: roleAction(
    DISTRICT,
    z
      .object({
        code: category,
        resolveDays: z.number().int().min(1, '办结时限至少 1 个工作日').max(60, '办结时限最多 60 个工作日').optional(),
        templates: z
          .array(text('回复模板', 2, 300))
          .max(20, '模板最多 20 条')
          .optional(),
        active: z.boolean().optional(),
        public: z.boolean().optional(),
        description: optionalText('说明', 200).optional(),
      })
      .refine((v) => Object.keys(v).length > 1, '请至少修改一项'),
    async ({ code, ...patch }, ctx) => updateCategory(ctx, code, patch),
  ),

  issueApiKey: roleAction(
    DISTRICT,
    z.object({ name: text('密钥用途', 2, 50), dailyLimit: z.number().int().min(1).max(10_000).default(500) }),
    async (input, ctx) => issueApiKey(ctx, input.name, input.dailyLimit),
  ),

  listApiKeys: roleAction(DISTRICT, z.object({}), async (_input, ctx) => ({ keys: await listApiKeys(ctx) })),

  revokeApiKey: roleAction(
    DISTRICT,
    z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, '密钥编号无效') }),
    async (input, ctx) => revokeApiKey(ctx, input.id),
  ),
};
