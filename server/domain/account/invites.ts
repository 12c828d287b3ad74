import { randomInt } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { ROLE_LABELS, type RoleBinding } from '../../core/roles';
import { defineCollection } from '../../store/collections';
import { queueMessage } from '../notify/outbox';
import { assertMayManage, managedCommunities, placeOf } from './authority';
import { AUDIT, USERS, addBinding, getOrCreateUser } from './users';

export type InviteStatus = 'open' | 'redeemed' | 'revoked' | 'expired';

/** A one-time code that binds a staff role to whoever redeems it; the id is the code itself. */
export interface InviteDoc {
  _id: string;
  binding: RoleBinding;
  placeName: string;
  /** For scoped listing by community admins; null for sub-district-wide roles. */
  communityId: string | null;
  note: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  status: 'open' | 'redeemed' | 'revoked';
  redeemedBy: string | null;
  redeemedAt: string | null;
  revokedAt: string | null;
}

export const INVITES = defineCollection<InviteDoc>('invites', [
  {
    name: 'community_created',
    fields: [
      ['communityId', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
  { name: 'created', fields: [['createdAt', 'desc']] },
]);

export const INVITE_COLLECTIONS = [INVITES];

/** No 0/O, 1/I/L: codes are read aloud and typed by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;

export function generateInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Accepts what people type: lower case, spaces and dashes. */
export function normaliseInviteCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function inviteStatus(invite: InviteDoc, now: Date): InviteStatus {
  if (invite.status === 'open' && invite.expiresAt <= now.toISOString()) return 'expired';
  return invite.status;
}

export async function createInvite(ctx: SignedInContext, binding: RoleBinding, note: string) {
  const place = await placeOf(ctx.store, binding);
  assertMayManage(ctx.principal, binding, place);
  const expiresAt = new Date(ctx.now.getTime() + ctx.config.inviteTtlHours * 3600_000).toISOString();
  const invite: InviteDoc = {
    _id: generateInviteCode(),
    binding,
    placeName: place.name,
    communityId: place.communityId,
    note,
    createdBy: ctx.principal.openid,
    createdAt: ctx.now.toISOString(),
    expiresAt,
    status: 'open',
    redeemedBy: null,
    redeemedAt: null,
    revokedAt: null,
  };
  // A collision of random codes is astronomically rare; create() refuses it rather than overwrite.
  await ctx.store.transaction((tx) => tx.create(INVITES, invite));
  return viewInvite(invite, ctx.now);
}

export async function redeemInvite(ctx: SignedInContext, rawCode: string) {
  const code = normaliseInviteCode(rawCode);
  const result = await ctx.store.transaction(async (tx) => {
    const invite = await tx.get(INVITES, code);
    if (!invite) throw refusal('INVITE_NOT_FOUND');
    const status = inviteStatus(invite, ctx.now);
    if (status === 'redeemed') throw refusal('INVITE_USED');
    if (status === 'revoked') throw refusal('INVITE_REVOKED');
    if (status === 'expired') throw refusal('INVITE_EXPIRED');
    const user = addBinding(await getOrCreateUser(tx, ctx.principal.openid, ctx.now), invite.binding, ctx.now);
    await tx.set(USERS, user);
    await tx.update(INVITES, code, { status: 'redeemed', redeemedBy: user._id, redeemedAt: ctx.now.toISOString() });
    await tx.create(AUDIT, {
      _id: `invite-${code}`,
      subject: user._id,
      at: ctx.now.toISOString(),
      event: 'role_granted',
      binding: invite.binding,
      by: invite.createdBy,
    });
    await queueMessage(
      tx,
      {
        recipient: user._id,
        kind: 'role_granted',
        title: '身份已开通',
        body: `您已成为${invite.placeName}的${ROLE_LABELS[invite.binding.role]}。`,
        page: '/pages/me/index',
      },
      ctx.now,
    );
    return { invite, user };
  });
  return {
    binding: result.invite.binding,
    placeName: result.invite.placeName,
    roleLabel: ROLE_LABELS[result.invite.binding.role],
  };
}

export async function listInvites(ctx: SignedInContext) {
  const communities = managedCommunities(ctx.principal);
  const invites =
    communities === null
      ? await ctx.store.find(INVITES, {}, { orderBy: [['createdAt', 'desc']], limit: 200 })
      : await ctx.store.find(
          INVITES,
          { communityId: { $in: communities } },
          { orderBy: [['createdAt', 'desc']], limit: 200 },
        );
  return invites.map((invite) => viewInvite(invite, ctx.now));
}

export async function revokeInvite(ctx: SignedInContext, rawCode: string) {
  const code = normaliseInviteCode(rawCode);
  const invite = await ctx.store.transaction(async (tx) => {
    const found = await tx.get(INVITES, code);
    if (!found) throw refusal('INVITE_UNKNOWN');
    assertMayManage(ctx.principal, found.binding, { name: found.placeName, communityId: found.communityId });
    if (inviteStatus(found, ctx.now) !== 'open') throw refusal('INVITE_NOT_OPEN');
    const revoked: InviteDoc = { ...found, status: 'revoked', revokedAt: ctx.now.toISOString() };
    await tx.set(INVITES, revoked);
    return revoked;
  });
  return viewInvite(invite, ctx.now);
}

export function viewInvite(invite: InviteDoc, now: Date) {
  return {
    code: invite._id,
    role: invite.binding.role,
    roleLabel: ROLE_LABELS[invite.binding.role],
    binding: invite.binding,
    placeName: invite.placeName,
    note: invite.note,
    status: inviteStatus(invite, now),
    createdAt: invite.createdAt,
    expiresAt: invite.expiresAt,
    redeemedBy: invite.redeemedBy,
  };
}
