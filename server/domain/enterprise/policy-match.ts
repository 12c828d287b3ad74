/**
 * 定位推送: which policies fit which enterprise, and in what order an
 * enterprise reads them. Pure functions over plain data, so the rule is the
 * same for the push (who is told), the enterprise's list (what comes first)
 * and the tests.
 *
 * A policy names the industries and sizes it is for; an empty list means
 * "every industry" (or "every size"), as policies for all enterprises are
 * common (tax relief, social insurance refunds).
 */

/** What matching needs of a policy. */
export interface PolicyTarget {
  industries: readonly string[];
  sizes: readonly string[];
}

/** What matching needs of an enterprise. */
export interface EnterpriseProfile {
  industry: string;
  size: string;
}

export function policyFits(policy: PolicyTarget, enterprise: EnterpriseProfile): boolean {
  const industryFits = policy.industries.length === 0 || policy.industries.includes(enterprise.industry);
  const sizeFits = policy.sizes.length === 0 || policy.sizes.includes(enterprise.size);
  return industryFits && sizeFits;
}

/**
 * How closely a fitting policy is aimed at the enterprise: a policy written for
 * its industry says more to it than one for everybody. 0 when it does not fit.
 */
export function fitScore(policy: PolicyTarget, enterprise: EnterpriseProfile): number {
  if (!policyFits(policy, enterprise)) return 0;
  return 1 + (policy.industries.length > 0 ? 2 : 0) + (policy.sizes.length > 0 ? 1 : 0);
}

export interface RankablePolicy extends PolicyTarget {
  _id: string;
  /** The last day to apply, YYYY-MM-DD in Shanghai, or null for none. */
  deadline: string | null;
  publishedAt: string;
}

/** True while the policy can still be applied for on `today` (YYYY-MM-DD, Shanghai): the deadline day itself counts. */
export function stillOpen(policy: Pick<RankablePolicy, 'deadline'>, today: string): boolean {
  return policy.deadline === null || policy.deadline >= today;
}

/**
 * The order an enterprise reads policies in: those that fit it first (the
 * closest aimed first), then those still open before those past their
 * deadline, then the nearest deadline first (it is the one to act on), then
 * the newest. Stable and total: equal policies keep id order.
 */
export function rankForEnterprise<P extends RankablePolicy>(
  policies: readonly P[],
  enterprise: EnterpriseProfile,
  today: string,
): P[] {
  const keyed = policies.map((p) => ({ p, score: fitScore(p, enterprise), open: stillOpen(p, today) }));
  keyed.sort((a, b) => {
    if (a.score !== b.score) return b.score - a.score;
    if (a.open !== b.open) return a.open ? -1 : 1;
    const da = a.p.deadline ?? '9999-99-99';
    const db = b.p.deadline ?? '9999-99-99';
    if (a.open && da !== db) return da < db ? -1 : 1;
    if (a.p.publishedAt !== b.p.publishedAt) return a.p.publishedAt > b.p.publishedAt ? -1 : 1;
    return a.p._id < b.p._id ? -1 : a.p._id > b.p._id ? 1 : 0;
  });
  return keyed.map((k) => k.p);
}
