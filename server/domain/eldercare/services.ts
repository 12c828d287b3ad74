import { randomUUID } from 'node:crypto';
import { refusal } from './reasons';
import type { ActionContext, SignedInContext } from '../../core/action';
import type { Filter } from '../../store/port';
import { PARTNERS } from '../org/org';
import { assertPartnerScope, bookerRole, elderNotFound, isAdminOf, isDistrictAdmin, partnersOf } from './access';
import { addDays, shanghaiDate, windowLabel, windowStart, yearOf } from './calendar';
import { checkEligibility, describeEligibility } from './eligibility';
import { emptyQuota, placesLeft, quotaRemaining, windowProblem } from './limits';
import {
  ELDERCARE_QUOTAS,
  ELDERCARE_WINDOWS,
  ELDERCARE_SERVICES,
  ELDER_PROFILES,
  PERIOD_LABELS,
  quotaId,
  windowId,
  type ElderDoc,
  type Period,
  type QuotaDoc,
  type ServiceDoc,
  type ServiceStatus,
  type WindowDoc,
} from './model';
import { refusalMessage, type RefusalReason } from './reasons';

/** What an admin sets on a service; the rest (partner name, status, times) the server fills in. */
export type ServiceInput = Pick<
  ServiceDoc,
  | 'partnerId'
  | 'name'
  | 'description'
  | 'mode'
  | 'eligibility'
  | 'quotaPerYear'
  | 'bookAheadDays'
  | 'minNoticeHours'
  | 'cancelCutoffHours'
>;

export function serviceView(s: ServiceDoc) {
  return {
    id: s._id,
    partner: { id: s.partnerId, name: s.partnerName, phone: s.partnerPhone ?? null },
    name: s.name,
    description: s.description,
    mode: s.mode,
    modeLabel: s.mode === 'home' ? '上门服务' : '到店服务',
    eligibility: s.eligibility,
    eligibilityText: describeEligibility(s.eligibility, s.quotaPerYear),
    quotaPerYear: s.quotaPerYear,
    bookAheadDays: s.bookAheadDays,
    minNoticeHours: s.minNoticeHours,
    cancelCutoffHours: s.cancelCutoffHours,
    status: s.status,
    version: s.version,
  };
}

export async function loadService(ctx: SignedInContext, serviceId: string): Promise<ServiceDoc> {
  const service = await ctx.store.get(ELDERCARE_SERVICES, serviceId);
  if (!service) throw refusal('SERVICE_NOT_FOUND');
  return service;
}

