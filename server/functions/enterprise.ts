import * as z from 'zod';
import { idField, phoneField, versionField } from '../core/fields';
import { roleAction, signedInAction } from '../core/action';
import { withConsent } from '../domain/privacy/consent';
import { assertTextsAllowed } from '../domain/moderation/check';
import { ENTERPRISE_OFFICE, ENTERPRISE_STAFF } from '../domain/enterprise/access';
import { listDepartments, listLiaisons } from '../domain/enterprise/directory';
import { decideRegistration, getEnterprise, listEnterprises, myEnterprises, registerEnterprise, resubmitEnterprise } from '../domain/enterprise/enterprises';
import { ENTERPRISE_STATUSES, INDUSTRIES, SIZES } from '../domain/enterprise/model';
import { policyActions } from './enterprise-policies';
import { recruitingActions } from './enterprise-recruiting';

const id = idField();
const version = versionField();
const reason = z.string().trim().min(2, '请填写原因（至少 2 个字）').max(200, '原因最多 200 个字');

/** The fields a contact fills in at registration (and corrects on resubmission). */
const registrationFields = {
  name: z.string({ error: '请填写企业名称' }).trim().min(2, '请填写企业名称（营业执照上的全称）').max(60, '企业名称最多 60 个字'),
  industry: z.enum(INDUSTRIES, { error: '请选择所属行业' }),
  size: z.enum(SIZES, { error: '请选择企业规模：大型、中型、小型或微型' }),
  address: z.string({ error: '请填写经营地址' }).trim().min(4, '请填写经营地址（路名和门牌号）').max(100, '经营地址最多 100 个字'),
  contactName: z.string({ error: '请填写联系人姓名' }).trim().min(1, '请填写联系人姓名').max(20, '联系人姓名最多 20 个字'),
  contactPhone: phoneField,
};

/** Enterprise names and addresses are read by staff: checked like any text others read. */
async function checkTexts(ctx: Parameters<typeof assertTextsAllowed>[0], openid: string, input: { name: string; address: string }) {
  await assertTextsAllowed(ctx, openid, 'profile', { 企业名称: input.name, 经营地址: input.address });
}

/**
 * 企业直通车: enterprises register and are verified, contacts join by invite,
 * liaisons (包联) are assigned, staff visit (进百企). The direct line of
 * requests, job postings and policy push add their actions below, each in its
 * own block.
 */
export const enterprise = {
  // Registration and verification (contacts; 经济工作组 and district admins decide)
  register: signedInAction(
    z.object({ ...registrationFields, creditCode: z.string({ error: '请填写统一社会信用代码' }).trim().min(1, '请填写统一社会信用代码').max(30, '统一社会信用代码是 18 位') }),
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
      notVisitedSince: z.union([z.literal('never'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')]).optional(),
      skip: z.number().int().min(0).max(10000).default(0),
      limit: z.number().int().min(1).max(100).default(50),
    }),
    async (input, ctx) => listEnterprises(ctx, input),
  ),
  verify: roleAction(ENTERPRISE_OFFICE, z.object({ enterpriseId: id, version }), async (input, ctx) => decideRegistration(ctx, input.enterpriseId, input.version, { verify: true })),
  reject: roleAction(ENTERPRISE_OFFICE, z.object({ enterpriseId: id, version, reason }), async (input, ctx) =>
    decideRegistration(ctx, input.enterpriseId, input.version, { verify: false, reason: input.reason }),
  ),

  // Directory: departments and liaisons (any staff of the job)
  departments: roleAction(ENTERPRISE_STAFF, z.object({}), async (_input, ctx) => listDepartments(ctx.store)),
  liaisons: roleAction(ENTERPRISE_STAFF, z.object({ includeInactive: z.boolean().default(false) }), async (input, ctx) => listLiaisons(ctx.store, input.includeInactive)),

  // 定向招聘 (job openings, residents' interest with consent) and 定位推送 (policies pushed to the enterprises they fit)
  ...recruitingActions,
  ...policyActions,
};
