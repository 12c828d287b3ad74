import { randomUUID } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import { inShanghai } from '../../core/time';
import { defineCollection, type CollectionSpec } from '../../store/collections';
import type { Filter } from '../../store/port';
import { isEnterpriseOffice, liaisonIdsOf, servedEnterprise, staffScopeFilter } from './access';
import { ENTERPRISES, LIAISONS } from './model';
import { refusal } from './reasons';

/**
 * 街道干部进百企: staff log their visits to enterprises (date, who they met,
 * what they found). The enterprise keeps the date of its latest visit, so the
 * coverage figures (visited this quarter, never visited) are two counts on an
 * index rather than a scan of every visit.
 */
export interface VisitFinding {
  /** Stable within the visit, so a finding can be filed as a request once. */
  id: string;
  text: string;
  /** The direct-line request this finding became, once filed. */
  requestId: string | null;
}

export interface VisitDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  /** The liaison serving the enterprise when visited: a liaison's own list of visits reads this. */
  liaisonId: string | null;
  /** Shanghai calendar date of the visit (YYYY-MM-DD). */
  date: string;
  /** Who of the sub-district went (names, as written by the visitor). */
  visitors: string;
  /** Who they met at the enterprise (names and posts). */
  peopleMet: string;
  findings: VisitFinding[];
  createdBy: string;
  createdAt: string;
  demo?: boolean;
}

export const VISITS = defineCollection<VisitDoc>('enterprise_visits', [
  {
    name: 'enterprise_date',
    fields: [
      ['enterpriseId', 'asc'],
      ['date', 'desc'],
    ],
  },
  {
    name: 'liaison_date',
    fields: [
      ['liaisonId', 'asc'],
      ['date', 'desc'],
    ],
  },
  { name: 'date', fields: [['date', 'desc']] },
]);
export const VISIT_COLLECTIONS: CollectionSpec[] = [VISITS];

/** A visit is logged within this many days (a record written from memory months later is not a record). */
export const VISIT_BACKDATE_DAYS = 30;

export interface VisitInput {
  enterpriseId: string;
  date: string;
  visitors: string;
  peopleMet: string;
  findings: string[];
}

export function todayInShanghai(now: Date): string {
  return inShanghai(now).format('YYYY-MM-DD');
}

/** The quarter a Shanghai date falls in, as `2026-Q4`, and its first day. */
export function quarterOf(date: string): { quarter: string; start: string } {
  const year = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return { quarter: `${year}-Q${q}`, start: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01` };
}

function visitView(v: VisitDoc) {
  return {
    id: v._id,
    enterpriseId: v.enterpriseId,
    enterpriseName: v.enterpriseName,
    date: v.date,
    visitors: v.visitors,
    peopleMet: v.peopleMet,
    findings: v.findings,
    createdAt: v.createdAt,
  };
}

export async function logVisit(ctx: SignedInContext, input: VisitInput) {
  const enterprise = await servedEnterprise(ctx.store, ctx.principal, input.enterpriseId);
  if (enterprise.status !== 'verified') throw refusal('VISIT_BEFORE_VERIFY');
  const today = todayInShanghai(ctx.now);
  if (input.date > today) throw refusal('VISIT_DATE_FUTURE');
  const earliest = inShanghai(ctx.now).subtract(VISIT_BACKDATE_DAYS, 'day').format('YYYY-MM-DD');
  if (input.date < earliest) throw refusal('VISIT_DATE_OLD', { days: VISIT_BACKDATE_DAYS });
  const visit: VisitDoc = {
    _id: `visit_${randomUUID()}`,
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    liaisonId: enterprise.liaisonId,
    date: input.date,
    visitors: input.visitors,
    peopleMet: input.peopleMet,
    findings: input.findings.map((text, i) => ({ id: `f${i + 1}`, text, requestId: null })),
    createdBy: ctx.principal.openid,
    createdAt: ctx.now.toISOString(),
  };
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get(ENTERPRISES, enterprise._id);
    if (!current) throw refusal('ENTERPRISE_NOT_FOUND');
    await tx.create(VISITS, visit);
    // Only a later date moves the enterprise's latest visit (a back-dated record does not make it look stale).
    if (current.lastVisitDate === null || current.lastVisitDate < visit.date) {
      await tx.update(ENTERPRISES, current._id, { lastVisitDate: visit.date, updatedAt: ctx.now.toISOString() });
    }
  });
  return visitView(visit);
}

/** One enterprise's visits (staff serving it), or the caller's scope's latest visits. */
export async function listVisits(ctx: SignedInContext, enterpriseId: string | undefined, limit: number) {
  if (enterpriseId) {
    await servedEnterprise(ctx.store, ctx.principal, enterpriseId);
    return (await ctx.store.find(VISITS, { enterpriseId }, { orderBy: [['date', 'desc']], limit })).map(visitView);
  }
  const filter: Filter = isEnterpriseOffice(ctx.principal) ? {} : { liaisonId: { $in: liaisonIdsOf(ctx.principal) } };
  return (await ctx.store.find(VISITS, filter, { orderBy: [['date', 'desc']], limit })).map(visitView);
}

export async function getVisit(ctx: SignedInContext, visitId: string) {
  const visit = await ctx.store.get(VISITS, visitId);
  if (!visit) throw refusal('VISIT_NOT_FOUND');
  await servedEnterprise(ctx.store, ctx.principal, visit.enterpriseId).catch(() => {
    throw refusal('VISIT_NOT_FOUND');
  });
  return visitView(visit);
}

/**
 * 进百企 coverage of the current quarter within the caller's scope: verified
 * enterprises, how many were visited since the quarter began, how many never.
 * The office also gets one row per liaison (and the unassigned ones).
 */
export async function coverage(ctx: SignedInContext) {
  const today = todayInShanghai(ctx.now);
  const { quarter, start } = quarterOf(today);
  const scope = staffScopeFilter(ctx.principal);
  const figures = async (filter: Filter | null) => {
    if (filter === null) return { total: 0, visitedThisQuarter: 0, notVisitedThisQuarter: 0, neverVisited: 0 };
    const base = { ...filter, status: 'verified' };
    const [total, visited, never] = await Promise.all([
      ctx.store.count(ENTERPRISES, base),
      ctx.store.count(ENTERPRISES, { ...base, lastVisitDate: { $gte: start } }),
      ctx.store.count(ENTERPRISES, { ...base, lastVisitDate: null }),
    ]);
    return { total, visitedThisQuarter: visited, notVisitedThisQuarter: total - visited, neverVisited: never };
  };
  const overall = await figures(scope);
  let byLiaison: Array<{ liaisonId: string | null; name: string } & Awaited<ReturnType<typeof figures>>> = [];
  if (isEnterpriseOffice(ctx.principal)) {
    const liaisons = await ctx.store.find(
      LIAISONS,
      {},
      {
        orderBy: [
          ['kind', 'desc'],
          ['name', 'asc'],
        ],
        limit: 200,
      },
    );
    const rows = await Promise.all(
      liaisons.map(async (l) => ({
        liaisonId: l._id as string | null,
        name: l.name,
        ...(await figures({ liaisonId: l._id })),
      })),
    );
    const unassigned = { liaisonId: null, name: '未安排包联', ...(await figures({ liaisonId: null })) };
    byLiaison = [...rows.filter((r) => r.total > 0), ...(unassigned.total > 0 ? [unassigned] : [])];
  }
  return { quarter, quarterStart: start, today, ...overall, byLiaison };
}