/** District admins create and change services; changes apply to bookings made from then on. */
export async function saveService(
  ctx: SignedInContext,
  serviceId: string | undefined,
  version: number | undefined,
  input: ServiceInput,
) {
  const partner = await ctx.store.get(PARTNERS, input.partnerId);
  if (!partner || partner.status !== 'approved') throw refusal('PARTNER_NOT_APPROVED');
  const at = ctx.now.toISOString();
  const saved = await ctx.store.transaction(async (tx) => {
    const existing = serviceId ? await tx.get(ELDERCARE_SERVICES, serviceId) : null;
    if (serviceId && !existing) throw refusal('SERVICE_NOT_FOUND');
    if (existing && version !== undefined && existing.version !== version) throw refusal('SERVICE_EDITED_BY_OTHERS');
    if (existing && existing.partnerId !== input.partnerId) throw refusal('SERVICE_OTHER_PARTNER');
    const doc: ServiceDoc = existing
      ? {
          ...existing,
          ...input,
          partnerName: partner.name,
          partnerPhone: partner.phone ?? null,
          version: existing.version + 1,
          updatedAt: at,
        }
      : {
          _id: `svc-${randomUUID().slice(0, 8)}`,
          ...input,
          partnerName: partner.name,
          partnerPhone: partner.phone ?? null,
          status: 'active',
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
    await tx.set(ELDERCARE_SERVICES, doc);
    return doc;
  });
  return serviceView(saved);
}

/** Pausing stops new bookings only: bookings already made are still handled. */
export async function setServiceStatus(ctx: SignedInContext, serviceId: string, status: ServiceStatus) {
  const service = await loadService(ctx, serviceId);
  assertPartnerScope(ctx.principal, service.partnerId);
  const saved = await ctx.store.transaction(async (tx) => {
    const current = await tx.get(ELDERCARE_SERVICES, serviceId);
    const next = { ...current!, status, version: current!.version + 1, updatedAt: ctx.now.toISOString() };
    await tx.set(ELDERCARE_SERVICES, next);
    return next;
  });
  return serviceView(saved);
}

/** The active services, for anyone (a shared link opens this list signed out too). */
export async function listServices(ctx: Pick<ActionContext, 'store'>) {
  const services = await ctx.store.find(
    ELDERCARE_SERVICES,
    { status: 'active' },
    { orderBy: [['createdAt', 'asc']], limit: 200 },
  );
  return services.map(serviceView);
}

/** A partner's own services (all statuses); the district admin sees every service. */
export async function partnerServices(ctx: SignedInContext) {
  const filter: Filter = isDistrictAdmin(ctx.principal) ? {} : { partnerId: { $in: partnersOf(ctx.principal) } };
  const services = await ctx.store.find(ELDERCARE_SERVICES, filter, { orderBy: [['createdAt', 'asc']], limit: 200 });
  return services.map(serviceView);
}

async function loadBookableElder(ctx: SignedInContext, elderId: string): Promise<ElderDoc> {
  const elder = await ctx.store.get(ELDER_PROFILES, elderId);
  if (!elder || !(bookerRole(ctx.principal, elder) || isAdminOf(ctx.principal, elder))) throw elderNotFound();
  return elder;
}

/** The services list of one elder: 可预约 / 不符合条件（原因）/ 本年剩余 N 次, judged for today. */
export async function servicesForElder(ctx: SignedInContext, elderId: string) {
  const elder = await loadBookableElder(ctx, elderId);
  const today = shanghaiDate(ctx.now);
  const services = await ctx.store.find(
    ELDERCARE_SERVICES,
    { status: 'active' },
    { orderBy: [['createdAt', 'asc']], limit: 200 },
  );
  return Promise.all(
    services.map(async (s) => {
      const quota = await ctx.store.get(ELDERCARE_QUOTAS, quotaId(elder._id, s._id, yearOf(today)));
      const remaining = quotaRemaining(s.quotaPerYear, quota?.used ?? 0);
      const eligibility = checkEligibility(elder, s.eligibility, today);
      const refusal: { reason: RefusalReason; message: string; details?: object } | null = !eligibility.eligible
        ? { reason: eligibility.reason, message: eligibility.message, details: eligibility.details }
        : remaining === 0
          ? { reason: 'QUOTA_USED', message: refusalMessage('QUOTA_USED', { quota: s.quotaPerYear }) }
          : null;
      return {
        service: serviceView(s),
        bookable: refusal === null,
        refusal,
        remainingThisYear: remaining,
        usedThisYear: quota?.used ?? 0,
      };
    }),
  );
}

function windowRow(w: WindowDoc) {
  return {
    id: w._id,
    date: w.date,
    period: w.period,
    periodLabel: PERIOD_LABELS[w.period],
    label: windowLabel(w.date, w.period),
    capacity: w.capacity,
    taken: w.taken,
    placesLeft: placesLeft(w),
    open: w.open,
  };
}

/**
 * Windows open for booking, with places left; given an elder, each window also
 * says whether this elder may take it (age on that date, quota of that year).
 */
export async function listWindows(ctx: SignedInContext, serviceId: string, elderId: string | undefined) {
  const service = await loadService(ctx, serviceId);
  const elder = elderId ? await loadBookableElder(ctx, elderId) : null;
  const today = shanghaiDate(ctx.now);
  const windows = await ctx.store.find(
    ELDERCARE_WINDOWS,
    { serviceId, date: { $gte: today, $lte: addDays(today, service.bookAheadDays) } },
    {
      orderBy: [
        ['date', 'asc'],
        ['period', 'asc'],
      ],
      limit: 500,
    },
  );
  const quotas = new Map<number, QuotaDoc>();
  if (elder) {
    for (const year of new Set(windows.map((w) => yearOf(w.date)))) {
      quotas.set(
        year,
        (await ctx.store.get(ELDERCARE_QUOTAS, quotaId(elder._id, serviceId, year))) ??
          emptyQuota(elder._id, serviceId, year),
      );
    }
  }
  return windows.map((w) => {
    const paused = service.status === 'active' ? null : { reason: 'SERVICE_PAUSED' as const, details: {} };
    const problem =
      paused ??
      windowProblem(w, service, ctx.now) ??
      (elder ? elderProblem(elder, service, w, quotas.get(yearOf(w.date))!) : null);
    // Booked inside the cut-off, it cannot be cancelled online afterwards: the page warns before submitting.
    const cancellableOnline =
      ctx.now.getTime() < windowStart(w.date, w.period).getTime() - service.cancelCutoffHours * 3600_000;
    return {
      ...windowRow(w),
      cancellableOnline,
      bookable: problem === null,
      refusal: problem ? { reason: problem.reason, message: refusalMessage(problem.reason, problem.details) } : null,
    };
  });
}

function elderProblem(elder: ElderDoc, service: ServiceDoc, w: WindowDoc, quota: QuotaDoc) {
  const eligibility = checkEligibility(elder, service.eligibility, w.date);
  if (!eligibility.eligible) return { reason: eligibility.reason, details: eligibility.details };
  if (Object.values(quota.holds).includes(w._id)) return { reason: 'ALREADY_BOOKED' as const, details: {} };
  if (service.quotaPerYear !== null && quota.used >= service.quotaPerYear)
    return { reason: 'QUOTA_USED' as const, details: { quota: service.quotaPerYear } };
  return null;
}

/** The partner's window planner: every window in a date range, open or not, past or not. */
export async function partnerWindows(ctx: SignedInContext, serviceId: string, from: string, to: string) {
  const service = await loadService(ctx, serviceId);
  assertPartnerScope(ctx.principal, service.partnerId);
  const windows = await ctx.store.find(
    ELDERCARE_WINDOWS,
    { serviceId, date: { $gte: from, $lte: to } },
    {
      orderBy: [
        ['date', 'asc'],
        ['period', 'asc'],
      ],
      limit: 1000,
    },
  );
  return windows.map(windowRow);
}

export interface WindowInput {
  date: string;
  period: Period;
  capacity: number;
}

/** Adds windows or changes their capacity, all or none; a capacity below the places already taken is refused. */
export async function setWindows(ctx: SignedInContext, serviceId: string, inputs: WindowInput[]) {
  const service = await loadService(ctx, serviceId);
  assertPartnerScope(ctx.principal, service.partnerId);
  const today = shanghaiDate(ctx.now);
  if (inputs.some((w) => w.date < today)) throw refusal('WINDOW_DATE_PAST');
  const saved = await ctx.store.transaction(async (tx) => {
    const out: WindowDoc[] = [];
    for (const input of inputs) {
      const id = windowId(serviceId, input.date, input.period);
      const existing = await tx.get(ELDERCARE_WINDOWS, id);
      if (existing && input.capacity < existing.taken) {
        throw refusal('CAPACITY_BELOW_TAKEN', {
          windowId: id,
          taken: existing.taken,
          windowLabel: windowLabel(input.date, input.period),
        });
      }
      const doc: WindowDoc = existing
        ? { ...existing, capacity: input.capacity, updatedAt: ctx.now.toISOString() }
        : {
            _id: id,
            serviceId,
            partnerId: service.partnerId,
            date: input.date,
            period: input.period,
            capacity: input.capacity,
            taken: 0,
            open: true,
            updatedAt: ctx.now.toISOString(),
          };
      await tx.set(ELDERCARE_WINDOWS, doc);
      out.push(doc);
    }
    return out;
  });
  return saved.map(windowRow);
}

/** Closing a window stops new bookings in it; bookings already there stay. */
export async function setWindowOpen(ctx: SignedInContext, id: string, open: boolean) {
  const window = await ctx.store.get(ELDERCARE_WINDOWS, id);
  if (!window) throw refusal('WINDOW_NOT_FOUND');
  assertPartnerScope(ctx.principal, window.partnerId);
  const saved = await ctx.store.transaction(async (tx) => {
    const current = (await tx.get(ELDERCARE_WINDOWS, id))!;
    const next = { ...current, open, updatedAt: ctx.now.toISOString() };
    await tx.set(ELDERCARE_WINDOWS, next);
    return next;
  });
  return windowRow(saved);
}
