import { refusal } from './reasons';
import type { Tx } from '../../store/port';
import { USERS, defaultName } from '../account/users';
import { queueMessage } from '../notify/outbox';
import { moveCount, offerExpiry, placesLeft } from './capacity';
import {
  CULTURE_ENROLMENTS,
  CULTURE_SESSIONS,
  CULTURE_WAITLIST,
  enrolmentId,
  waitSlotId,
  type EnrolmentDoc,
  type SessionDoc,
} from './model';
import { notices } from './notices';
import { transition, type EnrolmentEvent } from './states';

/**
 * The moves every session transaction is made of. They work on documents read
 * inside the caller's transaction and return new copies; the caller writes the
 * session once at the end. Counters change only through `step`, so they always
 * equal the number of enrolments in each state.
 */

export const SYSTEM = 'system';

/** Applies one event: the new state from the table, the session counters, a history line. */
export function step(
  session: SessionDoc,
  enrolment: EnrolmentDoc,
  event: EnrolmentEvent,
  by: string,
  now: Date,
  patch: Partial<EnrolmentDoc> = {},
): { session: SessionDoc; enrolment: EnrolmentDoc } {
  const from = enrolment.history.length === 0 ? 'new' : enrolment.state;
  const to = transition('session', from, event);
  const at = now.toISOString();
  return {
    session: { ...session, counts: moveCount(session.counts, from, to), updatedAt: at },
    enrolment: {
      ...enrolment,
      ...patch,
      state: to,
      updatedAt: at,
      history: [...enrolment.history, { state: to, at, by }],
    },
  };
}

export async function loadSession(tx: Tx, sessionId: string): Promise<SessionDoc> {
  const session = await tx.get(CULTURE_SESSIONS, sessionId);
  if (!session) throw refusal('SESSION_NOT_FOUND');
  return session;
}

export async function loadSessionEnrolment(tx: Tx, sessionId: string, openid: string): Promise<EnrolmentDoc> {
  const enrolment = await tx.get(CULTURE_ENROLMENTS, enrolmentId(sessionId, openid));
  if (!enrolment) throw refusal('NOT_ENROLLED_IN_SESSION');
  return enrolment;
}

/** Puts a person at the back of the queue: the number comes from the session, in commit order. */
export async function joinQueue(
  tx: Tx,
  session: SessionDoc,
  openid: string,
): Promise<{ session: SessionDoc; seq: number }> {
  const seq = session.waitSeq + 1;
  await tx.set(CULTURE_WAITLIST, { _id: waitSlotId(session._id, seq), sessionId: session._id, seq, openid });
  return { session: { ...session, waitSeq: seq }, seq };
}

/**
 * The first person still waiting, walking the numbers from the head. People
 * who left (or left and joined again under a new number) are skipped, and the
 * head moves past them for good, so each number is looked at once overall.
 */
async function nextWaiting(
  tx: Tx,
  session: SessionDoc,
): Promise<{ session: SessionDoc; enrolment: EnrolmentDoc | null }> {
  let current = session;
  for (let seq = session.waitHead + 1; seq <= session.waitSeq; seq++) {
    current = { ...current, waitHead: seq };
    const slot = await tx.get(CULTURE_WAITLIST, waitSlotId(session._id, seq));
    if (!slot) continue;
    const enrolment = await tx.get(CULTURE_ENROLMENTS, enrolmentId(session._id, slot.openid));
    if (enrolment && enrolment.state === 'waitlisted' && enrolment.seq === seq) return { session: current, enrolment };
  }
  return { session: current, enrolment: null };
}

/**
 * Offers every free place to the front of the waiting list, each with a
 * deadline and a message. Runs in the same transaction as whatever freed the
 * place, so a seat is never free while someone waits (except after the start,
 * when offers make no sense).
 */
export async function offerFreePlaces(
  tx: Tx,
  session: SessionDoc,
  now: Date,
): Promise<{ session: SessionDoc; offers: EnrolmentDoc[] }> {
  let current = session;
  const offers: EnrolmentDoc[] = [];
  while (current.status === 'scheduled' && placesLeft(current) > 0 && current.counts.waitlisted > 0) {
    const expiresAt = offerExpiry(now, current.offerHours, current.startsAt);
    if (!expiresAt) break;
    const found = await nextWaiting(tx, current);
    current = found.session;
    if (!found.enrolment) break;
    const moved = step(current, found.enrolment, 'offer', SYSTEM, now, {
      offeredAt: now.toISOString(),
      offerExpiresAt: expiresAt,
    });
    current = moved.session;
    await tx.set(CULTURE_ENROLMENTS, moved.enrolment);
    await queueMessage(tx, { recipient: moved.enrolment.openid, ...notices.offered(current, expiresAt) }, now);
    offers.push(moved.enrolment);
  }
  return { session: current, offers };
}

/** An offer that lapsed: the place passes to the next person, in the same transaction. */
export async function expireOffer(
  tx: Tx,
  session: SessionDoc,
  enrolment: EnrolmentDoc,
  now: Date,
): Promise<SessionDoc> {
  const moved = step(session, enrolment, 'expire', SYSTEM, now, {
    cancelledAt: now.toISOString(),
    cancelReason: 'offer_expired',
  });
  await tx.set(CULTURE_ENROLMENTS, moved.enrolment);
  await queueMessage(tx, { recipient: enrolment.openid, ...notices.offerExpired(session) }, now);
  return (await offerFreePlaces(tx, moved.session, now)).session;
}

export function offerLapsed(enrolment: EnrolmentDoc, now: Date): boolean {
  return (
    enrolment.state === 'offered' && enrolment.offerExpiresAt !== null && enrolment.offerExpiresAt <= now.toISOString()
  );
}

export interface EnrolmentIdentity {
  kind: EnrolmentDoc['kind'];
  targetId: string;
  courseId: string | null;
  openid: string;
  /** A snapshot for the organiser's list. */
  name: string;
  phone: string | null;
}

/**
 * An enrolment with nothing happened yet (empty history = state 'new'; the
 * state field is a placeholder until `step` sets it). The seed builds its
 * demo enrolments from this too, so both have the same shape.
 */
export function emptyEnrolment(who: EnrolmentIdentity, at: string): EnrolmentDoc {
  return {
    _id: enrolmentId(who.targetId, who.openid),
    ...who,
    state: 'cancelled',
    ticketNo: null,
    checkinCode: null,
    seq: null,
    enrolledAt: null,
    offeredAt: null,
    offerExpiresAt: null,
    cancelledAt: null,
    cancelReason: null,
    attendedAt: null,
    checkedInBy: null,
    remindedAt: null,
    noticeVersion: 0,
    lessons: {},
    completedLessons: 0,
    lastLessonId: null,
    completedAt: null,
    history: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** A fresh enrolment for a caller, with their current name and phone. */
export async function blankEnrolment(
  tx: Tx,
  kind: EnrolmentDoc['kind'],
  targetId: string,
  courseId: string | null,
  openid: string,
  now: Date,
): Promise<EnrolmentDoc> {
  const user = await tx.get(USERS, openid);
  const who = { kind, targetId, courseId, openid, name: user?.name ?? defaultName(openid), phone: user?.phone ?? null };
  return emptyEnrolment(who, now.toISOString());
}
