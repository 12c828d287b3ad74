import type { ActionContext, SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { DocumentStore, Tx } from '../../store/port';
import { queueMessage } from '../notify/outbox';
import {
  arrivalOutcome,
  assertBeforeCancelDeadline,
  assertBeforeStart,
  assertScheduled,
  assertSignupOpen,
  checkinCode,
} from './capacity';
import {
  blankEnrolment,
  expireOffer,
  joinQueue,
  loadSession,
  loadSessionEnrolment,
  offerFreePlaces,
  offerLapsed,
  step,
} from './ledger';
import { CULTURE_ENROLMENTS, CULTURE_SESSIONS, enrolmentId, type EnrolmentDoc, type SessionDoc } from './model';
import { notices } from './notices';
import { mySessionEnrolment, sessionCard } from './views';

/**
 * A resident's place in an offline session or event: enrol (a seat or the
 * waiting list), cancel before the cut-off, leave the list, answer an offer.
 * Each is one transaction over the session document and the enrolment, whose
 * id `${sessionId}:${openid}` makes a second enrolment impossible.
 */

export async function enrolSession(ctx: SignedInContext, sessionId: string) {
  const openid = ctx.principal.openid;
  const { session, enrolment, position } = await ctx.store.transaction(async (tx) => {
    const found = await loadSession(tx, sessionId);
    assertSignupOpen(found, ctx.now);
    const base =
      (await tx.get(CULTURE_ENROLMENTS, enrolmentId(sessionId, openid))) ??
      (await blankEnrolment(tx, 'session', sessionId, found.courseId, openid, ctx.now));
    const ticketNo = found.ticketSeq + 1;
    const code = checkinCode(ticketNo);
    const fresh = {
      ticketNo,
      checkinCode: code,
      noticeVersion: found.noticeVersion,
      offeredAt: null,
      offerExpiresAt: null,
      cancelledAt: null,
      cancelReason: null,
    };
    let moved: { session: SessionDoc; enrolment: EnrolmentDoc };
    if (arrivalOutcome(found) === 'enrolled') {
      moved = step({ ...found, ticketSeq: ticketNo }, base, 'enrol', openid, ctx.now, {
        ...fresh,
        seq: null,
        enrolledAt: ctx.now.toISOString(),
      });
    } else {
      const queued = await joinQueue(tx, { ...found, ticketSeq: ticketNo }, openid);
      moved = step(queued.session, base, 'join_waitlist', openid, ctx.now, { ...fresh, seq: queued.seq });
    }
    // The newcomer is last in the queue, so the number waiting is their position at commit.
    const place = moved.enrolment.state === 'waitlisted' ? moved.session.counts.waitlisted : null;
    const message = place === null ? notices.enrolled(moved.session, code) : notices.waitlisted(moved.session, place);
    await tx.set(CULTURE_ENROLMENTS, moved.enrolment);
    await tx.set(CULTURE_SESSIONS, moved.session);
    await queueMessage(tx, { recipient: openid, ...message }, ctx.now);
    return { ...moved, position: place };
  });
  return { session: sessionCard(session, ctx.now), mine: mySessionEnrolment(enrolment, session, position, ctx.now) };
}

export async function cancelEnrolment(ctx: SignedInContext, sessionId: string) {
  return changeOwn(ctx, sessionId, async (_tx, session, enrolment) => {
    assertScheduled(session);
    const moved = step(session, enrolment, 'cancel', ctx.principal.openid, ctx.now, {
      cancelledAt: ctx.now.toISOString(),
      cancelReason: 'by_resident',
    });
    assertBeforeCancelDeadline(session, ctx.now);
    return moved;
  });
}

export async function leaveWaitlist(ctx: SignedInContext, sessionId: string) {
  return changeOwn(ctx, sessionId, async (_tx, session, enrolment) => {
    const moved = step(session, enrolment, 'leave_waitlist', ctx.principal.openid, ctx.now, {
      cancelledAt: ctx.now.toISOString(),
      cancelReason: 'left_waitlist',
    });
    assertBeforeStart(session, ctx.now, '退出候补');
    return moved;
  });
}

export async function declineOffer(ctx: SignedInContext, sessionId: string) {
  return changeOwn(ctx, sessionId, async (_tx, session, enrolment) =>
    step(session, enrolment, 'decline', ctx.principal.openid, ctx.now, {
      cancelledAt: ctx.now.toISOString(),
      cancelReason: 'declined_offer',
    }),
  );
}

/**
 * Accepting in time takes the reserved seat. Accepting too late finds the
 * offer lapsed: it is passed on right here (the timer might not have run yet),
 * that change is committed, and only then is the resident told.
 */
export async function acceptOffer(ctx: SignedInContext, sessionId: string) {
  let lapsed = false;
  const reply = await changeOwn(ctx, sessionId, async (tx, session, enrolment) => {
    assertScheduled(session);
    if (offerLapsed(enrolment, ctx.now)) {
      lapsed = true;
      return { session: await expireOffer(tx, session, enrolment, ctx.now), enrolment: null };
    }
    const moved = step(session, enrolment, 'accept', ctx.principal.openid, ctx.now, {
      enrolledAt: ctx.now.toISOString(),
      offerExpiresAt: null,
    });
    await queueMessage(
      tx,
      { recipient: enrolment.openid, ...notices.enrolled(moved.session, moved.enrolment.checkinCode ?? '') },
      ctx.now,
    );
    return moved;
  });
  if (lapsed) throw refusal('OFFER_LAPSED');
  return reply;
}

type Change = (
  tx: Tx,
  session: SessionDoc,
  enrolment: EnrolmentDoc,
) => Promise<{ session: SessionDoc; enrolment: EnrolmentDoc | null }>;

/** Loads the caller's enrolment and its session in one transaction, applies the change, hands any freed seat on, writes. */
async function changeOwn(ctx: SignedInContext, sessionId: string, change: Change) {
  const { session, enrolment } = await ctx.store.transaction(async (tx) => {
    const loaded = await loadSession(tx, sessionId);
    const mine = await loadSessionEnrolment(tx, sessionId, ctx.principal.openid);
    const changed = await change(tx, loaded, mine);
    if (changed.enrolment) await tx.set(CULTURE_ENROLMENTS, changed.enrolment);
    const filled = await offerFreePlaces(tx, changed.session, ctx.now);
    await tx.set(CULTURE_SESSIONS, filled.session);
    return { session: filled.session, enrolment: changed.enrolment ?? mine };
  });
  const position = await positionOf(ctx.store, enrolment);
  return { session: sessionCard(session, ctx.now), mine: mySessionEnrolment(enrolment, session, position, ctx.now) };
}

/** 1 + the people still waiting with a smaller number (read after commit, so it is what the list says now). */
export async function positionOf(store: DocumentStore, enrolment: EnrolmentDoc): Promise<number | null> {
  if (enrolment.state !== 'waitlisted' || enrolment.seq === null) return null;
  return (
    1 +
    (await store.count(CULTURE_ENROLMENTS, {
      targetId: enrolment.targetId,
      state: 'waitlisted',
      seq: { $lt: enrolment.seq },
    }))
  );
}

/** One session for anyone; the caller's own enrolment when signed in. */
export async function sessionDetail(ctx: ActionContext, sessionId: string) {
  const session = await ctx.store.get(CULTURE_SESSIONS, sessionId);
  if (!session) throw refusal('SESSION_NOT_FOUND');
  const mine = ctx.principal
    ? await ctx.store.get(CULTURE_ENROLMENTS, enrolmentId(sessionId, ctx.principal.openid))
    : null;
  return {
    session: sessionCard(session, ctx.now),
    mine: mine ? mySessionEnrolment(mine, session, await positionOf(ctx.store, mine), ctx.now) : null,
  };
}
