import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import type { Stats } from '../lib/types';

export type MonthsChoice = '3' | '6' | '12';

/** Attendance figures of the organiser's scope over the chosen number of months. */
export function useStats() {
  const {
    filter: months,
    setFilter: setMonths,
    resource: stats,
  } = useFilteredResource<MonthsChoice, Stats>('6', (m) => call('culture', 'attendanceStats', { months: Number(m) }));
  return { stats, months, setMonths };
}
