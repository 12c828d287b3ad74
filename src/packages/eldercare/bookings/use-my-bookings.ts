import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { BookerBooking } from '../lib/types';

const ACTIVE = new Set(['requested', 'confirmed', 'reschedule_proposed']);

/** 我的预约, split into what is still to come and what is over (the server sorts by visit date). */
export function useMyBookings() {
  const resource = useResource<BookerBooking[]>(() => call('eldercare', 'myBookings', {}));
  const rows = resource.data ?? [];
  return {
    ...resource,
    active: rows.filter((b) => ACTIVE.has(b.status)),
    past: rows.filter((b) => !ACTIVE.has(b.status)),
  };
}
