import type { SignedInContext } from '../../core/action';
import { defineCollection, type CollectionSpec } from '../../store/collections';
import { addBinding, getOrCreateUser, USERS, withBindings } from '../account/users';
import { generateInviteCode, normaliseInviteCode } from '../account/invites';
import { queueMessage } from '../notify/outbox';
import { contactEnterpriseIds, isContactOf, readableEnterprise } from './access';
import { MAX_ENTERPRISES_PER_PERSON } from './enterprises';
import { CONTACTS, contactId, ENTERPRISES } from './model';
import { refusal } from './reasons';

/**
 * More contacts join an enterprise by its invite: a contact makes a one-time
 * code and passes it to a colleague, who redeems it and becomes a contact of
 * the same enterprise. The code is the id, as with staff invites (same
 * alphabet, no 0/O or 1/I/L), so redeeming it twice is one transaction's check.
 */
export interface EnterpriseInviteDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  status: 'open' | 'redeemed';
  redeemedBy: string | null;
  redeemedAt: string | null;
}

export const INVITES = defineCollection<EnterpriseInviteDoc>('enterprise_invites', [
  {
    name: 'enterprise_created',
    fields: [
      ['enterpriseId', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
]);
export const INVITE_COLLECTIONS: CollectionSpec[] = [INVITES];

/** An enterprise has at most this many contacts (the people who speak for it; more is a sign of a shared account). */
export const MAX_CONTACTS = 10;

function inviteView(invite: EnterpriseInviteDoc, now: Date) {
  const expired = invite.status === 'open' && invite.expiresAt <= now.toISOString();
  return {
    code: invite._id,
    enterpriseId: invite.enterpriseId,
    enterpriseName: invite.enterpriseName,
    expiresAt: invite.expiresAt,
    status: expired ? ('expired' as const) : invite.status,
  };
}

export async function createContactInvite(ctx: SignedInContext, enterpriseId: string) {
  if (!isContactOf(ctx.principal, enterpriseId)) throw refusal('ENTERPRISE_NOT_FOUND');
  const enterprise = await readableEnterprise(ctx.store, ctx.principal, enterpriseId);
  if ((await ctx.store.count(CONTACTS, { enterpriseId })) >= MAX_CONTACTS)
    throw refusal('TOO_MANY_CONTACTS', { max: MAX_CONTACTS });
  const invite: EnterpriseInviteDoc = {
    _id: generateInviteCode(),
    enterpriseId,
    enterpriseName: enterprise.name,
    createdBy: ctx.principal.openid,
    createdAt: ctx.now.toISOString(),
    expiresAt: new Date(ctx.now.getTime() + ctx.config.inviteTtlHours * 3600_000).toISOString(),
    status: 'open',
    redeemedBy: null,
    redeemedAt: null,
  };
  // A collision of random codes is astronomically rare; create() refuses it rather than overwrite.
  await ctx.store.transaction((tx) => tx.create(INVITES, invite));
  return inviteView(invite, ctx.now);
}

export async function redeemContactInvite(
  ctx: SignedInContext,
  rawCode: string,
  person: { name: string; phone: string },
) {
  const code = normaliseInviteCode(rawCode);
  if (contactEnterpriseIds(ctx.principal).length >= MAX_ENTERPRISES_PER_PERSON)
    throw refusal('TOO_MANY_ENTERPRISES', { max: MAX_ENTERPRISES_PER_PERSON });
  const peek = await ctx.store.get(INVITES, code);
  const contacts = peek ? await ctx.store.count(CONTACTS, { enterpriseId: peek.enterpriseId }) : 0;
  return ctx.store.transaction(async (tx) => {
    const invite = await tx.get(INVITES, code);
    if (!invite) throw refusal('INVITE_INVALID');
    if (invite.status !== 'open') throw refusal('INVITE_USED');
    if (invite.expiresAt <= ctx.now.toISOString()) throw refusal('INVITE_EXPIRED');
    const enterprise = await tx.get(ENTERPRISES, invite.enterpriseId);
    if (!enterprise) throw refusal('INVITE_INVALID');
    if (await tx.get(CONTACTS, contactId(enterprise._id, ctx.principal.openid)))
      throw refusal('ALREADY_A_CONTACT', { enterpriseName: enterprise.name });
    if (contacts >= MAX_CONTACTS) throw refusal('TOO_MANY_CONTACTS', { max: MAX_CONTACTS });
    const at = ctx.now.toISOString();
    const user = await getOrCreateUser(tx, ctx.principal.openid, ctx.now);
    await tx.create(CONTACTS, {
      _id: contactId(enterprise._id, user._id),
      enterpriseId: enterprise._id,
      openid: user._id,
      name: person.name,
      phone: person.phone,
      joinedVia: 'invite',
      joinedAt: at,
    });
    await tx.set(USERS, addBinding(user, { role: 'enterprise_contact', enterpriseId: enterprise._id }, ctx.now));
    await tx.set(INVITES, { ...invite, status: 'redeemed', redeemedBy: user._id, redeemedAt: at });
    await queueMessage(
      tx,
      {
        recipient: invite.createdBy,
        kind: 'enterprise_contact_joined',
        title: '新的企业联系人已加入',
        body: `${person.name}用您的邀请码加入了${enterprise.name}`,
        page: '/packages/enterprise/index',
      },
      ctx.now,
    );
    return { enterpriseId: enterprise._id, enterpriseName: enterprise.name };
  });
}

/** Who speaks for the enterprise: for its contacts and the staff who serve it. */
export async function listContacts(ctx: SignedInContext, enterpriseId: string) {
  await readableEnterprise(ctx.store, ctx.principal, enterpriseId);
  const contacts = await ctx.store.find(
    CONTACTS,
    { enterpriseId },
    { orderBy: [['joinedAt', 'asc']], limit: MAX_CONTACTS * 2 },
  );
  return contacts.map((c) => ({
    name: c.name,
    phone: c.phone,
    joinedVia: c.joinedVia,
    joinedAt: c.joinedAt,
    isMe: c.openid === ctx.principal.openid,
  }));
}

/** The open invites of an enterprise, for its contacts (so a code not yet used can be passed on again). */
export async function listContactInvites(ctx: SignedInContext, enterpriseId: string) {
  if (!isContactOf(ctx.principal, enterpriseId)) throw refusal('ENTERPRISE_NOT_FOUND');
  const invites = await ctx.store.find(INVITES, { enterpriseId }, { orderBy: [['createdAt', 'desc']], limit: 20 });
  return invites.map((i) => inviteView(i, ctx.now)).filter((i) => i.status === 'open');
}

/**
 * A contact stops speaking for the enterprise (changed jobs, or before deleting
 * their account): the binding and the contact row go together. The last
 * contact cannot leave, so an enterprise is never left without anyone to hear
 * from the sub-district; the office can still reach it by its registered phone.
 */
export async function leaveEnterprise(ctx: SignedInContext, enterpriseId: string) {
  if (!isContactOf(ctx.principal, enterpriseId)) throw refusal('ENTERPRISE_NOT_FOUND');
  const others = (await ctx.store.find(CONTACTS, { enterpriseId }, { limit: MAX_CONTACTS * 2 })).filter(
    (c) => c.openid !== ctx.principal.openid,
  );
  if (others.length === 0) throw refusal('LAST_CONTACT');
  await ctx.store.transaction(async (tx) => {
    const user = await tx.get(USERS, ctx.principal.openid);
    if (!user) throw refusal('NOT_A_CONTACT');
    const bindings = user.bindings.filter((b) => !(b.role === 'enterprise_contact' && b.enterpriseId === enterpriseId));
    await tx.set(USERS, withBindings(user, bindings, ctx.now));
    await tx.remove(CONTACTS, contactId(enterpriseId, ctx.principal.openid));
  });
  return { enterpriseId, left: true };
}
