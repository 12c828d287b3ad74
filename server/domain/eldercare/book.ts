import { afterThisTurn } from '../../core/next-turn';
import { createHash } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import type { DocumentStore, Tx } from '../../store/port';
import { USERS, defaultName, type UserDoc } from '../account/users';
import { bookerRole, elderNotFound } from './access';
import { yearOf } from './calendar';
import { assertEligible } from './eligibility';
import { assertQuotaRoom, assertWindowBookable, emptyQuota, placesLeft, withHold } from './limits';
import {
  ELDERCARE_BOOKINGS,
  ELDERCARE_QUOTAS,
  ELDERCARE_WINDOWS,
  ELDERCARE_SERVICES,
  ELDER_PROFILES,
  quotaId,
  type BookingDoc,
  type ElderDoc,
  type ServiceDoc,
  type WindowDoc,
} from './model';
import { audienceOf, notifyChange, partnerStaffIds } from './notices';
import { refusal } from './reasons';
import { bookingForBooker } from './views';

export interface BookInput {
  clientRequestId: string;
  elderId: string;
  serviceId: string;
  windowId: string;
  notes: string;
}

/**
 * The booking id is derived from the caller and the client's request id, so a
 * retried tap finds the booking its first attempt made instead of making a
 * second one (create() refuses an existing id in both stores).
 */
export function bookingIdFor(openid: string, clientRequestId: string): string {
  return `bk_${createHash('sha256').update(`${openid}|${clientRequestId}`).digest('hex').slice(0, 24)}`;
}

/**
 * Books a window for an elder: eligibility, quota and capacity are checked
 * and counted in one transaction, so neither counter can be overtaken by a
 * concurrent request (SQLite serialises; CloudBase aborts one of two writers).
 */
export async function book(ctx: SignedInContext, input: BookInput) {
  const id = bookingIdFor(ctx.principal.openid, input.clientRequestId);
  // The partner's staff are read (a query over all staff, which a transaction cannot make) only for a
  // window with a place left: most taps of a rush find it full, and a refusal tells no one. Should a
  // place free up meanwhile, the attempt that would book without them is rolled back and made again.
  const seen = await ctx.store.get(ELDERCARE_WINDOWS, input.windowId);
  let staff =
    seen && seen.open && placesLeft(seen) > 0
      ? { partnerId: seen.partnerId, ids: await staffThisTurn(ctx.store, seen.partnerId) }
      : null;
  const attempt = () =>
    ctx.store.transaction(async (tx) => {
      const existing = await tx.get(ELDERCARE_BOOKINGS, id);
      if (existing) return { booking: replay(existing, input), replayed: true };
      const { elder, via } = await loadElderToBook(ctx, tx, input.elderId);
      const svc = await tx.get(ELDERCARE_SERVICES, input.serviceId);
      if (!svc) throw refusal('SERVICE_NOT_FOUND');
      if (svc.status !== 'active') throw refusal('SERVICE_PAUSED');
      const window = await tx.get(ELDERCARE_WINDOWS, input.windowId);
      if (!window || window.serviceId !== svc._id) throw refusal('WINDOW_GONE');
      assertEligible(elder, svc.eligibility, window.date);
      const quota =
        (await tx.get(ELDERCARE_QUOTAS, quotaId(elder._id, svc._id, yearOf(window.date)))) ??
        emptyQuota(elder._id, svc._id, yearOf(window.date));
      assertQuotaRoom(svc.quotaPerYear, quota, window._id);
      assertWindowBookable(window, svc, ctx.now);
      const booker = await tx.get(USERS, ctx.principal.openid);
      const booking = newBooking(ctx, id, input, { elder, via, service: svc, window, booker });
      await tx.create(ELDERCARE_BOOKINGS, booking);
      await tx.set(ELDERCARE_WINDOWS, { ...window, taken: window.taken + 1 });
      await tx.set(ELDERCARE_QUOTAS, withHold(quota, id, window._id));
      if (staff?.partnerId !== svc.partnerId) throw new StaffNeeded(svc.partnerId);
      await notifyChange(
        tx,
        booking,
        'request',
        null,
        audienceOf(booking, elder.guardians, staff.ids, true),
        ctx.principal.openid,
        ctx.now,
      );
      return { booking, replayed: false };
    });
  const result = await attempt().catch(async (err: unknown) => {
    if (!(err instanceof StaffNeeded)) throw err;
    staff = { partnerId: err.partnerId, ids: await staffThisTurn(ctx.store, err.partnerId) };
    return attempt();
  });
  return { booking: bookingForBooker(result.booking, result.booking.cancelCutoffHours), replayed: result.replayed };
}

