import * as z from 'zod';
import { idField, phoneField } from '../core/fields';
import { publicAction, roleAction, signedInAction } from '../core/action';
import { createInvite, listInvites, redeemInvite, revokeInvite } from '../domain/account/invites';
import { inbox, listStaff, markRead, me, revokeRole, updateProfile } from '../domain/account/profile';
import { agreePrivacy, withConsent } from '../domain/privacy/consent';
import { deleteAccount } from '../domain/privacy/erase';
import { myData } from '../domain/privacy/my-data';
import { hotlines } from '../domain/org/hotlines';

const id = idField();

export const bindingSchema = z.discriminatedUnion(
  'role',
  [
    z.object({ role: z.literal('grid_staff'), branchId: id }),
    z.object({ role: z.literal('community_admin'), communityId: id }),
    z.object({ role: z.literal('district_admin') }),
    z.object({ role: z.literal('partner_staff'), partnerId: id }),
    z.object({ role: z.literal('economic_staff') }),
    z.object({ role: z.literal('enterprise_liaison'), liaisonId: id }),
  ],
  { error: '请选择要授予的身份：网格员、社区管理员、街道管理员、红色合伙人、经济工作组或包联干部' },
);

const inviteCode = z
  .string({ error: '请输入邀请码' })
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Za-z0-9]{8}$/, '邀请码是 8 位字母和数字'));

const phone = phoneField;

const ADMINS = ['community_admin', 'district_admin'] as const;

/** Accounts and roles: who the caller is, and how staff roles are granted and taken back. */
export const account = {
  /** A no-op for health checks and the bench baseline. */
  ping: publicAction(z.object({}), async (_input, ctx) => ({ pong: true, at: ctx.now.toISOString() })),

  me: signedInAction(z.object({}), async (_input, ctx) => me(ctx)),

  updateProfile: signedInAction(
    z
      .object({
        name: z.string().trim().min(1, '请填写称呼').max(20, '称呼最多 20 个字').optional(),
        phone: phone.nullable().optional(),
      })
      .refine((v) => v.name !== undefined || v.phone !== undefined, '请至少修改一项'),
    withConsent(async (input, ctx) => updateProfile(ctx, input)),
  ),

  /** Consent to the privacy policy version the resident read (src/privacy/data.ts POLICY_VERSION). */
  agreePrivacy: signedInAction(
    z.object({
      version: z.string({ error: '缺少隐私政策版本' }).trim().min(1, '缺少隐私政策版本').max(32, '隐私政策版本无效'),
    }),
    async (input, ctx) => agreePrivacy(ctx, input.version),
  ),

  createInvite: roleAction(
    ADMINS,
    z.object({ binding: bindingSchema, note: z.string().trim().max(100, '备注最多 100 个字').default('') }),
    async (input, ctx) => createInvite(ctx, input.binding, input.note),
  ),

  redeemInvite: signedInAction(z.object({ code: inviteCode }), async (input, ctx) => redeemInvite(ctx, input.code)),

  listInvites: roleAction(ADMINS, z.object({}), async (_input, ctx) => listInvites(ctx)),

  revokeInvite: roleAction(ADMINS, z.object({ code: inviteCode }), async (input, ctx) => revokeInvite(ctx, input.code)),

  listStaff: roleAction(ADMINS, z.object({}), async (_input, ctx) => listStaff(ctx)),

  revokeRole: roleAction(ADMINS, z.object({ openid: id, binding: bindingSchema }), async (input, ctx) =>
    revokeRole(ctx, input.openid, input.binding),
  ),

  inbox: signedInAction(z.object({ limit: z.number().int().min(1).max(100).default(50) }), async (input, ctx) =>
    inbox(ctx, input.limit),
  ),

  markRead: signedInAction(
    z.object({ ids: z.array(id).min(1, '请选择消息').max(100, '一次最多 100 条') }),
    async (input, ctx) => markRead(ctx, input.ids),
  ),

  /** 我的数据: everything held about the caller and the elders they guard, with a readable file and a JSON file. */
  myData: signedInAction(z.object({}), async (_input, ctx) => myData(ctx)),

  /** 注销账号: the typed word guards against a slip of the finger; refused while the caller holds a staff role. */
  deleteAccount: signedInAction(
    z.object({ confirm: z.literal('注销', { error: '请输入“注销”两个字确认' }) }),
    async (_input, ctx) => deleteAccount(ctx),
  ),

  /** The sub-district and community hotlines for 首页 (signed in, like 首页 itself). */
  hotlines: signedInAction(z.object({}), async (_input, ctx) => hotlines(ctx.store)),
};
