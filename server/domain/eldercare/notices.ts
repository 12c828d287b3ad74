import type { DocumentStore, Tx } from '../../store/port';
import { sentences } from '../../core/text';
import { findStaff } from '../account/users';
import { queueMessage } from '../notify/outbox';
import { windowLabel } from './calendar';
import type { BookingDoc } from './model';
import { EVENT_LABELS, STATUS_LABELS } from './states';
import { maskName } from './views';

/** Pages the messages open (src/packages/eldercare); tests/unit/message-links.test.ts checks they exist. */
export const ELDERCARE_PAGES = {
  home: '/packages/eldercare/index',
  booking: (id: string) => `/packages/eldercare/booking/index?id=${encodeURIComponent(id)}`,
  partnerBooking: (id: string) => `/packages/eldercare/partner-booking/index?id=${encodeURIComponent(id)}`,
  partner: '/packages/eldercare/partner/index',
};

/**
 * Who hears about a booking change: everyone involved except whoever made it —
 * the booker and the elder's guardians on one side, the partner's staff on the
 * other. Messages go to the outbox inside the change's own transaction.
 */

/** Read before the transaction: transactions cannot query, and staff lists change rarely. */
export async function partnerStaffIds(store: DocumentStore, partnerId: string): Promise<string[]> {
  const staff = await findStaff(store);
  return staff
    .filter((u) => u.bindings.some((b) => b.role === 'partner_staff' && b.partnerId === partnerId))
    .map((u) => u._id);
}

export interface Audience {
  bookerSide: string[];
  partnerSide: string[];
}

/** The booker hears about the booking only while they still act for the elder (see stillActsFor). */
export function audienceOf(
  booking: BookingDoc,
  guardians: string[],
  partnerStaff: string[],
  bookerActsForElder: boolean,
): Audience {
  return {
    bookerSide: [...new Set([...(bookerActsForElder ? [booking.bookedBy] : []), ...guardians])],
    partnerSide: partnerStaff,
  };
}

const TITLES: Record<string, string> = {
  request: '新的为老服务预约',
  confirm: '预约已确认',
  decline: '预约未被接受',
  cancel: '预约已取消',
  partner_cancel: '服务方取消了预约',
  propose: '服务方建议改期',
  accept: '改期已确认',
  refuse: '预约人不同意改期',
  complete: '服务已完成',
  no_show: '上门未遇',
  rate: '收到服务评价',
  expire: '预约已自动取消',
  withdraw: '预约人注销账号，预约已取消',
  remind: '明天有上门服务',
};

export function noticeBody(booking: BookingDoc, event: string, reason: string | null, forPartner: boolean): string {
  const who = forPartner ? maskName(booking.elder.name) : booking.elder.name;
  const when =
    booking.proposed && event === 'propose'
      ? `建议改到${windowLabel(booking.proposed.date, booking.proposed.period)}`
      : windowLabel(booking.date, booking.period);
  const what =
    event === 'remind'
      ? `明天上门服务，请家中留人${forPartner || !booking.partnerPhone ? '' : `；如有变化，请打电话给${booking.partnerName}`}`
      : (EVENT_LABELS[event as keyof typeof EVENT_LABELS] ?? event);
  return sentences(
    `${booking.serviceName}（${booking.partnerName}），${who}，${when}：${what}，当前状态“${STATUS_LABELS[booking.status]}”`,
    reason && `原因：${reason}`,
  );
}

export async function notifyChange(
  tx: Tx,
  booking: BookingDoc,
  event: string,
  reason: string | null,
  audience: Audience,
  actor: string,
  now: Date,
): Promise<void> {
  const title = TITLES[event] ?? '预约有更新';
  for (const recipient of audience.bookerSide) {
    if (recipient === actor) continue;
    // The day before, online cancelling has closed: the message says to call, and carries the number.
    const phone = event === 'remind' ? (booking.partnerPhone ?? null) : null;
    await queueMessage(
      tx,
      {
        recipient,
        kind: `eldercare_${event}`,
        title,
        body: noticeBody(booking, event, reason, false),
        page: ELDERCARE_PAGES.booking(booking._id),
        phone,
      },
      now,
    );
  }
  for (const recipient of audience.partnerSide) {
    if (recipient === actor) continue;
    await queueMessage(
      tx,
      {
        recipient,
        kind: `eldercare_${event}`,
        title,
        body: noticeBody(booking, event, reason, true),
        page: ELDERCARE_PAGES.partnerBooking(booking._id),
      },
      now,
    );
  }
}
