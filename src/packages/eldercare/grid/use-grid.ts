import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { BookerBooking, ElderProfile } from '../lib/types';

/** Grid staff: the elders of their grids and the bookings made for them (by staff or by families). */
export function useGrid() {
  const elders = useResource<ElderProfile[]>(() => call('eldercare', 'gridElders'));
  const bookings = useResource<BookerBooking[]>(() => call('eldercare', 'gridBookings'));
  return { elders, bookings };
}
