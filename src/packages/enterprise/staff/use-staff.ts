import { call } from '../../../api/client';
import type { InputOf } from '../../../api/types';
import { todayInShanghai } from '../../../components/PickerField';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { useResource } from '../../../hooks/use-resource';

export type StaffFilter = 'all' | 'pending' | 'unassigned' | 'not_visited';

/** The first day (YYYY-MM-DD) of the quarter a date falls in. */
export function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/** What each filter asks the server (which keeps it within the caller's scope). */
export function filterQuery(filter: StaffFilter, today: string): InputOf<'enterprise', 'list'> {
  switch (filter) {
    case 'pending':
      return { status: 'pending' };
    case 'unassigned':
      return { status: 'verified', liaisonId: 'none' };
    case 'not_visited':
      return { notVisitedSince: quarterStart(today) };
    case 'all':
      return {};
  }
}

/** The staff list of enterprises, by filter, with the quarter's 进百企 coverage above it. */
export function useStaffEnterprises() {
  const coverage = useResource(() => call('enterprise', 'coverage'));
  const {
    filter,
    setFilter,
    resource: list,
  } = useFilteredResource<StaffFilter, Awaited<ReturnType<typeof loadList>>>('all', (f) => loadList(f));
  return { coverage, list, filter, setFilter };
}

function loadList(filter: StaffFilter) {
  return call('enterprise', 'list', { ...filterQuery(filter, todayInShanghai()), limit: 100 });
}
