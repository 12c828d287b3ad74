import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { BookerBooking, BookingReply } from '../lib/types';
import { addVisitToCalendar, CALENDAR_WORDS } from '../lib/use-calendar';
import { useRunner } from '../lib/use-runner';

const asBooker = (reply: Promise<unknown>) => reply as Promise<BookerBooking>;

/**
 * One booking seen from the family's side, and what they can do with it.
 * Each change sends the version on screen: if the partner acted meanwhile the
 * server refuses, and the page reloads to show what happened.
 */
export function useBooking(bookingId: string) {
  const resource = useResource<BookingReply>(() => call('eldercare', 'getBooking', { bookingId }));
  const { busy, outcome, run } = useRunner();
  const { setData, reload } = resource;
  const booking = resource.data?.audience === 'booker' ? (resource.data.booking as BookerBooking) : null;
  const version = booking?.version;

  const change = useCallback(
    async (key: string, action: () => Promise<BookerBooking>, success: string) => {
      const updated = await run(key, action, success);
      if (updated) setData(() => ({ audience: 'booker', booking: updated }));
      else reload();
      return updated !== null;
    },
    [run, setData, reload],
  );

  // The server answers booker-side events with the booker's view; its declared type also admits the partner's.
  const cancel = (reason: string) =>
    change(
      'cancel',
      () => asBooker(call('eldercare', 'cancel', { bookingId, version, reason: reason.trim() })),
      '预约已取消，名额已经退回。',
    );
  const accept = () =>
    change(
      'accept',
      () => asBooker(call('eldercare', 'acceptReschedule', { bookingId, version })),
      '您已同意新时间，预约已确认。',
    );
  const refuse = (reason: string) =>
    change(
      'refuse',
      () => asBooker(call('eldercare', 'refuseReschedule', { bookingId, version, reason: reason.trim() })),
      '您没有同意新时间，这次预约已取消。',
    );
  const rate = (stars: number, comment: string) =>
    change('rate', () => call('eldercare', 'rate', { bookingId, stars, comment: comment.trim() }), '谢谢您的评价！');
  const addToCalendar = () =>
    booking
      ? run(
          'calendar',
          () => addVisitToCalendar(booking),
          (outcome) => CALENDAR_WORDS[outcome],
        )
      : Promise.resolve(null);

  return { resource, booking, busy, outcome, cancel, accept, refuse, rate, addToCalendar };
}
