import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { assertCheckinOpen } from './capacity';
import { loadSession, step } from './ledger';
import { CULTURE_ENROLMENTS, CULTURE_SESSIONS, rosterOf, type SessionDoc } from './model';
import { assertManages } from './scope';
import type { EnrolmentEvent } from './states';
import { rosterRow, sessionCard } from './views';

/**
 * The organiser's side of a session on the day: the list (seats by arrival,
 * waiting list by number), check-in by the code on the resident's phone or by
 * ticking the list, no-shows, and corrections. Two staff ticking the same
 * person at once: the state check inside the transaction lets one through.
 */

export async function roster(ctx: SignedInContext, sessionId: string) {
  const session = await ctx.store.get(CULTURE_SESSIONS, sessionId);
  if (!session) throw refusal('SESSION_NOT_FOUND');
  assertManages(ctx.principal, session);
  const all = await rosterOf(ctx.store, sessionId);
  const waiting = all.filter((e) => e.state === 'waitlisted').sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const positions = new Map(waiting.map((e, i) => [e._id, i + 1]));
  const byState = (states: string[]) => all.filter((e) => states.includes(e.state)).map((e) => rosterRow(e, null));
  return {
    session: { ...sessionCard(session, ctx.now), counts: session.counts },
    seats: byState(['enrolled', 'attended', 'no_show']),
    offered: byState(['offered']),
    waitlist: waiting.map((e) => rosterRow(e, positions.get(e._id) ?? null)),
    cancelled: byState(['cancelled']),
  };
}

export type CheckInTarget = { sessionId: string; code: string } | { enrolmentId: string };

/** Finds the enrolment a code belongs to (a query, so outside the transaction that checks in). */
async function resolveTarget(ctx: SignedInContext, target: CheckInTarget): Promise<string> {
  if ('enrolmentId' in target) return target.enrolmentId;
  const [found] = await ctx.store.find(
    CULTURE_ENROLMENTS,
    { targetId: target.sessionId, checkinCode: target.code },
    { limit: 1 },
  );
  if (!found) throw refusal('CHECKIN_CODE_WRONG');
  return found._id;
}

async function attend(
  ctx: SignedInContext,
  enrolmentId: string,
  event: EnrolmentEvent,
  check: (session: SessionDoc) => void,
) {
  const { session, enrolment } = await ctx.store.transaction(async (tx) => {
    const found = await tx.get(CULTURE_ENROLMENTS, enrolmentId);
    if (!found || found.kind !== 'session') throw refusal('ENROLMENT_NOT_FOUND');
    const loaded = await loadSession(tx, found.targetId);
    assertManages(ctx.principal, loaded);
    check(loaded);
    const at = ctx.now.toISOString();
    const patch =
      event === 'check_in'
        ? { attendedAt: at, checkedInBy: ctx.principal.openid }
        : event === 'reset_attendance'
          ? { attendedAt: null, checkedInBy: null }
          : { attendedAt: null };
    const moved = step(loaded, found, event, ctx.principal.openid, ctx.now, patch);
    await tx.set(CULTURE_ENROLMENTS, moved.enrolment);
    await tx.set(CULTURE_SESSIONS, moved.session);
    return moved;
  });
  return { enrolment: rosterRow(enrolment, null), counts: session.counts };
}

export async function checkIn(ctx: SignedInContext, target: CheckInTarget) {
  const id = await resolveTarget(ctx, target);
  if ('sessionId' in target && !id.startsWith(`${target.sessionId}:`)) throw refusal('CHECKIN_CODE_WRONG');
  return attend(ctx, id, 'check_in', (session) => assertCheckinOpen(session, ctx.now));
}

export async function markNoShow(ctx: SignedInContext, enrolmentId: string) {
  return attend(ctx, enrolmentId, 'mark_no_show', (session) => assertStarted(session, ctx.now));
}

export async function resetAttendance(ctx: SignedInContext, enrolmentId: string) {
  return attend(ctx, enrolmentId, 'reset_attendance', () => undefined);
}

function assertStarted(session: SessionDoc, now: Date): void {
  if (session.status === 'cancelled') throw refusal('SESSION_CANCELLED');
  if (now.toISOString() < session.startsAt) throw refusal('ABSENT_BEFORE_START');
}

/**
 * After the session: everyone still "enrolled" did not come. Done in batches
 * (each its own transaction, idempotent by state) for the same reason as the
 * notice fan-out: a session can be large.
 */
export async function markRemainingNoShows(ctx: SignedInContext, sessionId: string) {
  const session = await ctx.store.get(CULTURE_SESSIONS, sessionId);
  if (!session) throw refusal('SESSION_NOT_FOUND');
  assertManages(ctx.principal, session);
  if (session.status === 'cancelled') throw refusal('SESSION_CANCELLED');
  if (session.endsAt > ctx.now.toISOString()) throw refusal('ABSENT_BEFORE_END');
  let marked = 0;
  for (;;) {
    const batch = await ctx.store.find(CULTURE_ENROLMENTS, { targetId: sessionId, state: 'enrolled' }, { limit: 100 });
    if (batch.length === 0) break;
    const markedNow = await ctx.store.transaction(async (tx) => {
      let current = await loadSession(tx, sessionId);
      let count = 0;
      for (const row of batch) {
        const enrolment = await tx.get(CULTURE_ENROLMENTS, row._id);
        if (!enrolment || enrolment.state !== 'enrolled') continue;
        const moved = step(current, enrolment, 'mark_no_show', ctx.principal.openid, ctx.now);
        current = moved.session;
        await tx.set(CULTURE_ENROLMENTS, moved.enrolment);
        count++;
      }
      await tx.set(CULTURE_SESSIONS, current);
      return count;
    });
    marked += markedNow;
    if (markedNow === 0) break;
  }
  return { marked };
}
