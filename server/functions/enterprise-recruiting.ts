import * as z from 'zod';
import { idField, phoneField, versionField } from '../core/fields';
import { publicAction, roleAction, signedInAction } from '../core/action';
import { ENTERPRISE_CONTACTS, ENTERPRISE_STAFF } from '../domain/enterprise/access';
import {
  decideInterest,
  enterpriseJobs,
  expressInterest,
  getJob,
  jobInterests,
  listJobs,
  myInterests,
  postJob,
  setContactSharing,
  setJobOpen,
  staffJobs,
  updateJob,
  withdrawInterest,
} from '../domain/enterprise/recruiting';
import { withConsent } from '../domain/privacy/consent';

/**
 * 定向招聘 actions of the `enterprise` function (spread into its registry in
 * server/functions/enterprise.ts): enterprise contacts post and fill openings,
 * residents browse and say they are interested, staff see the figures.
 */
const id = idField();
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(max, `${label}最多 ${max} 个字`);
const required = (label: string, max: number) => text(label, max).min(1, `请填写${label}`);

const jobFields = {
  title: required('工种名称', 30),
  description: required('岗位说明', 500),
  openings: z
    .number({ error: '请填写招聘人数' })
    .int('招聘人数须为整数')
    .min(1, '招聘人数至少 1 人')
    .max(500, '招聘人数最多 500 人'),
  pay: required('薪资待遇', 30),
  workplace: required('工作地点', 60),
};
const jobInput = z.object(jobFields);

/**
 * Consent to share the contact comes with the contact: without the tick no
 * name or phone is accepted (a form cannot send them by mistake).
 */
const interestInput = z
  .object({
    jobId: id,
    shareContact: z.boolean({ error: '请选择是否把联系方式提供给企业' }),
    name: z.string().trim().min(1, '请填写称呼').max(20, '称呼最多 20 个字').nullable().default(null),
    phone: phoneField.nullable().default(null),
    note: text('给企业的留言', 200).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.shareContact && (!v.name || !v.phone))
      ctx.addIssue({
        code: 'custom',
        path: [v.name ? 'phone' : 'name'],
        message: '同意提供联系方式时，请填写称呼和电话',
      });
    if (!v.shareContact && (v.name || v.phone || v.note))
      ctx.addIssue({
        code: 'custom',
        path: ['shareContact'],
        message: '未同意提供联系方式时，不能填写称呼、电话和留言',
      });
  });

const enterpriseRef = { enterpriseId: id.optional() };

export const recruitingActions = {
  // Residents: public list and detail, interest with consent.
  listJobs: publicAction(z.object({ skip: z.number().int().min(0).max(10_000).default(0) }), async (input, ctx) =>
    listJobs(ctx, input.skip),
  ),
  getJob: publicAction(z.object({ jobId: id }), async (input, ctx) => getJob(ctx, input.jobId)),
  expressInterest: signedInAction(
    interestInput,
    withConsent(async ({ jobId, ...input }, ctx) => expressInterest(ctx, jobId, input)),
  ),
  setContactSharing: signedInAction(
    interestInput,
    withConsent(async ({ jobId, ...input }, ctx) => setContactSharing(ctx, jobId, input)),
  ),
  withdrawInterest: signedInAction(z.object({ jobId: id }), async (input, ctx) => withdrawInterest(ctx, input.jobId)),
  myInterests: signedInAction(z.object({}), async (_input, ctx) => myInterests(ctx)),

  // Enterprise contacts: their own openings.
  postJob: roleAction(ENTERPRISE_CONTACTS, jobInput.extend(enterpriseRef), async ({ enterpriseId, ...input }, ctx) =>
    postJob(ctx, input, enterpriseId),
  ),
  updateJob: roleAction(
    ENTERPRISE_CONTACTS,
    z
      // No defaults: a field left out of an edit keeps its value.
      .object({ jobId: id, version: versionField(), ...jobInput.partial().shape })
      .refine(
        (v) => Object.keys(jobFields).some((k) => v[k as keyof typeof jobFields] !== undefined),
        '请至少修改一项',
      ),
    async ({ jobId, version, ...patch }, ctx) => updateJob(ctx, jobId, version, patch),
  ),
  // The job (or the interest) names its enterprise: the caller must speak for it.
  setJobOpen: roleAction(
    ENTERPRISE_CONTACTS,
    z.object({ jobId: id, version: versionField(), open: z.boolean({ error: '请选择继续招聘或停止招聘' }) }),
    async (input, ctx) => setJobOpen(ctx, input.jobId, input.version, input.open),
  ),
  enterpriseJobs: roleAction(ENTERPRISE_CONTACTS, z.object(enterpriseRef), async (input, ctx) =>
    enterpriseJobs(ctx, input.enterpriseId),
  ),
  jobInterests: roleAction(ENTERPRISE_CONTACTS, z.object({ jobId: id }), async (input, ctx) =>
    jobInterests(ctx, input.jobId),
  ),
  decideInterest: roleAction(
    ENTERPRISE_CONTACTS,
    z.object({ interestId: id, decision: z.enum(['hire', 'decline'], { error: '请选择录用或不录用' }) }),
    async (input, ctx) => decideInterest(ctx, input.interestId, input.decision),
  ),

  // Staff: jobs of the enterprises they serve, and jobs filled.
  staffJobs: roleAction(ENTERPRISE_STAFF, z.object({}), async (_input, ctx) => staffJobs(ctx)),
};
