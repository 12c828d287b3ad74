import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { ROLE_LABELS, sameBinding, type RoleBinding } from '../../core/roles';
import type { DocumentStore } from '../../store/port';
import { OUTBOX, messagesTo, queueMessage, unreadCount } from '../notify/outbox';
import { assertMayManage, managedCommunities, placeOf } from './authority';
import { consentState } from '../privacy/consent';
import { AUDIT, USERS, findStaff, getOrCreateUser, withBindings } from './users';

export interface RoleView {
  role: RoleBinding['role'] | 'resident';
  label: string;
  placeName: string;
  binding: RoleBinding | null;
}

async function viewRoles(store: DocumentStore, bindings: RoleBinding[]): Promise<RoleView[]> {
  const staff = await Promise.all(
    bindings.map(async (binding) => {
      const place = await placeOf(store, binding).catch(() => ({ name: '（已撤销的单位）', communityId: null }));
      return { role: binding.role, label: ROLE_LABELS[binding.role], placeName: place.name, binding };
    }),
  );
  return [{ role: 'resident', label: ROLE_LABELS.resident, placeName: '湖岛街道', binding: null }, ...staff];
}

/** The caller's own profile; the first call registers them as a resident. */
export async function me(ctx: SignedInContext) {
  const existing = await ctx.store.get(USERS, ctx.principal.openid);
  const user = existing ?? (await ctx.store.transaction((tx) => getOrCreateUser(tx, ctx.principal.openid, ctx.now)));
  return {
    openid: user._id,
    name: user.name,
    phone: user.phone,
    roles: await viewRoles(ctx.store, user.bindings),
    privacy: consentState(user),
  };
}

export async function updateProfile(ctx: SignedInContext, patch: { name?: string; phone?: string | null }) {
  await ctx.store.transaction(async (tx) => {
    const user = await getOrCreateUser(tx, ctx.principal.openid, ctx.now);
    await tx.set(USERS, { ...user, ...patch, updatedAt: ctx.now.toISOString() });
  });
  return me(ctx);
}

export async function listStaff(ctx: SignedInContext) {
  const communities = managedCommunities(ctx.principal);
  const staff = await findStaff(ctx.store);
  const rows = await Promise.all(
    staff.map(async (user) => {
      const roles = (await viewRoles(ctx.store, user.bindings)).filter((r) => r.binding !== null);
      const visible = communities === null ? roles : roles.filter((r) => r.role === 'grid_staff');
      return { openid: user._id, name: user.name, roles: visible, scopeIds: user.scopeIds };
    }),
  );
  if (communities === null) return rows.map(({ scopeIds: _, ...row }) => row);
  // A community admin sees grid staff of their own community only.
  const visible = await Promise.all(
    rows.map(async (row) => {
      const mine = [];
      for (const role of row.roles) {
        const place = await placeOf(ctx.store, role.binding!).catch(() => null);
        if (place?.communityId && communities.includes(place.communityId)) mine.push(role);
      }
      return { openid: row.openid, name: row.name, roles: mine };
    }),
  );
  return visible.filter((row) => row.roles.length > 0);
}

export async function revokeRole(ctx: SignedInContext, openid: string, binding: RoleBinding) {
  // Nobody revokes their own role: an admin could lock the office out, and a slip of the finger is not undoable.
  if (openid === ctx.principal.openid) {
    throw refusal('OWN_ROLE');
  }
  const place = await placeOf(ctx.store, binding).catch(() => ({ name: '', communityId: null }));
  assertMayManage(ctx.principal, binding, place);
  await ctx.store.transaction(async (tx) => {
    const user = await tx.get(USERS, openid);
    if (!user || !user.bindings.some((b) => sameBinding(b, binding))) throw refusal('ROLE_NOT_HELD');
    await tx.set(
      USERS,
      withBindings(
        user,
        user.bindings.filter((b) => !sameBinding(b, binding)),
        ctx.now,
      ),
    );
    await tx.create(AUDIT, {
      _id: `revoke-${openid}-${ctx.now.getTime()}-${binding.role}`,
      subject: openid,
      at: ctx.now.toISOString(),
      event: 'role_revoked',
      binding,
      by: ctx.principal.openid,
    });
    await queueMessage(
      tx,
      {
        recipient: openid,
        kind: 'role_revoked',
        title: '身份已撤销',
        body: `您在${place.name || '原单位'}的${ROLE_LABELS[binding.role]}身份已撤销。`,
      },
      ctx.now,
    );
  });
  return { revoked: true };
}

export async function inbox(ctx: SignedInContext, limit: number) {
  const messages = await messagesTo(ctx.store, ctx.principal.openid, limit);
  const unread = await unreadCount(ctx.store, ctx.principal.openid);
  return {
    unread,
    messages: messages.map((m) => ({
      id: m._id,
      kind: m.kind,
      title: m.title,
      body: m.body,
      page: m.page,
      phone: m.phone ?? null,
      createdAt: m.createdAt,
      read: m.readAt !== null,
    })),
  };
}

export async function markRead(ctx: SignedInContext, ids: string[]) {
  let marked = 0;
  await ctx.store.transaction(async (tx) => {
    for (const id of ids) {
      const message = await tx.get(OUTBOX, id);
      // Someone else's message id is treated as unknown, never as forbidden, so ids cannot be probed.
      if (!message || message.recipient !== ctx.principal.openid || message.readAt) continue;
      await tx.update(OUTBOX, id, { readAt: ctx.now.toISOString() });
      marked++;
    }
  });
  return { marked };
}
