import { addDays, shanghaiDate, windowStart } from './calendar';
import { quotaId, type QuotaDoc, type ServiceDoc, type WindowDoc } from './model';
import { refusal, type RefusalDetails, type RefusalReason } from './reasons';

/**
 * Window capacity and yearly quota as pure calculators over the two counter
 * documents. The services read the counters inside the booking's transaction
 * and write them back there, so the check and the count are one atomic step.
 */

export function placesLeft(window: Pick<WindowDoc, 'capacity' | 'taken'>): number {
  return Math.max(0, window.capacity - window.taken);
}

/** Why a window cannot take a new booking now, or null. Room is checked last so "full" never hides "closed". */
export function windowProblem(
  window: WindowDoc,
  service: Pick<ServiceDoc, 'minNoticeHours' | 'bookAheadDays'>,
  now: Date,
): { reason: RefusalReason; details: RefusalDetails } | null {
  const start = windowStart(window.date, window.period).getTime();
  if (start <= now.getTime()) return { reason: 'WINDOW_PAST', details: {} };
  if (!window.open) return { reason: 'WINDOW_CLOSED', details: {} };
  if (start - now.getTime() < service.minNoticeHours * 3600_000)
    return { reason: 'WINDOW_TOO_SOON', details: { hours: service.minNoticeHours } };
  if (window.date > addDays(shanghaiDate(now), service.bookAheadDays))
    return { reason: 'WINDOW_TOO_FAR', details: { days: service.bookAheadDays } };
  if (placesLeft(window) <= 0) return { reason: 'WINDOW_FULL', details: { capacity: window.capacity } };
  return null;
}

export function assertWindowBookable(
  window: WindowDoc,
  service: Pick<ServiceDoc, 'minNoticeHours' | 'bookAheadDays'>,
  now: Date,
): void {
  const problem = windowProblem(window, service, now);
  if (problem) throw refusal(problem.reason, problem.details);
}

export function emptyQuota(elderId: string, serviceId: string, year: number): QuotaDoc {
  return { _id: quotaId(elderId, serviceId, year), elderId, serviceId, year, used: 0, holds: {} };
}

/** Uses left this year, or null when the service has no yearly limit. */
export function quotaRemaining(quotaPerYear: number | null, used: number): number | null {
  return quotaPerYear === null ? null : Math.max(0, quotaPerYear - used);
}

/** Refuses a new booking that would exceed the yearly quota, or a second booking of the same window. */
export function assertQuotaRoom(quotaPerYear: number | null, counter: QuotaDoc, windowId: string): void {
  if (Object.values(counter.holds).includes(windowId)) throw refusal('ALREADY_BOOKED');
  if (quotaPerYear !== null && counter.used >= quotaPerYear)
    throw refusal('QUOTA_USED', { quota: quotaPerYear, used: counter.used });
}

/**
 * At confirmation the booking is already counted: it passes while the count,
 * itself included, is within the quota (an admin may have lowered it since).
 */
export function assertQuotaHolds(quotaPerYear: number | null, counter: QuotaDoc | null): void {
  if (quotaPerYear !== null && (counter?.used ?? 0) > quotaPerYear)
    throw refusal('QUOTA_USED', { quota: quotaPerYear, used: counter?.used ?? 0 });
}

export function withHold(counter: QuotaDoc, bookingId: string, windowId: string): QuotaDoc {
  const holds = { ...counter.holds, [bookingId]: windowId };
  return { ...counter, holds, used: Object.keys(holds).length };
}

export function withoutHold(counter: QuotaDoc, bookingId: string): QuotaDoc {
  const { [bookingId]: _released, ...holds } = counter.holds;
  return { ...counter, holds, used: Object.keys(holds).length };
}
