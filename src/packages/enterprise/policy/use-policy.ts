import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { useEnterpriseRef } from '../measures/enterprise-ref';
import { useRunner } from '../../../hooks/use-runner';

/** One policy; opening it marks it read for the contact's enterprise (the server does that). */
export function usePolicy(policyId: string) {
  const ref = useEnterpriseRef();
  const enterpriseId = ref.enterpriseId;
  const page = useResource(
    useCallback(() => call('enterprise', 'getPolicy', { policyId, enterpriseId }), [policyId, enterpriseId]),
    { enabled: policyId !== '' },
  );
  const { busy, outcome, run: act } = useRunner();

  const setApplied = async (applied: boolean) => {
    const policy = await act(
      'apply',
      () => call('enterprise', 'markApplied', { policyId, applied, enterpriseId }),
      applied ? '已标记为已申报。' : '已取消“已申报”标记。',
    );
    if (policy) page.setData((prev) => (prev ? { ...prev, policy } : prev));
  };

  return { page, busy, outcome, setApplied };
}
