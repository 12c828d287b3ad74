import * as z from 'zod';
import { REQUEST_ID_PATTERN } from '../../src/rules/fields';
import { publicAction, roleAction, type SignedInContext } from '../core/action';
import { idField, monthField, versionField, optionalText, requiredText, uploadedFileField } from '../core/fields';
import {
  CONTACT_ROLES,
  REQUEST_STAFF_ROLES,
  TEAM_ROLES,
  departmentNames,
  getRequest,
  loadRequestForStaff,
  myRequests,
  requestQueue,
  staffScope,
  statsScopeOf,
} from '../domain/enterprise/requests/access';
import { INDUSTRIES } from '../domain/enterprise/model';
import { fileRequest } from '../domain/enterprise/requests/file';
import { listProducts, productsFor, saveProduct } from '../domain/enterprise/requests/financing';
import { step, type StepInput } from '../domain/enterprise/requests/handling';
import { REQUEST_TYPES } from '../domain/enterprise/requests/model';
import { type RequestEventName } from '../domain/enterprise/requests/states';
import { requestsCsv, requestStatistics } from '../domain/enterprise/requests/statistics';
import { MAX_ATTACHMENTS, REQUEST_TYPE_SPECS } from '../domain/enterprise/requests/types';
import { requestForEnterprise, requestForStaff } from '../domain/enterprise/requests/views';
import { withConsent } from '../domain/privacy/consent';

/**
 * The direct line (企业直通车 诉求): the actions spread into the `enterprise`
 * function (server/functions/enterprise.ts). Schemas here, role checks by
 * dispatch, scope and state checks in server/domain/enterprise/requests.
 */
const id = idField('请选择诉求');
const version = versionField();
const text = requiredText;

const attachment = uploadedFileField('附件');

const wan = (what: string, max: number) =>
  z
    .number({ error: `请填写${what}（万元）` })
    .positive(`${what}须大于 0`)
    .max(max, `${what}最多 ${max} 万元`);

const financing = z.object({
  amountWan: wan('融资金额', 100_000),
  purpose: text('资金用途', 2, 200),
  termMonths: z
    .number({ error: '请填写期限（月）' })
    .int('期限须为整月')
    .min(1, '期限至少 1 个月')
    .max(360, '期限最多 360 个月'),
});

const fileInput = z
  .object({
    enterpriseId: idField('请选择企业').optional(),
    requestId: z
      .string({ error: '缺少请求编号' })
      .regex(REQUEST_ID_PATTERN, '请求编号须为 8 到 64 位字母、数字、下划线或连字符'),
    type: z.enum(REQUEST_TYPES, { error: '请选择诉求类型：融资、招工、政策咨询、场地、审批或其他' }),
    title: text('诉求标题', 2, 40),
    description: text('诉求内容', 5, 1000),
    attachments: z.array(attachment).max(MAX_ATTACHMENTS, `最多上传 ${MAX_ATTACHMENTS} 个附件`).default([]),
    financing: financing.optional(),
  })
  .refine((v) => v.type !== 'financing' || v.financing !== undefined, {
    message: '融资诉求请填写金额、用途和期限',
    path: ['financing'],
  });

const ref = z.object({ requestId: id, version: version.optional() });
const outcome = z.object({
  financingWan: z
    .number({ error: '请填写融资到位金额（万元），没有填 0' })
    .min(0, '金额不能为负')
    .max(100_000, '金额最多 100000 万元'),
  jobsFilled: z
    .number({ error: '请填写招到的人数，没有填 0' })
    .int('人数须为整数')
    .min(0, '人数不能为负')
    .max(10_000, '人数最多 10000'),
  policiesApplied: z
    .number({ error: '请填写申报的政策数，没有填 0' })
    .int('数量须为整数')
    .min(0, '数量不能为负')
    .max(500, '数量最多 500'),
  summary: text('办结说明', 2, 500),
});
const monthRange = z.object({ from: monthField, to: monthField });

/** A staff step, answered with the staff view; an enterprise step, with the enterprise's. */
const staffStep =
  (event: Exclude<RequestEventName, 'auto_close' | 'rate' | 'reopen' | 'withdraw'>) =>
  async (input: StepInput, ctx: SignedInContext) =>
    requestForStaff(await step(ctx, event, input), ctx.now);
const enterpriseStep = (event: 'rate' | 'reopen' | 'withdraw') => async (input: StepInput, ctx: SignedInContext) =>
  requestForEnterprise(await step(ctx, event, input), ctx.now);

