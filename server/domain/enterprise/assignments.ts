import type { SignedInContext } from '../../core/action';
import { findStaff, type UserDoc } from '../account/users';
import { queueMessage } from '../notify/outbox';
import { CONTACTS, ENTERPRISES, LIAISONS, type EnterpriseDoc } from './model';
import { refusal } from './reasons';
import { enterpriseView } from './views';

/**
 * 包联: the economic work team gives each verified enterprise one liaison, a
 * leader or a department. The liaison's staff are told of the new enterprise,
 * the enterprise's contacts of who now serves them.
 */
export async function assignLiaison(ctx: SignedInContext, enterpriseId: string, version: number, liaisonId: string) {
  const liaison = await ctx.store.get(LIAISONS, liaisonId);
  if (!liaison) throw refusal('LIAISON_NOT_FOUND');
  if (!liaison.active) throw refusal('LIAISON_INACTIVE');
  const staff = (await findStaff(ctx.store)).filter((u: UserDoc) =>
    u.bindings.some((b) => b.role === 'enterprise_liaison' && b.liaisonId === liaisonId),
  );
  const contacts = await ctx.store.find(CONTACTS, { enterpriseId }, { limit: 100 });
  const updated = await ctx.store.transaction(async (tx) => {
    const current = await tx.get(ENTERPRISES, enterpriseId);
    if (!current) throw refusal('ENTERPRISE_NOT_FOUND');
    if (current.version !== version) throw refusal('ENTERPRISE_EDITED_BY_OTHERS');
    if (current.status !== 'verified') throw refusal('ASSIGN_BEFORE_VERIFY');
    if (current.liaisonId === liaisonId) throw refusal('SAME_LIAISON');
    const at = ctx.now.toISOString();
    const next: EnterpriseDoc = {
      ...current,
      liaisonId,
      liaisonAssignedAt: at,
      version: current.version + 1,
      updatedAt: at,
    };
    await tx.set(ENTERPRISES, next);
    for (const user of staff) {
      await queueMessage(
        tx,
        {
          recipient: user._id,
          kind: 'enterprise_assigned',
          title: '新的包联企业',
          body: `${next.name}已安排由${liaison.name}包联`,
          page: `/packages/enterprise/staff-enterprise/index?id=${next._id}`,
        },
        ctx.now,
      );
    }
    const who = liaison.kind === 'leader' ? `${liaison.title}${liaison.name}` : liaison.name;
    for (const contact of contacts) {
      await queueMessage(
        tx,
        {
          recipient: contact.openid,
          kind: 'enterprise_liaison_set',
          title: '包联责任人已安排',
          body: `${next.name}由${who}包联服务，有事可通过企业直通车联系`,
          page: '/packages/enterprise/index',
        },
        ctx.now,
      );
    }
    return next;
  });
  return enterpriseView(updated, liaison.name);
}
