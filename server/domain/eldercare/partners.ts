import { randomUUID } from 'node:crypto';
import { refusal } from './reasons';
import type { SignedInContext } from '../../core/action';
import { USERS, addBinding, getOrCreateUser } from '../account/users';
import { queueMessage } from '../notify/outbox';
import { PARTNERS, type Partner } from '../org/org';
import { PARTNER_APPLICATIONS, type ApplicationDoc, type ApplicationStatus } from './model';
import { ELDERCARE_PAGES } from './notices';

/**
 * 红色合伙人: property companies, owners' committees, social organisations and
 * enterprises apply to join; a district admin approves or rejects with a
 * reason. Approval creates the partner and binds the applicant as its first
 * staff member in the same transaction, so there is never a partner without
 * anyone to handle its bookings.
 */
export interface ApplicationInput {
  name: string;
  kind: string;
  description: string;
  contactName: string;
  contactPhone: string;
}

export function applicationView(a: ApplicationDoc, showContact: boolean) {
  return {
    id: a._id,
    name: a.name,
    kind: a.kind,
    description: a.description,
    contactName: a.contactName,
    contactPhone: showContact ? a.contactPhone : null,
    status: a.status,
    statusLabel: { pending: '待审核', approved: '已批准', rejected: '未批准' }[a.status],
    decisionReason: a.decisionReason,
    decidedAt: a.decidedAt,
    partnerId: a.partnerId,
    createdAt: a.createdAt,
  };
}

export async function applyPartner(ctx: SignedInContext, input: ApplicationInput) {
  const pending = await ctx.store.count(PARTNER_APPLICATIONS, { applicant: ctx.principal.openid, status: 'pending' });
  if (pending > 0) throw refusal('APPLICATION_PENDING');
  const application: ApplicationDoc = {
    _id: `pa-${randomUUID().slice(0, 8)}`,
    ...input,
    applicant: ctx.principal.openid,
    status: 'pending',
    decisionReason: null,
    decidedBy: null,
    decidedAt: null,
    partnerId: null,
    createdAt: ctx.now.toISOString(),
  };
  await ctx.store.transaction((tx) => tx.create(PARTNER_APPLICATIONS, application));
  return applicationView(application, true);
}

export async function myApplications(ctx: SignedInContext) {
  const rows = await ctx.store.find(
    PARTNER_APPLICATIONS,
    { applicant: ctx.principal.openid },
    { orderBy: [['createdAt', 'desc']], limit: 50 },
  );
  return rows.map((a) => applicationView(a, true));
}

export async function listApplications(ctx: SignedInContext, status: ApplicationStatus | undefined) {
  const rows = await ctx.store.find(PARTNER_APPLICATIONS, status ? { status } : {}, {
    orderBy: [['createdAt', 'asc']],
    limit: 500,
  });
  return rows.map((a) => applicationView(a, true));
}

export async function decideApplication(ctx: SignedInContext, applicationId: string, approve: boolean, reason: string) {
  const decided = await ctx.store.transaction(async (tx) => {
    const application = await tx.get(PARTNER_APPLICATIONS, applicationId);
    if (!application) throw refusal('APPLICATION_NOT_FOUND');
    if (application.status !== 'pending') throw refusal('APPLICATION_REVIEWED');
    const at = ctx.now.toISOString();
    const partnerId = approve ? `p-${randomUUID().slice(0, 8)}` : null;
    if (partnerId) {
      const partner: Partner = {
        _id: partnerId,
        name: application.name,
        kind: application.kind,
        description: application.description,
        status: 'approved',
        phone: application.contactPhone,
      };
      await tx.create(PARTNERS, partner);
      const user = await getOrCreateUser(tx, application.applicant, ctx.now);
      await tx.set(USERS, addBinding(user, { role: 'partner_staff', partnerId }, ctx.now));
    }
    const next: ApplicationDoc = {
      ...application,
      status: approve ? 'approved' : 'rejected',
      decisionReason: reason || null,
      decidedBy: ctx.principal.openid,
      decidedAt: at,
      partnerId,
    };
    await tx.set(PARTNER_APPLICATIONS, next);
    await queueMessage(
      tx,
      {
        recipient: application.applicant,
        kind: 'partner_application',
        title: approve ? '红色合伙人申请已批准' : '红色合伙人申请未获批准',
        body: approve
          ? `${application.name}已成为湖岛街道红色合伙人，您可以在工作台管理服务和预约。`
          : `${application.name}的申请未获批准：${reason}`,
        page: approve ? ELDERCARE_PAGES.partner : '/pages/me/index',
      },
      ctx.now,
    );
    return next;
  });
  return applicationView(decided, true);
}
