import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { ServiceView } from '../lib/types';
import { useRunner } from '../lib/use-runner';

/** The partner's own services; pausing stops new bookings only, existing ones are still handled. */
export function usePartnerServices() {
  const services = useResource<ServiceView[]>(() => call('eldercare', 'partnerServices'));
  const { busy, outcome, run } = useRunner();
  const { setData } = services;

  const setStatus = useCallback(
    async (service: ServiceView, status: 'active' | 'paused') => {
      const updated = await run(
        `status-${service.id}`,
        () => call('eldercare', 'setServiceStatus', { serviceId: service.id, status }),
        status === 'paused' ? `${service.name}已暂停预约。` : `${service.name}已恢复预约。`,
      );
      if (updated) setData((prev) => prev?.map((s) => (s.id === updated.id ? updated : s)) ?? prev);
      return updated !== null;
    },
    [run, setData],
  );

  return { services, busy, outcome, setStatus };
}