const staffRead = new WeakMap<DocumentStore, Map<string, Promise<string[]>>>();

/**
 * A partner's staff as read once in this event-loop turn: the taps of a rush that find a place
 * before the first of them commits share one query. No staler than a read of their own, which
 * also precedes their transaction, committed a turn later at the earliest (group commit) or over
 * the network. Cleared after the turn (core/next-turn).
 */
function staffThisTurn(store: DocumentStore, partnerId: string): Promise<string[]> {
  let turn = staffRead.get(store);
  if (!turn) {
    const fresh = new Map<string, Promise<string[]>>();
    staffRead.set(store, (turn = fresh));
    afterThisTurn(() => staffRead.delete(store));
  }
  let ids = turn.get(partnerId);
  if (!ids) turn.set(partnerId, (ids = partnerStaffIds(store, partnerId)));
  return ids;
}

/** Not a refusal: rolls back a booking attempt made before the partner's staff were read (see book). */
class StaffNeeded extends Error {
  constructor(readonly partnerId: string) {
    super('partner staff needed');
  }
}

/** A retry must repeat the request; the same id for a different elder, service or window is a client bug. */
function replay(existing: BookingDoc, input: BookInput): BookingDoc {
  if (
    existing.elderId !== input.elderId ||
    existing.serviceId !== input.serviceId ||
    existing.requestedWindowId !== input.windowId
  ) {
    throw refusal('REQUEST_ID_REUSED');
  }
  return existing;
}

async function loadElderToBook(ctx: SignedInContext, tx: Tx, elderId: string) {
  const elder = await tx.get(ELDER_PROFILES, elderId);
  const via = elder ? bookerRole(ctx.principal, elder) : null;
  // A resident who is not a guardian learns nothing about the elder, not even that the profile exists.
  if (!elder || !via) throw elderNotFound();
  return { elder, via };
}

interface Parts {
  elder: ElderDoc;
  via: 'guardian' | 'grid_staff';
  service: ServiceDoc;
  window: WindowDoc;
  booker: UserDoc | null;
}

function newBooking(
  ctx: SignedInContext,
  id: string,
  input: BookInput,
  { elder, via, service, window, booker }: Parts,
): BookingDoc {
  const at = ctx.now.toISOString();
  return {
    _id: id,
    clientRequestId: input.clientRequestId,
    elderId: elder._id,
    serviceId: service._id,
    serviceName: service.name,
    partnerId: service.partnerId,
    partnerName: service.partnerName,
    partnerPhone: service.partnerPhone ?? null,
    windowId: window._id,
    date: window.date,
    period: window.period,
    requestedWindowId: window._id,
    status: 'requested',
    bookedBy: ctx.principal.openid,
    bookedVia: via,
    bookerName: booker?.name ?? defaultName(ctx.principal.openid),
    bookerPhone: booker?.phone ?? null,
    notes: input.notes,
    elder: snapshotOf(elder),
    branchId: elder.branchId,
    communityId: elder.communityId,
    cancelCutoffHours: service.cancelCutoffHours,
    proposed: null,
    rating: null,
    remindedFor: null,
    timeline: [
      {
        at,
        event: 'request',
        from: null,
        to: 'requested',
        actor: ctx.principal.openid,
        actorRole: via,
        reason: null,
        windowId: window._id,
      },
    ],
    version: 1,
    createdAt: at,
    updatedAt: at,
    confirmedAt: null,
    closedAt: null,
  };
}

export function snapshotOf(elder: ElderDoc): BookingDoc['elder'] {
  return {
    name: elder.name,
    birthDate: elder.birthDate,
    address: elder.address,
    phone: elder.phone,
    gridId: elder.gridId,
    communityId: elder.communityId,
  };
}
