import { refusal } from './reasons';
import type { BookingStatus } from './model';

/**
 * The booking state machine as data. Who may trigger an event is a separate
 * table, so "a partner cannot accept its own proposal" is as visible as
 * "a completed booking cannot be cancelled".
 */
export const BOOKING_EVENTS = [
  'confirm',
  'decline',
  'cancel',
  'partner_cancel',
  'propose',
  'accept',
  'refuse',
  'complete',
  'no_show',
  'expire',
  'withdraw',
] as const;
export type BookingEvent = (typeof BOOKING_EVENTS)[number];

export const TRANSITIONS: Record<BookingStatus, Partial<Record<BookingEvent, BookingStatus>>> = {
  requested: {
    confirm: 'confirmed',
    decline: 'declined',
    cancel: 'cancelled',
    propose: 'reschedule_proposed',
    expire: 'cancelled',
    withdraw: 'cancelled',
  },
  confirmed: {
    cancel: 'cancelled',
    partner_cancel: 'cancelled',
    propose: 'reschedule_proposed',
    complete: 'completed',
    no_show: 'no_show',
    withdraw: 'cancelled',
  },
  // The booker answers a proposal; the partner may replace it or call the visit off.
  reschedule_proposed: {
    accept: 'confirmed',
    refuse: 'cancelled',
    propose: 'reschedule_proposed',
    partner_cancel: 'cancelled',
    expire: 'cancelled',
    withdraw: 'cancelled',
  },
  declined: {},
  cancelled: {},
  completed: {},
  no_show: {},
};

export type EventSide = 'booker' | 'partner' | 'system';

export const EVENT_SIDE: Record<BookingEvent, EventSide> = {
  confirm: 'partner',
  decline: 'partner',
  partner_cancel: 'partner',
  propose: 'partner',
  complete: 'partner',
  no_show: 'partner',
  cancel: 'booker',
  accept: 'booker',
  refuse: 'booker',
  // A request nobody answered before its time frees the elder's quota (see reminders.ts).
  expire: 'system',
  // The booker deleted their account (注销): future visits are called off, without the cancel cut-off.
  withdraw: 'system',
};

/** Events that must say why: the booker deserves a reason when the partner says no. */
export const REASON_REQUIRED: ReadonlySet<BookingEvent> = new Set(['decline', 'partner_cancel', 'propose']);

export const STATUS_LABELS: Record<BookingStatus, string> = {
  requested: '待确认',
  confirmed: '已确认',
  reschedule_proposed: '改期待确认',
  declined: '服务方未接受',
  cancelled: '已取消',
  completed: '已完成',
  no_show: '上门未遇',
};

export const EVENT_LABELS: Record<BookingEvent | 'request' | 'rate', string> = {
  request: '提交预约',
  confirm: '确认预约',
  decline: '拒绝预约',
  cancel: '取消预约',
  partner_cancel: '服务方取消',
  propose: '建议改期',
  accept: '同意改期',
  refuse: '不同意改期',
  complete: '服务完成',
  no_show: '上门未遇',
  expire: '逾期未确认，自动取消',
  withdraw: '预约人已注销账号，自动取消',
  rate: '评价',
};

/** The next status, or FAILED_PRECONDITION naming the current one. */
export function nextStatus(from: BookingStatus, event: BookingEvent): BookingStatus {
  const to = TRANSITIONS[from][event];
  if (!to) {
    throw refusal('ILLEGAL_TRANSITION', {
      status: from,
      event,
      statusLabel: STATUS_LABELS[from],
      eventLabel: EVENT_LABELS[event],
    });
  }
  return to;
}

/** Statuses that hold a place in the window and use the elder's yearly quota; cancelled and declined release both. */
export const COUNTED: ReadonlySet<BookingStatus> = new Set([
  'requested',
  'confirmed',
  'reschedule_proposed',
  'completed',
  'no_show',
]);

export function counts(status: BookingStatus): boolean {
  return COUNTED.has(status);
}

/** +1, 0 or -1: how a transition changes the window and quota counters of the booking's own window. */
export function counterDelta(from: BookingStatus, to: BookingStatus): -1 | 0 | 1 {
  return ((counts(to) ? 1 : 0) - (counts(from) ? 1 : 0)) as -1 | 0 | 1;
}

/** States in which the booking is still going to happen (for lists and the reminder job). */
export const ACTIVE: ReadonlySet<BookingStatus> = new Set(['requested', 'confirmed', 'reschedule_proposed']);
