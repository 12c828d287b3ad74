import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { useRunner } from '../../../hooks/use-runner';

/** An enterprise's contacts and open invite codes, and making a new code. */
export function useInvite(enterpriseId: string) {
  const contacts = useResource(() => call('enterprise', 'contacts', { enterpriseId }));
  const invites = useResource(() => call('enterprise', 'invites', { enterpriseId }));
  const { busy, outcome, run } = useRunner();
  const { reload } = invites;

  const create = useCallback(async () => {
    await run('create', () => call('enterprise', 'createInvite', { enterpriseId }), '邀请码已生成，请发给同事。');
    reload();
  }, [enterpriseId, run, reload]);

  const leave = useCallback(
    async () => (await run('leave', () => call('enterprise', 'leave', { enterpriseId }))) !== null,
    [enterpriseId, run],
  );

  return { contacts, invites, create, leave, busy, outcome };
}
