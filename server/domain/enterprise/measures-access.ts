import type { SignedInContext } from '../../core/action';
import type { DocumentStore, Filter } from '../../store/port';
import { contactEnterpriseIds, isEnterpriseOffice, liaisonIdsOf, staffScopeFilter } from './access';
import { CONTACTS, ENTERPRISES, type EnterpriseDoc } from './model';
import { policyRefusal } from './policy-reasons';

/**
 * What 定向招聘 and 定位推送 need of the job's foundation (enterprises,
 * contacts, liaison scope), in one place: the enterprise a contact acts for,
 * who to tell at an enterprise, which enterprises a member of staff serves,
 * and which enterprises a policy fits (as a store query).
 */
export interface EnterpriseSummary {
  id: string;
  name: string;
  industry: string;
  size: string;
  verified: boolean;
}

export function summary(e: EnterpriseDoc): EnterpriseSummary {
  return { id: e._id, name: e.name, industry: e.industry, size: e.size, verified: e.status === 'verified' };
}

/**
 * The enterprise the calling contact acts for: the one named, or their only
 * one. Someone who speaks for no enterprise (or not for the one named) is refused.
 */
export async function callerEnterprise(ctx: SignedInContext, enterpriseId?: string): Promise<EnterpriseSummary> {
  const mine = contactEnterpriseIds(ctx.principal);
  const id = enterpriseId ?? mine[0];
  if (!id || !mine.includes(id)) throw policyRefusal('NO_ENTERPRISE');
  const enterprise = await ctx.store.get(ENTERPRISES, id);
  if (!enterprise) throw policyRefusal('NO_ENTERPRISE');
  return summary(enterprise);
}

/** Everyone who speaks for the enterprise: they get its messages. */
export async function contactOpenids(store: DocumentStore, enterpriseId: string): Promise<string[]> {
  const rows = await store.find(CONTACTS, { enterpriseId }, { limit: 100 });
  return [...new Set(rows.map((c) => c.openid))];
}

export async function isContactOf(store: DocumentStore, openid: string, enterpriseId: string): Promise<boolean> {
  return (await store.count(CONTACTS, { enterpriseId, openid })) > 0;
}

/** Staff of the job (the office or a liaison): they read policies with their reach. */
export async function hasStaffView(ctx: SignedInContext): Promise<boolean> {
  return isEnterpriseOffice(ctx.principal) || liaisonIdsOf(ctx.principal).length > 0;
}

/** The enterprises a member of staff serves: every one for the office, the assigned ones for a liaison. */
export async function staffEnterpriseIds(ctx: SignedInContext): Promise<'all' | Set<string>> {
  const filter = staffScopeFilter(ctx.principal);
  if (filter === null) return new Set();
  if (Object.keys(filter).length === 0) return 'all';
  const ids = new Set<string>();
  for (let skip = 0; ; skip += 1000) {
    const page = await ctx.store.find(ENTERPRISES, filter, { orderBy: [['_id', 'asc']], limit: 1000, skip });
    for (const e of page) ids.add(e._id);
    if (page.length < 1000) return ids;
  }
}

/**
 * Verified enterprises the policy fits, after `cursor` in id order: the same
 * rule as policyFits (server/domain/enterprise/policy-match.ts), as a query.
 */
export async function fittingEnterprises(
  store: DocumentStore,
  policy: { industries: readonly string[]; sizes: readonly string[] },
  cursor: string | null,
  limit: number,
): Promise<EnterpriseSummary[]> {
  const filter: Filter = { status: 'verified' };
  if (policy.industries.length > 0) filter.industry = { $in: [...policy.industries] };
  if (policy.sizes.length > 0) filter.size = { $in: [...policy.sizes] };
  if (cursor !== null) filter._id = { $gt: cursor };
  const rows = await store.find(ENTERPRISES, filter, { orderBy: [['_id', 'asc']], limit });
  return rows.map(summary);
}
