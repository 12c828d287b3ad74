import type { Principal, SignedInContext } from '../../core/action';
import type { DocumentStore, Tx } from '../../store/port';
import { bookerRole, bookingNotFound, isAdminOf, partnersOf, stillActsFor } from './access';
import { snapshotOf } from './book';
import { windowStart, yearOf } from './calendar';
import { assertEligible } from './eligibility';
import { assertQuotaHolds, assertQuotaRoom, emptyQuota, placesLeft, withHold, withoutHold } from './limits';
import {
  ELDERCARE_BOOKINGS,
  ELDERCARE_QUOTAS,
  ELDERCARE_WINDOWS,
  ELDERCARE_SERVICES,
  ELDER_PROFILES,
  quotaId,
  type ActorRole,
  type BookingDoc,
  type ElderDoc,
  type QuotaDoc,
  type ServiceDoc,
} from './model';
import { audienceOf, notifyChange, partnerStaffIds } from './notices';
import { refusal } from './reasons';
import { ACTIVE, EVENT_SIDE, nextStatus, type BookingEvent, type EventSide } from './states';

/**
 * Every status change of a booking runs here: load it in a transaction, check
 * who is acting, ask the transition table for the next status, apply the
 * event's own rules and counter moves, append to the timeline, notify. Two
 * staff confirming at once both read "requested"; the store lets one commit and
 * the other then reads "confirmed" and is refused by the table.
 */
export interface ActOptions {
  reason?: string | null;
  /** The version the caller saw; a different one means someone changed the booking meanwhile. */
  version?: number;
  /** The proposed window, for `propose`. */
  windowId?: string;
}

interface Step {
  ctx: { now: Date };
  tx: Tx;
  booking: BookingDoc;
  elder: ElderDoc;
  options: ActOptions;
}

type Effect = (step: Step) => Promise<Partial<BookingDoc>>;

export interface Actor {
  openid: string;
  role: ActorRole;
}

export async function act(
  ctx: SignedInContext,
  bookingId: string,
  event: BookingEvent,
  options: ActOptions = {},
): Promise<BookingDoc> {
  return applyEvent(ctx.store, ctx.now, bookingId, event, options, (booking, elder) =>
    authorize(ctx.principal, booking, elder, EVENT_SIDE[event]),
  );
}

/** The system's own events (expiry) run through the same path, with the system as the actor. */
export async function actAsSystem(
  store: DocumentStore,
  now: Date,
  bookingId: string,
  event: BookingEvent,
  reason: string,
): Promise<BookingDoc> {
  return applyEvent(store, now, bookingId, event, { reason }, () => ({ openid: 'system', role: 'system' }));
}

async function applyEvent(
  store: DocumentStore,
  now: Date,
  bookingId: string,
  event: BookingEvent,
  options: ActOptions,
  authorizeFn: (booking: BookingDoc, elder: ElderDoc) => Actor,
): Promise<BookingDoc> {
  const before = await store.get(ELDERCARE_BOOKINGS, bookingId);
  const partnerStaff = before ? await partnerStaffIds(store, before.partnerId) : [];
  return store.transaction(async (tx) => {
    const booking = await tx.get(ELDERCARE_BOOKINGS, bookingId);
    const elder = booking ? await tx.get(ELDER_PROFILES, booking.elderId) : null;
    if (!booking || !elder) throw bookingNotFound();
    const actor = authorizeFn(booking, elder);
    if (options.version !== undefined && options.version !== booking.version) throw refusal('BOOKING_EDITED_BY_OTHERS');
    const to = nextStatus(booking.status, event);
    const changes = await EFFECTS[event]({ ctx: { now }, tx, booking, elder, options });
    const at = now.toISOString();
    const reason = options.reason ?? null;
    const next: BookingDoc = {
      ...booking,
      ...changes,
      status: to,
      version: booking.version + 1,
      updatedAt: at,
      closedAt: ACTIVE.has(to) ? null : at,
      timeline: [
        ...booking.timeline,
        {
          at,
          event,
          from: booking.status,
          to,
          actor: actor.openid,
          actorRole: actor.role,
          reason,
          windowId: changes.proposed?.windowId ?? changes.windowId ?? booking.windowId,
        },
      ],
    };
    await tx.set(ELDERCARE_BOOKINGS, next);
    const bookerActs = await stillActsFor(tx, next.bookedBy, elder);
    await notifyChange(
      tx,
      next,
      event,
      reason,
      audienceOf(next, elder.guardians, partnerStaff, bookerActs),
      actor.openid,
      now,
    );
    return next;
  });
}

