import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import { subscribeFor } from '../../../platform/subscribe';
import type { FinanceProduct, Outcome, RequestReply, StaffRequest } from '../request-lib/types';
import { useRunner } from '../../../hooks/use-runner';

/** One request on the staff side: load it, and each step (accept, reply, match, outcome, resolve) replacing it with the server's answer. */
export function useHandle(requestId: string) {
  const resource = useResource<RequestReply>(() => call('enterprise', 'getRequest', { requestId }));
  const step = useRunner();
  const request = resource.data?.audience === 'staff' ? resource.data.request : null;
  const version = request?.version;
  const { setData, reload } = resource;
  const { run } = step;

  const change = useCallback(
    async (key: string, action: () => Promise<StaffRequest>, success: string) => {
      // Each tap renews consent to hear of the next request and of deadlines (one-time templates are used up per message).
      await subscribeFor('staffWork');
      const updated = await run(key, action, success);
      if (updated) setData(() => ({ audience: 'staff', request: updated }));
      else reload();
      return updated !== null;
    },
    [run, setData, reload],
  );

  const accept = (note: string) =>
    change(
      'accept',
      () => call('enterprise', 'acceptRequest', { requestId, version, note }),
      '已受理，企业已收到通知。',
    );
  const reply = (note: string) =>
    change('reply', () => call('enterprise', 'replyRequest', { requestId, version, note }), '进展已发给企业。');
  const match = (productId: string) =>
    change(
      `match-${productId}`,
      () => call('enterprise', 'matchFinancing', { requestId, version, productId }),
      '已把产品推荐给企业。',
    );
  const matchOutcome = (productId: string, granted: boolean, grantedWan: number | null) =>
    change(
      `outcome-${productId}`,
      () => call('enterprise', 'recordFinancingOutcome', { requestId, version, productId, granted, grantedWan }),
      granted ? '已记录放款。' : '已记录未获批。',
    );
  const resolve = (outcome: Outcome) =>
    change(
      'resolve',
      () => call('enterprise', 'resolveRequest', { requestId, version, outcome }),
      '已办结，请企业评价。',
    );
  const loadProducts = () => call('enterprise', 'productsForRequest', { requestId }) as Promise<FinanceProduct[]>;

  return { resource, request, step, accept, reply, match, matchOutcome, resolve, loadProducts };
}
