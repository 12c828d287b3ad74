import { useCallback } from 'react';
import { call } from '../../../api/client';
import { needsLogin } from '../../../auth/session';
import { useResource } from '../../../hooks/use-resource';

/** The open jobs (public), and the resident's own interests once signed in. */
export function useJobs() {
  const jobs = useResource(useCallback(() => call('enterprise', 'listJobs', {}), []));
  const signedIn = !needsLogin();
  const mine = useResource(
    useCallback(() => call('enterprise', 'myInterests'), []),
    { enabled: signedIn },
  );
  return { jobs, mine, signedIn };
}
