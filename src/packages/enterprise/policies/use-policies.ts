import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { subscribeFor } from '../../../platform/subscribe';
import { PAGE_SIZE } from '../measures/paging';


interface Filter {
  onlyFitting: boolean;
  limit: number;
}

const load = (filter: Filter) => call('enterprise', 'enterprisePolicies', filter);

/** The policies for the contact's enterprise, those that fit it first; optionally only those. */
export function usePolicies() {
  const { filter, setFilter, resource: list } = useFilteredResource<Filter, Awaited<ReturnType<typeof load>>>({ onlyFitting: false, limit: PAGE_SIZE }, load);
  const setOnlyFitting = (onlyFitting: boolean) => setFilter({ onlyFitting, limit: PAGE_SIZE });
  const showMore = () => setFilter((f) => ({ ...f, limit: f.limit + PAGE_SIZE }));
  // WeChat asks from a tap: the contact chooses to hear about new policies that fit.
  const subscribe = () => void subscribeFor('enterprisePolicy');
  return { list, onlyFitting: filter.onlyFitting, setOnlyFitting, showMore, subscribe };
}
