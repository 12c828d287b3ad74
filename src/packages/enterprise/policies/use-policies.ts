import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { subscribeFor } from '../../../platform/subscribe';

const load = (onlyFitting: boolean) => call('enterprise', 'enterprisePolicies', { onlyFitting });

/** The policies for the contact's enterprise, those that fit it first; optionally only those. */
export function usePolicies() {
  const { filter: onlyFitting, setFilter: setOnlyFitting, resource: list } = useFilteredResource<boolean, Awaited<ReturnType<typeof load>>>(false, load);
  // WeChat asks from a tap: the contact chooses to hear about new policies that fit.
  const subscribe = () => void subscribeFor('enterprisePolicy');
  return { list, onlyFitting, setOnlyFitting, subscribe };
}
