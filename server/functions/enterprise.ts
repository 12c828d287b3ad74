import * as z from 'zod';
import { calendarDateField, idField, phoneField, versionField } from '../core/fields';
import { roleAction, signedInAction } from '../core/action';
import { withConsent } from '../domain/privacy/consent';
import { assertTextsAllowed } from '../domain/moderation/check';
import { ENTERPRISE_OFFICE, ENTERPRISE_STAFF } from '../domain/enterprise/access';
import { listDepartments, listLiaisons } from '../domain/enterprise/directory';
import {
  decideRegistration,
  getEnterprise,
  listEnterprises,
  myEnterprises,
  registerEnterprise,
  resubmitEnterprise,
} from '../domain/enterprise/enterprises';
import { ENTERPRISE_STATUSES, INDUSTRIES, SIZES } from '../domain/enterprise/model';
import {
  createContactInvite,
  leaveEnterprise,
  listContactInvites,
  listContacts,
  redeemContactInvite,
} from '../domain/enterprise/invites';
import { assignLiaison } from '../domain/enterprise/assignments';
import { coverage, getVisit, listVisits, logVisit } from '../domain/enterprise/visits';
import { fileFinding } from '../domain/enterprise/findings';
import { enterpriseRequests } from './enterprise-requests';
import { policyActions } from './enterprise-policies';
import { recruitingActions } from './enterprise-recruiting';

const id = idField();
const version = versionField();
const inviteCode = z
  .string({ error: '请输入邀请码' })
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Za-z0-9]{8}$/, '邀请码是 8 位字母和数字'));
const date = calendarDateField('请选择走访日期');
const reason = z.string().trim().min(2, '请填写原因（至少 2 个字）').max(200, '原因最多 200 个字');

/** The fields a contact fills in at registration (and corrects on resubmission). */
const registrationFields = {
  name: z
    .string({ error: '请填写企业名称' })
    .trim()
    .min(2, '请填写企业名称（营业执照上的全称）')
    .max(60, '企业名称最多 60 个字'),
  industry: z.enum(INDUSTRIES, { error: '请选择所属行业' }),
  size: z.enum(SIZES, { error: '请选择企业规模：大型、中型、小型或微型' }),
  address: z
    .string({ error: '请填写经营地址' })
    .trim()
    .min(4, '请填写经营地址（路名和门牌号）')
    .max(100, '经营地址最多 100 个字'),
  contactName: z
    .string({ error: '请填写联系人姓名' })
    .trim()
    .min(1, '请填写联系人姓名')
    .max(20, '联系人姓名最多 20 个字'),
  contactPhone: phoneField,
};

/** Enterprise names and addresses are read by staff: checked like any text others read. */
async function checkTexts(
  ctx: Parameters<typeof assertTextsAllowed>[0],
  openid: string,
  input: { name: string; address: string },
) {
  await assertTextsAllowed(ctx, openid, 'profile', { 企业名称: input.name, 经营地址: input.address });
}

/**
 * 企业直通车: enterprises register and are verified, contacts join by invite,
 * liaisons (包联) are assigned, staff visit (进百企). The direct line of
 * requests, job postings and policy push add their actions below, each in its
 * own block.
 */