/** Booker-side events: the booker, the elder's guardians, grid staff of the elder's grid. Partner events: that partner's staff. */
export function authorize(principal: Principal, booking: BookingDoc, elder: ElderDoc, side: EventSide): Actor {
  // The relationship now, not who made the booking: a revoked grid worker or removed guardian is a stranger.
  const asBooker: ActorRole | null = bookerRole(principal, elder);
  const asPartner = partnersOf(principal).includes(booking.partnerId);
  if (side === 'booker' && asBooker) return { openid: principal.openid, role: asBooker };
  if (side === 'partner' && asPartner) return { openid: principal.openid, role: 'partner_staff' };
  if (asBooker || asPartner || isAdminOf(principal, elder)) {
    throw refusal(side === 'partner' ? 'PARTNER_ONLY' : 'BOOKER_ONLY');
  }
  throw bookingNotFound();
}

async function moveWindow(tx: Tx, windowId: string, delta: number): Promise<void> {
  const window = await tx.get(ELDERCARE_WINDOWS, windowId);
  if (window) await tx.set(ELDERCARE_WINDOWS, { ...window, taken: Math.max(0, window.taken + delta) });
}

async function quotaOf(tx: Tx, booking: BookingDoc, date: string): Promise<QuotaDoc> {
  return (
    (await tx.get(ELDERCARE_QUOTAS, quotaId(booking.elderId, booking.serviceId, yearOf(date)))) ??
    emptyQuota(booking.elderId, booking.serviceId, yearOf(date))
  );
}

async function loadService(tx: Tx, booking: BookingDoc): Promise<ServiceDoc> {
  const service = await tx.get(ELDERCARE_SERVICES, booking.serviceId);
  if (!service) throw refusal('SERVICE_NOT_FOUND');
  return service;
}

/** Cancelled and declined bookings give back their place, their quota use and any place held for a proposal. */
const release: Effect = async ({ tx, booking }) => {
  await moveWindow(tx, booking.windowId, -1);
  if (booking.proposed) await moveWindow(tx, booking.proposed.windowId, -1);
  await tx.set(ELDERCARE_QUOTAS, withoutHold(await quotaOf(tx, booking, booking.date), booking._id));
  return { proposed: null };
};

const afterStart: Effect = async ({ ctx, booking }) => {
  if (ctx.now < windowStart(booking.date, booking.period)) throw refusal('VISIT_NOT_STARTED');
  return {};
};

function assertNoOtherBookingIn(quota: QuotaDoc, bookingId: string, windowId: string): void {
  if (Object.entries(quota.holds).some(([id, w]) => id !== bookingId && w === windowId))
    throw refusal('ALREADY_BOOKED');
}

