import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { subscribeFor } from '../../../platform/subscribe';
import type { OutputOf } from '../../../api/types';
import { useEnterpriseRef } from '../measures/enterprise-ref';
import { PAGE_SIZE } from '../measures/paging';

interface Filter {
  onlyFitting: boolean;
  limit: number;
}

/** The policies for the contact's enterprise, those that fit it first; optionally only those. */
export function usePolicies() {
  const ref = useEnterpriseRef();
  const load = (filter: Filter) => call('enterprise', 'enterprisePolicies', { ...filter, ...ref });
  const {
    filter,
    setFilter,
    resource: list,
  } = useFilteredResource<Filter, OutputOf<'enterprise', 'enterprisePolicies'>>(
    { onlyFitting: false, limit: PAGE_SIZE },
    load,
  );
  const setOnlyFitting = (onlyFitting: boolean) => setFilter({ onlyFitting, limit: PAGE_SIZE });
  const showMore = () => setFilter((f) => ({ ...f, limit: f.limit + PAGE_SIZE }));
  // WeChat asks from a tap: the contact chooses to hear about new policies that fit.
  const subscribe = () => void subscribeFor('enterprisePolicy');
  return { list, ref, onlyFitting: filter.onlyFitting, setOnlyFitting, showMore, subscribe };
}
