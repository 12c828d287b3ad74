import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { Application } from '../lib/types';
import { useRunner } from '../lib/use-runner';

export type ApplicationFilter = 'pending' | 'approved' | 'rejected';

/** 红色合伙人 applications for the district admin: approving creates the partner and makes the applicant its first staff member. */
export function useApplications() {
  const [filter, setFilter] = useState<ApplicationFilter>('pending');
  const applications = useResource<Application[]>(() => call('eldercare', 'listApplications', { status: filter }));
  const { busy, outcome, run } = useRunner();
  const { reload } = applications;
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [filter, reload]);

  const decide = useCallback(
    async (a: Application, approve: boolean, reason: string) => {
      const done = await run(
        `decide-${a.id}`,
        () => call('eldercare', 'decideApplication', { applicationId: a.id, decision: approve ? 'approve' : 'reject', reason: reason.trim() }),
        approve ? `已批准${a.name}成为红色合伙人，申请人会收到通知。` : `已不批准${a.name}的申请，申请人会收到通知和原因。`,
      );
      reload();
      return done !== null;
    },
    [run, reload],
  );

  return { filter, setFilter, applications, decide, busy, outcome };
}