export const EFFECTS: Record<BookingEvent, Effect> = {
  /** Eligibility and quota again: the profile, the rule or the quota may have changed since booking. */
  async confirm({ ctx, tx, booking, elder }) {
    if (windowStart(booking.date, booking.period) <= ctx.now) throw refusal('WINDOW_PAST');
    const service = await loadService(tx, booking);
    assertEligible(elder, service.eligibility, booking.date);
    assertQuotaHolds(service.quotaPerYear, await quotaOf(tx, booking, booking.date));
    return { confirmedAt: ctx.now.toISOString(), elder: snapshotOf(elder) };
  },

  decline: release,
  partner_cancel: release,
  refuse: release,
  expire: release,
  withdraw: release,

  async cancel(step) {
    const { ctx, booking } = step;
    const cutoff = windowStart(booking.date, booking.period).getTime() - booking.cancelCutoffHours * 3600_000;
    if (ctx.now.getTime() >= cutoff) throw refusal('CANCEL_CUTOFF', { hours: booking.cancelCutoffHours });
    return release(step);
  },

  /** The proposed window's place is held at once, so the booker's "accept" cannot fail for lack of room. */
  async propose({ ctx, tx, booking, elder, options }) {
    const id = options.windowId;
    if (!id || id === booking.windowId || id === booking.proposed?.windowId) {
      throw refusal('SAME_WINDOW');
    }
    const window = await tx.get(ELDERCARE_WINDOWS, id);
    if (!window || window.serviceId !== booking.serviceId) throw refusal('WINDOW_NOT_FOUND');
    if (windowStart(window.date, window.period) <= ctx.now) throw refusal('WINDOW_PAST');
    if (placesLeft(window) <= 0) throw refusal('WINDOW_FULL', { capacity: window.capacity });
    const service = await loadService(tx, booking);
    assertEligible(elder, service.eligibility, window.date);
    const quota = await quotaOf(tx, booking, window.date);
    if (yearOf(window.date) !== yearOf(booking.date)) assertQuotaRoom(service.quotaPerYear, quota, window._id);
    else assertNoOtherBookingIn(quota, booking._id, window._id);
    if (booking.proposed) await moveWindow(tx, booking.proposed.windowId, -1);
    await tx.set(ELDERCARE_WINDOWS, { ...window, taken: window.taken + 1 });
    return { proposed: { windowId: window._id, date: window.date, period: window.period } };
  },

  /** The booking moves to the proposed window: the old place is freed, the held one kept, the quota follows the year. */
  async accept({ ctx, tx, booking, elder }) {
    const proposed = booking.proposed!;
    if (windowStart(proposed.date, proposed.period) <= ctx.now) throw refusal('WINDOW_PAST');
    const service = await loadService(tx, booking);
    assertEligible(elder, service.eligibility, proposed.date);
    const oldQuota = await quotaOf(tx, booking, booking.date);
    if (yearOf(proposed.date) === yearOf(booking.date)) {
      // Accepting confirms the visit, so the confirmation's quota check applies too.
      assertQuotaHolds(service.quotaPerYear, oldQuota);
      assertNoOtherBookingIn(oldQuota, booking._id, proposed.windowId);
      await tx.set(ELDERCARE_QUOTAS, withHold(oldQuota, booking._id, proposed.windowId));
    } else {
      const newQuota = await quotaOf(tx, booking, proposed.date);
      assertQuotaRoom(service.quotaPerYear, newQuota, proposed.windowId);
      await tx.set(ELDERCARE_QUOTAS, withoutHold(oldQuota, booking._id));
      await tx.set(ELDERCARE_QUOTAS, withHold(newQuota, booking._id, proposed.windowId));
    }
    await moveWindow(tx, booking.windowId, -1);
    return {
      windowId: proposed.windowId,
      date: proposed.date,
      period: proposed.period,
      proposed: null,
      confirmedAt: booking.confirmedAt ?? ctx.now.toISOString(),
      elder: snapshotOf(elder),
    };
  },

  complete: afterStart,
  no_show: afterStart,
};

/** Rating is not a status change: once, by the booker's side, after completion. */
export async function rate(
  ctx: SignedInContext,
  bookingId: string,
  stars: number,
  comment: string,
): Promise<BookingDoc> {
  const before = await ctx.store.get(ELDERCARE_BOOKINGS, bookingId);
  const partnerStaff = before ? await partnerStaffIds(ctx.store, before.partnerId) : [];
  return ctx.store.transaction(async (tx) => {
    const booking = await tx.get(ELDERCARE_BOOKINGS, bookingId);
    const elder = booking ? await tx.get(ELDER_PROFILES, booking.elderId) : null;
    if (!booking || !elder) throw bookingNotFound();
    const actor = authorize(ctx.principal, booking, elder, 'booker');
    if (booking.status !== 'completed') throw refusal('RATE_BEFORE_DONE');
    if (booking.rating) throw refusal('ALREADY_RATED');
    const at = ctx.now.toISOString();
    const next: BookingDoc = {
      ...booking,
      rating: { stars, comment, at },
      version: booking.version + 1,
      updatedAt: at,
      timeline: [
        ...booking.timeline,
        {
          at,
          event: 'rate',
          from: 'completed',
          to: 'completed',
          actor: actor.openid,
          actorRole: actor.role,
          reason: comment || null,
        },
      ],
    };
    await tx.set(ELDERCARE_BOOKINGS, next);
    await notifyChange(
      tx,
      next,
      'rate',
      `${stars} 星${comment ? `，${comment}` : ''}`,
      { bookerSide: [], partnerSide: partnerStaff },
      actor.openid,
      ctx.now,
    );
    return next;
  });
}
