import { useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { Stats } from '../lib/types';

export type MonthsChoice = '3' | '6' | '12';

/** Attendance figures of the organiser's scope over the chosen number of months. */
export function useStats() {
  const [months, setMonths] = useState<MonthsChoice>('6');
  const stats = useResource<Stats>(() => call('culture', 'attendanceStats', { months: Number(months) }));
  const { reload } = stats;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [months, reload]);
  return { stats, months, setMonths };
}
