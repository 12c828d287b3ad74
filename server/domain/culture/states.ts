import { refusal } from './reasons';

/**
 * The enrolment state machine as data. Services never assign a state by hand:
 * they ask `transition(kind, from, event)`, so an illegal move (accepting an
 * offer that already expired, checking in someone who cancelled) is refused in
 * one place with FAILED_PRECONDITION.
 */
export const ENROLMENT_STATES = [
  'enrolled',
  'waitlisted',
  'offered',
  'cancelled',
  'attended',
  'no_show',
  'completed',
] as const;
export type EnrolmentState = (typeof ENROLMENT_STATES)[number];

export const STATE_LABELS: Record<EnrolmentState, string> = {
  enrolled: '已报名',
  waitlisted: '候补中',
  offered: '候补待确认',
  cancelled: '已取消',
  attended: '已签到',
  no_show: '缺席',
  completed: '已结业',
};

export type EnrolmentEvent =
  | 'enrol'
  | 'join_waitlist'
  | 'offer'
  | 'accept'
  | 'decline'
  | 'expire'
  | 'leave_waitlist'
  | 'cancel'
  | 'organiser_cancel'
  | 'check_in'
  | 'mark_no_show'
  | 'reset_attendance'
  | 'complete';

export const EVENT_LABELS: Record<EnrolmentEvent, string> = {
  enrol: '报名',
  join_waitlist: '加入候补',
  offer: '递补名额',
  accept: '确认候补名额',
  decline: '放弃候补名额',
  expire: '候补名额过期',
  leave_waitlist: '退出候补',
  cancel: '取消报名',
  organiser_cancel: '活动取消',
  check_in: '签到',
  mark_no_show: '标记缺席',
  reset_attendance: '撤销签到记录',
  complete: '结业',
};

/** 'new' is the state before the first enrolment document exists. */
export type FromState = EnrolmentState | 'new';
type Table = Record<FromState, Partial<Record<EnrolmentEvent, EnrolmentState>>>;

/** Offline sessions and events. A cancelled person may sign up again (to the back of the queue). */
export const SESSION_TRANSITIONS: Table = {
  new: { enrol: 'enrolled', join_waitlist: 'waitlisted' },
  cancelled: { enrol: 'enrolled', join_waitlist: 'waitlisted' },
  waitlisted: { offer: 'offered', leave_waitlist: 'cancelled', organiser_cancel: 'cancelled' },
  offered: { accept: 'enrolled', decline: 'cancelled', expire: 'cancelled', organiser_cancel: 'cancelled' },
  enrolled: { cancel: 'cancelled', organiser_cancel: 'cancelled', check_in: 'attended', mark_no_show: 'no_show' },
  // Staff correct a wrong tick either way; attendance is final only for the resident.
  attended: { mark_no_show: 'no_show', reset_attendance: 'enrolled' },
  no_show: { check_in: 'attended', reset_attendance: 'enrolled' },
  completed: {},
};

/** Online courses: no capacity, so no waiting list; completion comes from lesson progress. */
export const COURSE_TRANSITIONS: Table = {
  new: { enrol: 'enrolled' },
  cancelled: {},
  waitlisted: {},
  offered: {},
  enrolled: { complete: 'completed' },
  attended: {},
  no_show: {},
  completed: {},
};

export function nextState(kind: 'course' | 'session', from: FromState, event: EnrolmentEvent): EnrolmentState | null {
  const table = kind === 'course' ? COURSE_TRANSITIONS : SESSION_TRANSITIONS;
  return table[from][event] ?? null;
}

export function transition(kind: 'course' | 'session', from: FromState, event: EnrolmentEvent): EnrolmentState {
  const to = nextState(kind, from, event);
  if (to) return to;
  const current = from === 'new' ? '未报名' : `「${STATE_LABELS[from]}」`;
  throw refusal('ILLEGAL_TRANSITION', { from, event, stateLabel: current, eventLabel: EVENT_LABELS[event] });
}

/** States that hold a seat of the session's capacity (a no-show still took the place). */
export const SEAT_STATES: readonly EnrolmentState[] = ['enrolled', 'attended', 'no_show'];
