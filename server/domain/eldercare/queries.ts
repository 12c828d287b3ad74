import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { Filter } from '../../store/port';
import { bookerRole, bookingNotFound, branchesOf, isAdminOf, partnersOf } from './access';
import { shanghaiDate, windowEnd, windowLabel, windowStart } from './calendar';
import { buildIcs } from '../../core/ics';
import {
  ELDERCARE_BOOKINGS,
  ELDER_PROFILES,
  guardianshipsOf,
  type BookingDoc,
  type BookingStatus,
  type ElderDoc,
} from './model';
import { ACTIVE } from './states';
import { bookingForAdmin, bookingForBooker, bookingForPartner, partnerMayReveal } from './views';

const byDateDesc = (a: BookingDoc, b: BookingDoc) =>
  (b.date + b.period).localeCompare(a.date + a.period) || b.createdAt.localeCompare(a.createdAt);
const byDateAsc = (a: BookingDoc, b: BookingDoc) => -byDateDesc(a, b);

/**
 * 我的预约: bookings for the elders the caller guards, and bookings the caller
 * made for elders they still act for (a revoked grid worker's or a removed
 * guardian's old bookings drop out).
 */
export async function myBookings(ctx: SignedInContext, activeOnly: boolean) {
  const rows = await guardianshipsOf(ctx.store, ctx.principal.openid);
  const elderIds = rows.map((r) => r.elderId);
  const [forElders, made] = await Promise.all([
    elderIds.length
      ? ctx.store.find(
          ELDERCARE_BOOKINGS,
          { elderId: { $in: elderIds } },
          { orderBy: [['createdAt', 'desc']], limit: 500 },
        )
      : [],
    ctx.store.find(
      ELDERCARE_BOOKINGS,
      { bookedBy: ctx.principal.openid },
      { orderBy: [['createdAt', 'desc']], limit: 500 },
    ),
  ]);
  const elders = new Map<string, ElderDoc | null>();
  for (const elderId of new Set(made.map((b) => b.elderId)))
    elders.set(elderId, await ctx.store.get(ELDER_PROFILES, elderId));
  const mine = made.filter((b) => {
    const elder = elders.get(b.elderId);
    return elder !== null && elder !== undefined && bookerRole(ctx.principal, elder) !== null;
  });
  const unique = new Map([...forElders, ...mine].map((b) => [b._id, b]));
  return [...unique.values()]
    .filter((b) => !activeOnly || ACTIVE.has(b.status))
    .sort(byDateDesc)
    .map((b) => bookingForBooker(b, b.cancelCutoffHours));
}

/** Grid staff: bookings of elders in their grids (代预约 and the families' own), newest visit first. */
export async function gridBookings(ctx: SignedInContext) {
  const branches = branchesOf(ctx.principal);
  const bookings = await ctx.store.find(
    ELDERCARE_BOOKINGS,
    { branchId: { $in: branches } },
    { orderBy: [['date', 'desc']], limit: 500 },
  );
  return bookings.map((b) => bookingForBooker(b, b.cancelCutoffHours));
}

export type PartnerView = 'pending' | 'upcoming' | 'today' | 'history';

const PARTNER_VIEWS: Record<PartnerView, (today: string) => { filter: Filter; desc: boolean }> = {
  pending: () => ({ filter: { status: 'requested' }, desc: false }),
  upcoming: (today) => ({
    filter: { status: { $in: ['confirmed', 'reschedule_proposed'] }, date: { $gte: today } },
    desc: false,
  }),
  today: (today) => ({
    filter: { date: today, status: { $in: ['confirmed', 'reschedule_proposed', 'completed', 'no_show'] } },
    desc: false,
  }),
  history: () => ({ filter: { status: { $in: ['completed', 'no_show', 'declined', 'cancelled'] } }, desc: true }),
};

/** The partner workbench lists: only the caller's own organisation's bookings, ever. */
export async function partnerBookings(ctx: SignedInContext, view: PartnerView, partnerId: string | undefined) {
  const own = partnersOf(ctx.principal);
  if (partnerId !== undefined && !own.includes(partnerId)) throw refusal('OTHER_PARTNER_BOOKINGS');
  const { filter, desc } = PARTNER_VIEWS[view](shanghaiDate(ctx.now));
  const bookings = await ctx.store.find(
    ELDERCARE_BOOKINGS,
    { partnerId: { $in: partnerId ? [partnerId] : own }, ...filter },
    { orderBy: [['date', desc ? 'desc' : 'asc']], limit: 500 },
  );
  return bookings.sort(desc ? byDateDesc : byDateAsc).map(bookingForPartner);
}

type Audience = 'booker' | 'partner' | 'admin';

/** Which view of a booking the caller gets; a booking outside every scope is "not found". */
async function audienceFor(
  ctx: SignedInContext,
  booking: BookingDoc,
): Promise<{ audience: Audience; elder: ElderDoc | null }> {
  const elder = await ctx.store.get(ELDER_PROFILES, booking.elderId);
  // The booker's side is whoever acts for the elder now; having made the booking once is not enough.
  if (elder && bookerRole(ctx.principal, elder)) return { audience: 'booker', elder };
  if (partnersOf(ctx.principal).includes(booking.partnerId)) return { audience: 'partner', elder };
  if (elder && isAdminOf(ctx.principal, elder)) return { audience: 'admin', elder };
  throw bookingNotFound();
}

export async function loadVisible(ctx: SignedInContext, bookingId: string) {
  const booking = await ctx.store.get(ELDERCARE_BOOKINGS, bookingId);
  if (!booking) throw bookingNotFound();
  return { booking, ...(await audienceFor(ctx, booking)) };
}

export function viewFor(audience: Audience, booking: BookingDoc) {
  if (audience === 'booker') return { audience, booking: bookingForBooker(booking, booking.cancelCutoffHours) };
  if (audience === 'partner') return { audience, booking: bookingForPartner(booking) };
  return { audience, booking: bookingForAdmin(booking) };
}

export async function getBooking(ctx: SignedInContext, bookingId: string) {
  const { booking, audience } = await loadVisible(ctx, bookingId);
  return viewFor(audience, booking);
}

const CALENDAR_STATUSES: ReadonlySet<BookingStatus> = new Set(['confirmed']);

/** "加入日历": for the booker's side, and for the partner once it may see the address. */
export async function calendarFile(ctx: SignedInContext, bookingId: string) {
  const { booking, audience } = await loadVisible(ctx, bookingId);
  if (audience === 'admin' || (audience === 'partner' && !partnerMayReveal(booking))) throw bookingNotFound();
  if (!CALENDAR_STATUSES.has(booking.status)) throw refusal('CALENDAR_BEFORE_CONFIRM');
  const address = `${booking.elder.address.street}${booking.elder.address.number}号${booking.elder.address.detail}`;
  const content = buildIcs(
    {
      uid: `eldercare-${booking._id}`,
      sequence: booking.version,
      startsAt: windowStart(booking.date, booking.period).toISOString(),
      endsAt: windowEnd(booking.date, booking.period).toISOString(),
      title: `${booking.serviceName}（${booking.partnerName}）`,
      location: address,
      description: `为${booking.elder.name}提供${booking.serviceName}，${windowLabel(booking.date, booking.period)}。党群e家 为老服务`,
      alarmMinutesBefore: 120,
    },
    ctx.now,
  );
  return { filename: `为老服务-${booking.date}.ics`, contentType: 'text/calendar; charset=utf-8', content };
}
