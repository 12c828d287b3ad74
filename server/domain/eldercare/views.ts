import { toShanghaiIso } from '../../core/time';
import { windowEnd, windowLabel, windowStart } from './calendar';
import { ageOn } from './eligibility';
import {
  DIFFICULTY_LABELS,
  PERIOD_LABELS,
  VERIFICATION_LABELS,
  type BookingDoc,
  type ElderDoc,
  type Period,
  type TimelineEntry,
} from './model';
import { EVENT_LABELS, EVENT_SIDE, STATUS_LABELS, TRANSITIONS, type BookingEvent, type EventSide } from './states';

/**
 * Replies are built here and only here, one shape per audience, so what a
 * partner may see is decided in one place: before confirming, a partner sees
 * the elder's surname, age, street and a masked phone; the full name, address
 * and phone only once it has confirmed (and not after a cancellation).
 */

export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskName(name: string): string {
  return `${Array.from(name)[0] ?? ''}**`;
}

export function partnerMayReveal(booking: Pick<BookingDoc, 'status' | 'confirmedAt'>): boolean {
  if (booking.confirmedAt === null) return false;
  return (
    booking.status === 'confirmed' ||
    booking.status === 'reschedule_proposed' ||
    booking.status === 'completed' ||
    booking.status === 'no_show'
  );
}

export function windowView(date: string, period: Period) {
  return {
    date,
    period,
    periodLabel: PERIOD_LABELS[period],
    label: windowLabel(date, period),
    startsAt: toShanghaiIso(windowStart(date, period)),
    endsAt: toShanghaiIso(windowEnd(date, period)),
  };
}

const ROLE_NAMES = { guardian: '预约人', grid_staff: '网格员', partner_staff: '服务方', system: '系统' } as const;

function timelineView(entries: TimelineEntry[]) {
  return entries.map((e) => ({
    at: e.at,
    event: e.event,
    label: EVENT_LABELS[e.event as keyof typeof EVENT_LABELS] ?? e.event,
    by: ROLE_NAMES[e.actorRole],
    status: e.to,
    statusLabel: STATUS_LABELS[e.to],
    reason: e.reason,
  }));
}

/** Events this side may trigger now, by the transition table (timing rules are checked when they are tried). */
export function allowedEvents(booking: Pick<BookingDoc, 'status'>, side: EventSide): BookingEvent[] {
  return (Object.keys(TRANSITIONS[booking.status]) as BookingEvent[]).filter((e) => EVENT_SIDE[e] === side);
}

function common(b: BookingDoc) {
  return {
    id: b._id,
    status: b.status,
    statusLabel: STATUS_LABELS[b.status],
    service: { id: b.serviceId, name: b.serviceName },
    partner: { id: b.partnerId, name: b.partnerName, phone: b.partnerPhone ?? null },
    windowId: b.windowId,
    window: windowView(b.date, b.period),
    proposed: b.proposed ? { windowId: b.proposed.windowId, ...windowView(b.proposed.date, b.proposed.period) } : null,
    bookedVia: b.bookedVia,
    bookedViaLabel: b.bookedVia === 'grid_staff' ? '网格员代预约' : '家属/本人预约',
    notes: b.notes,
    rating: b.rating,
    timeline: timelineView(b.timeline),
    version: b.version,
    createdAt: b.createdAt,
  };
}

/** The booker's side (guardians, grid staff of the elder's grid): their own elder, in full. */
export function bookingForBooker(b: BookingDoc, cancelCutoffHours: number) {
  const cutoff = new Date(windowStart(b.date, b.period).getTime() - cancelCutoffHours * 3600_000);
  return {
    ...common(b),
    elder: { id: b.elderId, name: b.elder.name, age: ageOn(b.elder.birthDate, b.date) },
    allowed: allowedEvents(b, 'booker'),
    cancelUntil: toShanghaiIso(cutoff),
    canRate: b.status === 'completed' && b.rating === null,
  };
}

export function bookingForPartner(b: BookingDoc) {
  const revealed = partnerMayReveal(b);
  const age = ageOn(b.elder.birthDate, b.date);
  const elder = revealed
    ? {
        name: b.elder.name,
        age,
        address: `${b.elder.address.street}${b.elder.address.number}号${b.elder.address.detail}`,
        phone: b.elder.phone,
        contactName: b.bookerName,
        contactPhone: b.bookerPhone,
      }
    : {
        name: maskName(b.elder.name),
        age,
        address: b.elder.address.street,
        phone: maskPhone(b.elder.phone),
        contactName: maskName(b.bookerName),
        contactPhone: maskPhone(b.bookerPhone),
      };
  return { ...common(b), elder, revealed, allowed: allowedEvents(b, 'partner') };
}

/** Community and district staff: the elder's name and place, no phone (they have the profile if they need it). */
export function bookingForAdmin(b: BookingDoc) {
  return {
    ...common(b),
    elder: {
      id: b.elderId,
      name: b.elder.name,
      age: ageOn(b.elder.birthDate, b.date),
      street: b.elder.address.street,
      communityId: b.communityId,
    },
  };
}

/** A profile for whoever may manage it: its guardians, grid staff of its grid, admins of its community. */
export function elderView(e: ElderDoc, today: string) {
  return {
    id: e._id,
    name: e.name,
    birthDate: e.birthDate,
    age: ageOn(e.birthDate, today),
    address: e.address,
    addressText: `${e.address.street}${e.address.number}号${e.address.detail}`,
    gridId: e.gridId,
    communityId: e.communityId,
    phone: e.phone,
    difficultyClaimed: e.difficultyClaimed,
    difficulty: e.difficulty,
    difficultyLabel: DIFFICULTY_LABELS[e.difficulty],
    healthNotes: e.healthNotes ?? '',
    /** When the separate consent to sensitive fields was given; null: none (those fields are empty). */
    sensitiveConsentAt: e.sensitiveConsent?.at ?? null,
    noSmartphone: e.noSmartphone,
    verification: e.verification,
    verificationLabel: VERIFICATION_LABELS[e.verification],
    verificationNote: e.verificationNote,
    verifiedAt: e.verifiedAt,
    guardianCount: e.guardians.length,
    createdVia: e.createdVia,
    version: e.version,
    updatedAt: e.updatedAt,
  };
}
