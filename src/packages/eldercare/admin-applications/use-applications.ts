import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import type { Application } from '../lib/types';
import { useRunner } from '../lib/use-runner';

export type ApplicationFilter = 'pending' | 'approved' | 'rejected';

/** 红色合伙人 applications for the district admin: approving creates the partner and makes the applicant its first staff member. */
export function useApplications() {
  const {
    filter,
    setFilter,
    resource: applications,
  } = useFilteredResource<ApplicationFilter, Application[]>('pending', (status) =>
    call('eldercare', 'listApplications', { status }),
  );
  const { busy, outcome, run } = useRunner();
  const { reload } = applications;

  const decide = useCallback(
    async (a: Application, approve: boolean, reason: string) => {
      const done = await run(
        `decide-${a.id}`,
        () =>
          call('eldercare', 'decideApplication', {
            applicationId: a.id,
            decision: approve ? 'approve' : 'reject',
            reason: reason.trim(),
          }),
        approve
          ? `已批准${a.name}成为红色合伙人，申请人会收到通知。`
          : `已不批准${a.name}的申请，申请人会收到通知和原因。`,
      );
      reload();
      return done !== null;
    },
    [run, reload],
  );

  return { filter, setFilter, applications, decide, busy, outcome };
}