export const enterpriseRequests = {
  /** The types, their department and time limit, for the filing page. */
  requestTypes: publicAction(z.object({}), async () =>
    REQUEST_TYPES.map((type) => ({
      type,
      label: REQUEST_TYPE_SPECS[type].label,
      hint: REQUEST_TYPE_SPECS[type].hint,
      resolveDays: REQUEST_TYPE_SPECS[type].resolveDays,
    })),
  ),

  // The enterprise's side
  fileRequest: roleAction(
    CONTACT_ROLES,
    fileInput,
    withConsent(async (input, ctx) => {
      const { request, created } = await fileRequest(ctx, {
        ...input,
        enterpriseId: input.enterpriseId ?? '',
        financing: input.financing ?? null,
      });
      return { created, request: requestForEnterprise(request, ctx.now) };
    }),
  ),
  myRequests: roleAction(
    CONTACT_ROLES,
    z.object({ enterpriseId: idField('请选择企业').optional() }),
    async (input, ctx) => myRequests(ctx, input.enterpriseId),
  ),
  getRequest: roleAction([...CONTACT_ROLES, ...REQUEST_STAFF_ROLES], z.object({ requestId: id }), async (input, ctx) =>
    getRequest(ctx, input.requestId),
  ),
  rateRequest: roleAction(
    CONTACT_ROLES,
    ref.extend({
      stars: z.number({ error: '请选择 1 到 5 星' }).int().min(1, '请选择 1 到 5 星').max(5, '请选择 1 到 5 星'),
      comment: optionalText('评价', 200),
    }),
    async (input, ctx) =>
      enterpriseStep('rate')(
        { requestId: input.requestId, version: input.version, rating: { stars: input.stars, comment: input.comment } },
        ctx,
      ),
  ),
  reopenRequest: roleAction(CONTACT_ROLES, ref.extend({ note: text('不满意的原因', 2, 300) }), async (input, ctx) =>
    enterpriseStep('reopen')(input, ctx),
  ),
  withdrawRequest: roleAction(CONTACT_ROLES, ref.extend({ note: optionalText('撤回原因', 200) }), async (input, ctx) =>
    enterpriseStep('withdraw')(input, ctx),
  ),

  // Staff: liaisons (包联), departments, the economic work team
  requestQueue: roleAction(
    REQUEST_STAFF_ROLES,
    z.object({
      view: z
        .enum(['open', 'overdue', 'solved', 'all'], { error: '请选择列表：办理中、已超时、已办结或全部' })
        .default('open'),
      type: z.enum(REQUEST_TYPES, { error: '诉求类型无效' }).optional(),
      page: z.number().int().min(1).max(500).default(1),
    }),
    async (input, ctx) => requestQueue(ctx, input),
  ),
  acceptRequest: roleAction(
    REQUEST_STAFF_ROLES,
    ref.extend({ note: optionalText('受理说明', 300) }),
    async (input, ctx) => staffStep('accept')(input, ctx),
  ),
  replyRequest: roleAction(REQUEST_STAFF_ROLES, ref.extend({ note: text('进展说明', 2, 500) }), async (input, ctx) =>
    staffStep('reply')(input, ctx),
  ),
  resolveRequest: roleAction(REQUEST_STAFF_ROLES, ref.extend({ outcome }), async (input, ctx) =>
    staffStep('resolve')({ ...input, note: input.outcome.summary }, ctx),
  ),

  // 定制融资
  financeProducts: roleAction(
    [...CONTACT_ROLES, ...REQUEST_STAFF_ROLES],
    z.object({ includeInactive: z.boolean().default(false) }),
    async (input, ctx) => listProducts(ctx.store, input.includeInactive && staffScope(ctx.principal) !== null),
  ),
  productsForRequest: roleAction(REQUEST_STAFF_ROLES, z.object({ requestId: id }), async (input, ctx) => {
    const request = await loadRequestForStaff(ctx, input.requestId);
    return request.financing ? productsFor(ctx.store, request.financing, request.industry) : [];
  }),
  matchFinancing: roleAction(
    REQUEST_STAFF_ROLES,
    ref.extend({ productId: idField('请选择融资产品'), note: optionalText('推荐说明', 200) }),
    async (input, ctx) => staffStep('match')(input, ctx),
  ),
  recordFinancingOutcome: roleAction(
    REQUEST_STAFF_ROLES,
    ref
      .extend({
        productId: idField('请选择融资产品'),
        granted: z.boolean({ error: '请选择是否放款' }),
        grantedWan: wan('放款金额', 100_000).nullable().default(null),
        note: optionalText('说明', 200),
      })
      .refine((v) => !v.granted || v.grantedWan !== null, {
        message: '放款成功请填写放款金额（万元）',
        path: ['grantedWan'],
      }),
    async (input, ctx) => staffStep('match_outcome')(input, ctx),
  ),
  saveFinanceProduct: roleAction(
    TEAM_ROLES,
    z
      .object({
        productId: idField().optional(),
        version: version.optional(),
        name: text('产品名称', 2, 30),
        provider: text('银行或机构', 2, 30),
        category: z.enum(['bank_loan', 'guarantee', 'subsidy'], { error: '请选择类别：银行贷款、融资担保或贴息补助' }),
        minWan: z.number({ error: '请填写最低额度（万元）' }).min(0, '额度不能为负').max(100_000),
        maxWan: z.number({ error: '请填写最高额度（万元）' }).positive('最高额度须大于 0').max(100_000),
        maxTermMonths: z.number({ error: '请填写最长期限（月）' }).int().min(1).max(360),
        industries: z
          .array(z.enum(INDUSTRIES, { error: '行业无效' }))
          .max(INDUSTRIES.length)
          .default([]),
        rateNote: optionalText('利率说明', 60),
        description: optionalText('产品说明', 300),
        active: z.boolean().default(true),
      })
      .refine((v) => v.minWan <= v.maxWan, { message: '最低额度不能高于最高额度', path: ['minWan'] }),
    async ({ productId, version: v, ...input }, ctx) => saveProduct(ctx.store, productId, v, input, ctx.now),
  ),

  // Statistics and export
  requestStats: roleAction(
    REQUEST_STAFF_ROLES,
    monthRange.extend({
      groupBy: z
        .enum(['type', 'department', 'industry', 'month'], { error: '请选择统计方式：按类型、部门、行业或月份' })
        .default('type'),
    }),
    async (input, ctx) =>
      requestStatistics(ctx.store, input, await statsScopeOf(ctx), await departmentNames(ctx.store)),
  ),
  exportRequests: roleAction(REQUEST_STAFF_ROLES, monthRange, async (input, ctx) =>
    requestsCsv(ctx.store, input, await statsScopeOf(ctx), ctx.now),
  ),
};
