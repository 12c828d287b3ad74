import { refusal, type RefusalReason } from './reasons';
import type { SessionCounts, SessionDoc } from './model';
import type { EnrolmentState, FromState } from './states';

/**
 * Capacity, waiting list and time windows of a session as pure functions of
 * the session document (and "now"), so the rules are tested without a store
 * and every transaction decides from the same numbers it writes back.
 */

export const DEFAULT_OFFER_HOURS = 24;
/** Staff may open check-in this long before the start (people arrive early). */
export const CHECKIN_OPENS_BEFORE_MS = 2 * 3600_000;

export function emptyCounts(): SessionCounts {
  return { enrolled: 0, waitlisted: 0, offered: 0, cancelled: 0, attended: 0, no_show: 0 };
}

/** Moves one enrolment between states in the session's per-state counters. */
export function moveCount(counts: SessionCounts, from: FromState, to: EnrolmentState): SessionCounts {
  const next = { ...counts };
  if (from !== 'new' && from !== 'completed') next[from] -= 1;
  if (to !== 'completed') next[to] += 1;
  return next;
}

/** Seats held by people who got a place (a no-show still used theirs). */
export function seatsTaken(counts: SessionCounts): number {
  return counts.enrolled + counts.attended + counts.no_show;
}

/** Places nobody holds: neither taken nor reserved by an open offer. */
export function placesLeft(session: Pick<SessionDoc, 'capacity' | 'counts'>): number {
  return Math.max(0, session.capacity - seatsTaken(session.counts) - session.counts.offered);
}

/**
 * A newcomer gets a seat only if one is free and nobody is waiting: people on
 * the list were there first, even in the instant between a seat freeing and
 * the offer going out.
 */
export function arrivalOutcome(session: Pick<SessionDoc, 'capacity' | 'counts'>): 'enrolled' | 'waitlisted' {
  return placesLeft(session) > 0 && session.counts.waitlisted === 0 ? 'enrolled' : 'waitlisted';
}

/** When an offer made now lapses: after offerHours, but never after the session starts. Null: too late to offer. */
export function offerExpiry(now: Date, offerHours: number, startsAt: string): string | null {
  const start = Date.parse(startsAt);
  if (now.getTime() >= start) return null;
  return new Date(Math.min(now.getTime() + offerHours * 3600_000, start)).toISOString();
}

export type SignupStatus = 'cancelled' | 'not_open' | 'open' | 'closed' | 'started';

export function signupStatus(session: SessionDoc, now: Date): SignupStatus {
  const at = now.toISOString();
  if (session.status === 'cancelled') return 'cancelled';
  if (at >= session.startsAt) return 'started';
  if (at < session.signupOpensAt) return 'not_open';
  if (at >= session.signupClosesAt) return 'closed';
  return 'open';
}

export const SIGNUP_LABELS: Record<SignupStatus, string> = {
  cancelled: '活动已取消',
  not_open: '报名尚未开始',
  open: '报名中',
  closed: '报名已截止',
  started: '活动已开始',
};

export function assertSignupOpen(session: SessionDoc, now: Date): void {
  const status = signupStatus(session, now);
  if (status !== 'open') throw refusal('SIGNUP_UNAVAILABLE', { status, statusLabel: SIGNUP_LABELS[status] });
}

export function assertScheduled(session: SessionDoc): void {
  if (session.status === 'cancelled') throw refusal('SESSION_CANCELLED');
}

/** Residents may give back an enrolled place until the cut-off. */
export function assertBeforeCancelDeadline(session: SessionDoc, now: Date): void {
  if (now.toISOString() >= session.cancelDeadline) {
    throw refusal('CANCEL_DEADLINE_PASSED');
  }
}

export function assertBeforeStart(session: SessionDoc, now: Date, what: string): void {
  if (now.toISOString() >= session.startsAt) throw refusal('SESSION_STARTED', { actionLabel: what });
}

export function assertCheckinOpen(session: SessionDoc, now: Date): void {
  assertScheduled(session);
  if (now.getTime() < Date.parse(session.startsAt) - CHECKIN_OPENS_BEFORE_MS) {
    throw refusal('CHECKIN_NOT_OPEN');
  }
}

/**
 * The code shown on the resident's phone: the arrival number (unique within
 * the session, so two people never share a code) followed by two random
 * digits, so the next person's code cannot be guessed from one's own.
 */
export function checkinCode(ticketNo: number, random: () => number = Math.random): string {
  const suffix = String(Math.floor(random() * 100)).padStart(2, '0');
  return `${String(ticketNo).padStart(4, '0')}${suffix}`;
}

export type ScheduleProblem = Extract<
  RefusalReason,
  'ENDS_BEFORE_START' | 'SIGNUP_CLOSES_BEFORE_OPENING' | 'SIGNUP_CLOSES_AFTER_START' | 'CANCEL_DEADLINE_AFTER_START'
>;

export interface ScheduleTimes {
  startsAt: string;
  endsAt: string;
  signupOpensAt: string;
  signupClosesAt: string;
  cancelDeadline: string;
}

/** The order every session's times must keep; the reason names what is wrong (its sentence is in reasons.ts). */
export function scheduleProblem(t: ScheduleTimes): ScheduleProblem | null {
  if (t.endsAt <= t.startsAt) return 'ENDS_BEFORE_START';
  if (t.signupClosesAt <= t.signupOpensAt) return 'SIGNUP_CLOSES_BEFORE_OPENING';
  if (t.signupClosesAt > t.startsAt) return 'SIGNUP_CLOSES_AFTER_START';
  if (t.cancelDeadline > t.startsAt) return 'CANCEL_DEADLINE_AFTER_START';
  return null;
}
