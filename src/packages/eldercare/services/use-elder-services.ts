import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { ElderProfile, ElderServiceRow, ServiceView } from '../lib/types';

/** One elder and what each service means for them today: bookable, or why not, and how many are left this year. */
export function useElderServices(elderId: string) {
  return useResource<{ elder: ElderProfile; services: ElderServiceRow[] }>(async () => {
    const [elder, services] = await Promise.all([
      call('eldercare', 'getElder', { elderId }),
      call('eldercare', 'servicesForElder', { elderId }),
    ]);
    return { elder, services };
  });
}

/** The services on offer, for anyone (signed in or not): what a shared link to this page shows. */
export function useOfferedServices() {
  return useResource<ServiceView[]>(() => call('eldercare', 'listServices', {}));
}
