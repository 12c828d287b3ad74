import type { Principal } from '../../core/action';
import type { DocumentStore } from '../../store/port';
import { USERS } from './users';

/** Roles come from the users collection, read fresh on every call so a revoked role stops at once. */
export async function loadPrincipal(store: DocumentStore, openid: string): Promise<Principal> {
  const user = await store.get(USERS, openid);
  return { openid, bindings: user?.bindings ?? [], registered: Boolean(user), consent: user?.consent ?? null };
}
