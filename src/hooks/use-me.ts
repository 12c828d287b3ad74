import { call } from '../api/client';
import type { Me } from '../api/types';
import { needsLogin } from '../auth/session';
import { useResource } from './use-resource';

const ADMIN_ROLES = ['community_admin', 'district_admin'];

export function isAdmin(me: Me | null): boolean {
  return !!me?.roles.some((r) => ADMIN_ROLES.includes(r.role));
}

/** The signed-in person and their roles. */
export function useMe() {
  return useResource(() => call('account', 'me'), { enabled: !needsLogin() });
}