export const enterprise = {
  // The direct line (诉求): server/functions/enterprise-requests.ts
  ...enterpriseRequests,

  // Registration and verification (contacts; 经济工作组 and district admins decide)
  register: signedInAction(
    z.object({
      ...registrationFields,
      creditCode: z
        .string({ error: '请填写统一社会信用代码' })
        .trim()
        .min(1, '请填写统一社会信用代码')
        .max(30, '统一社会信用代码是 18 位'),
    }),
    withConsent(async (input, ctx) => {
      await checkTexts(ctx, ctx.principal.openid, input);
      return registerEnterprise(ctx, input);
    }),
  ),
  resubmit: roleAction(
    ['enterprise_contact'],
    z.object({ enterpriseId: id, version, ...registrationFields }),
    withConsent(async ({ enterpriseId, version: v, ...edit }, ctx) => {
      await checkTexts(ctx, ctx.principal.openid, edit);
      return resubmitEnterprise(ctx, enterpriseId, v, edit);
    }),
  ),
  mine: signedInAction(z.object({}), async (_input, ctx) => myEnterprises(ctx)),
  get: signedInAction(z.object({ enterpriseId: id }), async (input, ctx) => getEnterprise(ctx, input.enterpriseId)),
  list: roleAction(
    ENTERPRISE_STAFF,
    z.object({
      status: z.enum(ENTERPRISE_STATUSES, { error: '请选择待核实、已核实或未通过' }).optional(),
      liaisonId: id.optional(),
      notVisitedSince: z
        .union([z.literal('never'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')])
        .optional(),
      skip: z.number().int().min(0).max(10000).default(0),
      limit: z.number().int().min(1).max(100).default(50),
    }),
    async (input, ctx) => listEnterprises(ctx, input),
  ),
  verify: roleAction(ENTERPRISE_OFFICE, z.object({ enterpriseId: id, version }), async (input, ctx) =>
    decideRegistration(ctx, input.enterpriseId, input.version, { verify: true }),
  ),
  reject: roleAction(ENTERPRISE_OFFICE, z.object({ enterpriseId: id, version, reason }), async (input, ctx) =>
    decideRegistration(ctx, input.enterpriseId, input.version, { verify: false, reason: input.reason }),
  ),

  // Contacts join by the enterprise's invite
  createInvite: roleAction(['enterprise_contact'], z.object({ enterpriseId: id }), async (input, ctx) =>
    createContactInvite(ctx, input.enterpriseId),
  ),
  invites: roleAction(['enterprise_contact'], z.object({ enterpriseId: id }), async (input, ctx) =>
    listContactInvites(ctx, input.enterpriseId),
  ),
  joinByInvite: signedInAction(
    z.object({ code: inviteCode, name: registrationFields.contactName, phone: phoneField }),
    withConsent(async (input, ctx) => redeemContactInvite(ctx, input.code, { name: input.name, phone: input.phone })),
  ),
  contacts: signedInAction(z.object({ enterpriseId: id }), async (input, ctx) => listContacts(ctx, input.enterpriseId)),
  leave: roleAction(['enterprise_contact'], z.object({ enterpriseId: id }), async (input, ctx) =>
    leaveEnterprise(ctx, input.enterpriseId),
  ),

  // 包联: the office assigns each verified enterprise a liaison
  assignLiaison: roleAction(
    ENTERPRISE_OFFICE,
    z.object({ enterpriseId: id, version, liaisonId: idField('请选择包联责任人') }),
    async (input, ctx) => assignLiaison(ctx, input.enterpriseId, input.version, input.liaisonId),
  ),

  // 进百企: visits and their coverage
  logVisit: roleAction(
    ENTERPRISE_STAFF,
    z.object({
      enterpriseId: id,
      date,
      visitors: z.string({ error: '请填写走访人员' }).trim().min(1, '请填写走访人员').max(60, '走访人员最多 60 个字'),
      peopleMet: z
        .string({ error: '请填写见到的企业人员' })
        .trim()
        .min(1, '请填写见到的企业人员（姓名、职务）')
        .max(100, '企业人员最多 100 个字'),
      findings: z
        .array(z.string().trim().min(2, '每条发现至少 2 个字').max(300, '每条发现最多 300 个字'), {
          error: '请填写走访发现',
        })
        .max(10, '一次走访最多记 10 条发现')
        .default([]),
    }),
    async (input, ctx) => {
      await assertTextsAllowed(ctx, ctx.principal.openid, 'comment', {
        企业人员: input.peopleMet,
        ...Object.fromEntries(input.findings.map((f, i) => [`发现${i + 1}`, f])),
      });
      return logVisit(ctx, input);
    },
  ),
  visits: roleAction(
    ENTERPRISE_STAFF,
    z.object({ enterpriseId: id.optional(), limit: z.number().int().min(1).max(100).default(50) }),
    async (input, ctx) => listVisits(ctx, input.enterpriseId, input.limit),
  ),
  visit: roleAction(ENTERPRISE_STAFF, z.object({ visitId: id }), async (input, ctx) => getVisit(ctx, input.visitId)),
  coverage: roleAction(ENTERPRISE_STAFF, z.object({}), async (_input, ctx) => coverage(ctx)),
  /** A finding becomes a direct-line request in one step (financing needs the enterprise's own amount, purpose and term). */
  fileFinding: roleAction(
    ENTERPRISE_STAFF,
    z.object({
      visitId: id,
      findingId: z.string().regex(/^f\d{1,2}$/, '走访发现编号无效'),
      type: z.enum(['hiring', 'policy', 'premises', 'permits', 'other'], {
        error: '请选择诉求类型：招工、政策咨询、场地、审批或其他（融资诉求请企业在企业直通车填写金额、用途和期限）',
      }),
    }),
    async (input, ctx) => fileFinding(ctx, input.visitId, input.findingId, input.type),
  ),

  // Directory: departments and liaisons (any staff of the job)
  departments: roleAction(ENTERPRISE_STAFF, z.object({}), async (_input, ctx) => listDepartments(ctx.store)),
  liaisons: roleAction(
    ENTERPRISE_STAFF,
    z.object({ includeInactive: z.boolean().default(false) }),
    async (input, ctx) => listLiaisons(ctx.store, input.includeInactive),
  ),

  // 定向招聘 (job openings, residents' interest with consent) and 定位推送 (policies pushed to the enterprises they fit)
  ...recruitingActions,
  ...policyActions,
};
