import { useCallback } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { BookingReply, PartnerBooking, WindowOption } from '../lib/types';
import { addVisitToCalendar, CALENDAR_WORDS } from '../lib/use-calendar';
import { useRunner } from '../lib/use-runner';
import { subscribeFor } from '../../../platform/subscribe';

const asPartner = (reply: Promise<unknown>) => reply as Promise<PartnerBooking>;

/**
 * One booking on the partner's side. The elder's full name, address and phone
 * arrive only once the partner has confirmed: the server masks them, the page
 * shows what it is sent.
 */
export function usePartnerBooking(bookingId: string) {
  const resource = useResource<BookingReply>(() => call('eldercare', 'getBooking', { bookingId }));
  const { busy, outcome, run } = useRunner();
  const { setData, reload } = resource;
  const booking = resource.data?.audience === 'partner' ? (resource.data.booking as PartnerBooking) : null;
  const version = booking?.version;

  const change = useCallback(
    async (key: string, action: () => Promise<PartnerBooking>, success: string) => {
      // Each tap on a booking renews the consent to hear of the next request (one-time templates are used up per message).
      await subscribeFor('staffWork');
      const updated = await run(key, action, success);
      if (updated) setData(() => ({ audience: 'partner', booking: updated }));
      else reload();
      return updated !== null;
    },
    [run, setData, reload],
  );

  const confirm = () =>
    change(
      'confirm',
      () => asPartner(call('eldercare', 'confirm', { bookingId, version })),
      '已确认。老人的地址和电话已显示在上面，请按时上门。',
    );
  const decline = (reason: string) =>
    change(
      'decline',
      () => asPartner(call('eldercare', 'decline', { bookingId, version, reason: reason.trim() })),
      '已拒绝，已告诉家属原因。',
    );
  const cancelVisit = (reason: string) =>
    change(
      'partner_cancel',
      () => asPartner(call('eldercare', 'partnerCancel', { bookingId, version, reason: reason.trim() })),
      '已取消这次上门，已告诉家属原因。',
    );
  const propose = (windowId: string, reason: string) =>
    change(
      'propose',
      () => asPartner(call('eldercare', 'proposeWindow', { bookingId, version, windowId, reason: reason.trim() })),
      '新时间已发给家属，等家属答复。',
    );
  const complete = () =>
    change('complete', () => asPartner(call('eldercare', 'complete', { bookingId, version })), '已标记为服务完成。');
  const noShow = (note: string) =>
    change(
      'no_show',
      () => asPartner(call('eldercare', 'markNoShow', { bookingId, version, note: note.trim() })),
      '已标记为上门未遇。',
    );
  const addToCalendar = () =>
    booking
      ? run(
          'calendar',
          () => addVisitToCalendar(booking),
          (o) => CALENDAR_WORDS[o],
        )
      : Promise.resolve(null);

  /** Windows of the same service that still have room, for proposing another time. */
  const loadOtherWindows = useCallback(async (): Promise<WindowOption[]> => {
    if (!booking) return [];
    const windows = await call('eldercare', 'listWindows', { serviceId: booking.service.id });
    return windows.filter((w) => w.bookable && w.id !== booking.windowId && w.id !== booking.proposed?.windowId);
  }, [booking]);

  return {
    resource,
    booking,
    busy,
    outcome,
    confirm,
    decline,
    cancelVisit,
    propose,
    complete,
    noShow,
    addToCalendar,
    loadOtherWindows,
  };
}
