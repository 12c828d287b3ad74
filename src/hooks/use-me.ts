import { call } from '../api/client';
import { needsLogin } from '../auth/session';
import { useResource } from './use-resource';

/** The signed-in person and their roles. */
export function useMe() {
  return useResource(() => call('account', 'me'), { enabled: !needsLogin() });
}
