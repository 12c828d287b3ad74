import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { useRunner } from '../../../hooks/use-runner';

/** Who is interested in one opening, and the enterprise's answer to each. */
export function useApplicants(jobId: string) {
  const list = useResource(
    useCallback(() => call('enterprise', 'jobInterests', { jobId }), [jobId]),
    { enabled: jobId !== '' },
  );
  const { busy, outcome, run: act } = useRunner();

  const decide = async (interestId: string, decision: 'hire' | 'decline') => {
    const done = await act(
      `${decision}-${interestId}`,
      () => call('enterprise', 'decideInterest', { interestId, decision }),
      decision === 'hire' ? '已标记录用，已通知这位居民。' : '已标记未录用，已通知这位居民。',
    );
    if (done) list.reload();
  };

  return { list, busy, outcome, decide };
}
