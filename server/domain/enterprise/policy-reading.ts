import type { SignedInContext } from '../../core/action';
import type { Tx } from '../../store/port';
import { callerEnterprise, hasStaffView, staffEnterpriseIds, type EnterpriseSummary } from './measures-access';
import { fitScore, rankForEnterprise, stillOpen } from './policy-match';
import {
  ENTERPRISES,
  INDUSTRIES,
  INDUSTRY_LABELS,
  SIZES,
  SIZE_LABELS,
  type EnterpriseSize,
  type Industry,
} from './model';
import {
  POLICIES,
  POLICY_LEVELS,
  POLICY_TOPICS,
  POLICY_LEVEL_LABELS,
  POLICY_MARKS,
  markId,
  marksOf,
  publishedPolicies,
  topicName,
  type PolicyDoc,
  type PolicyLevel,
  type PolicyMarkDoc,
  type PolicyTopic,
} from './policies';
import { todayInShanghai } from './policy-push';
import { policyRefusal } from './policy-reasons';
import {
  MARK_STATE_LABELS,
  POLICY_STATE_LABELS,
  markTransition,
  type MarkEvent,
  type MarkState,
} from './policy-states';

/**
 * 定位推送 as enterprises and staff read it: an enterprise sees the published
 * policies with those that fit it first and its own marks; opening one marks it
 * read, and it may mark it applied. Staff see each policy's reach.
 */
/** Who a policy is for, in words: 制造业、商务服务 · 中型、小型企业, or 所有企业. */
export function audienceWords(p: Pick<PolicyDoc, 'industries' | 'sizes'>): string {
  const industries = p.industries.map((i) => INDUSTRY_LABELS[i as Industry] ?? i).join('、');
  const sizes = p.sizes.map((s) => SIZE_LABELS[s as EnterpriseSize] ?? s).join('、');
  if (!industries && !sizes) return '所有企业';
  return [industries || '各行业', sizes ? `${sizes}企业` : '各类规模企业'].join(' · ');
}

/** The choices of the publishing form, with their words (the page has no copy of them). */
export const POLICY_OPTIONS = {
  levels: POLICY_LEVELS.map((id) => ({ id, label: POLICY_LEVEL_LABELS[id] })),
  topics: POLICY_TOPICS.map((t) => ({ id: t.id, label: t.name })),
  industries: INDUSTRIES.map((id) => ({ id, label: INDUSTRY_LABELS[id] })),
  sizes: SIZES.map((id) => ({ id, label: SIZE_LABELS[id] })),
};

function policyFacts(p: PolicyDoc, today: string) {
  return {
    id: p._id,
    title: p.title,
    level: p.level,
    levelLabel: POLICY_LEVEL_LABELS[p.level],
    topic: p.topic,
    topicName: topicName(p.topic),
    issuer: p.issuer,
    summary: p.summary,
    industries: p.industries,
    sizes: p.sizes,
    audience: audienceWords(p),
    deadline: p.deadline,
    open: stillOpen(p, today),
    publishedAt: p.publishedAt,
  };
}

function enterpriseView(p: PolicyDoc, enterprise: EnterpriseSummary, mark: PolicyMarkDoc | undefined, today: string) {
  const state: MarkState | null = mark?.state ?? null;
  return {
    ...policyFacts(p, today),
    fits: fitScore(p, enterprise) > 0,
    mark: state,
    markLabel: state ? MARK_STATE_LABELS[state] : null,
    appliedAt: mark?.appliedAt ?? null,
  };
}

/** The enterprise's policy list: fitting first, then open before expired, nearest deadline first. */
export async function enterprisePolicies(
  ctx: SignedInContext,
  filter: { onlyFitting: boolean; limit: number },
  enterpriseId?: string,
) {
  const enterprise = await callerEnterprise(ctx, enterpriseId);
  const today = todayInShanghai(ctx.now);
  const [policies, marks] = await Promise.all([publishedPolicies(ctx.store), marksOf(ctx.store, enterprise.id)]);
  const ranked = rankForEnterprise(policies, enterprise, today).map((p) =>
    enterpriseView(p, enterprise, marks.get(p._id), today),
  );
  const items = filter.onlyFitting ? ranked.filter((p) => p.fits) : ranked;
  return {
    enterprise: {
      id: enterprise.id,
      name: enterprise.name,
      industry: INDUSTRY_LABELS[enterprise.industry as Industry] ?? enterprise.industry,
      size: SIZE_LABELS[enterprise.size as EnterpriseSize] ?? enterprise.size,
    },
    unread: ranked.filter((p) => p.fits && (p.mark === null || p.mark === 'pushed')).length,
    total: items.length,
    // A phone renders a page of cards, not 200: the page asks for more as the reader goes on.
    items: items.slice(0, filter.limit),
  };
}

/** Moves one enterprise's mark in the same transaction as the policy's read and applied counts. */
async function moveMark(
  tx: Tx,
  policy: PolicyDoc,
  enterpriseId: string,
  event: MarkEvent,
  by: string,
  now: Date,
): Promise<PolicyMarkDoc> {
  const id = markId(policy._id, enterpriseId);
  const existing = await tx.get(POLICY_MARKS, id);
  const from = existing?.state ?? 'new';
  const state = markTransition(from, event);
  const at = now.toISOString();
  const wasRead = from === 'read' || from === 'applied';
  const mark: PolicyMarkDoc = {
    _id: id,
    policyId: policy._id,
    enterpriseId,
    level: policy.level,
    state,
    pushedAt: existing?.pushedAt ?? null,
    readAt: existing?.readAt ?? at,
    appliedAt: state === 'applied' ? (existing?.appliedAt ?? at) : null,
    appliedBy: state === 'applied' ? (existing?.appliedBy ?? by) : null,
    updatedAt: at,
  };
  if (from !== state) {
    await tx.set(POLICY_MARKS, mark);
    const read = policy.read + (wasRead ? 0 : 1);
    const applied = policy.applied + (state === 'applied' ? 1 : 0) - (from === 'applied' ? 1 : 0);
    await tx.update(POLICIES, policy._id, { read, applied, updatedAt: at });
  }
  return mark;
}

/**
 * One policy. For an enterprise contact, opening it marks it read for their
 * enterprise; staff read it with its reach. A withdrawn policy is gone for enterprises.
 */
export type EnterprisePolicyView = ReturnType<typeof enterpriseView>;

export interface ScopedMark {
  enterpriseId: string;
  name: string;
  state: MarkState;
  stateLabel: string;
  appliedAt: string | null;
}

/**
 * Which enterprises a policy reached and how each took it, for the staff who
 * follow up: every enterprise for the office, the assigned ones for a liaison.
 * Those that applied first, then unread before read.
 */
async function marksInScope(ctx: SignedInContext, policyId: string): Promise<ScopedMark[]> {
  const scope = await staffEnterpriseIds(ctx);
  const marks = (await ctx.store.find(POLICY_MARKS, { policyId }, { limit: 1000 })).filter(
    (m) => scope === 'all' || scope.has(m.enterpriseId),
  );
  const order: Record<MarkState, number> = { applied: 0, pushed: 1, read: 2 };
  marks.sort((a, b) => order[a.state] - order[b.state] || (a.enterpriseId < b.enterpriseId ? -1 : 1));
  const shown = marks.slice(0, 100);
  const enterprises = await Promise.all(shown.map((m) => ctx.store.get(ENTERPRISES, m.enterpriseId)));
  return shown.map((m, i) => ({
    enterpriseId: m.enterpriseId,
    name: enterprises[i]?.name ?? m.enterpriseId,
    state: m.state,
    stateLabel: MARK_STATE_LABELS[m.state],
    appliedAt: m.appliedAt,
  }));
}

export async function getPolicy(
  ctx: SignedInContext,
  policyId: string,
  enterpriseId?: string,
): Promise<{
  policy: EnterprisePolicyView;
  staff: (ReturnType<typeof staffFigures> & { marks: ScopedMark[] }) | null;
}> {
  const today = todayInShanghai(ctx.now);
  if (await hasStaffView(ctx)) {
    const policy = await ctx.store.get(POLICIES, policyId);
    if (!policy) throw policyRefusal('POLICY_NOT_FOUND');
    return {
      policy: { ...policyFacts(policy, today), mark: null, markLabel: null, fits: false, appliedAt: null },
      staff: { ...staffFigures(policy), marks: await marksInScope(ctx, policyId) },
    };
  }
  const enterprise = await callerEnterprise(ctx, enterpriseId);
  return ctx.store.transaction(async (tx) => {
    const policy = await tx.get(POLICIES, policyId);
    if (!policy || policy.status !== 'published') throw policyRefusal('POLICY_NOT_FOUND');
    const mark = await moveMark(tx, policy, enterprise.id, 'read', ctx.principal.openid, ctx.now);
    return { policy: enterpriseView(policy, enterprise, mark, today), staff: null };
  });
}

/** Marks the policy applied (申报) for the caller's enterprise, or takes the mark back. */
export async function markApplied(ctx: SignedInContext, policyId: string, applied: boolean, enterpriseId?: string) {
  const enterprise = await callerEnterprise(ctx, enterpriseId);
  const today = todayInShanghai(ctx.now);
  return ctx.store.transaction(async (tx) => {
    const policy = await tx.get(POLICIES, policyId);
    if (!policy || policy.status !== 'published') throw policyRefusal('POLICY_NOT_FOUND');
    const mark = await moveMark(
      tx,
      policy,
      enterprise.id,
      applied ? 'apply' : 'unapply',
      ctx.principal.openid,
      ctx.now,
    );
    return enterpriseView(policy, enterprise, mark, today);
  });
}

function staffFigures(p: PolicyDoc) {
  return {
    status: p.status,
    statusLabel: POLICY_STATE_LABELS[p.status],
    pushed: p.pushed,
    read: p.read,
    applied: p.applied,
    pushPending: p.pushPending,
    version: p.version,
  };
}

async function allPolicies(ctx: SignedInContext): Promise<PolicyDoc[]> {
  const all: PolicyDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await ctx.store.find(
      POLICIES,
      {},
      {
        orderBy: [
          ['publishedAt', 'desc'],
          ['_id', 'asc'],
        ],
        limit: 1000,
        skip,
      },
    );
    all.push(...page);
    if (page.length < 1000) return all;
  }
}

/** Staff's list, newest first, with each policy's reach, and the figures by level. */
export async function staffPolicies(
  ctx: SignedInContext,
  filter: { level?: PolicyLevel; topic?: PolicyTopic; limit: number },
) {
  const today = todayInShanghai(ctx.now);
  const all = await allPolicies(ctx);
  const rows = all.filter(
    (p) => (!filter.level || p.level === filter.level) && (!filter.topic || p.topic === filter.topic),
  );
  return {
    items: rows.slice(0, filter.limit).map((p) => ({ ...policyFacts(p, today), ...staffFigures(p) })),
    total: rows.length,
    figures: policyFigures(all),
    options: POLICY_OPTIONS,
  };
}

/**
 * The article's figure (市级政策 181 项、区级政策 15 项 pushed): policies that
 * reached at least one enterprise, by level, with how many enterprises were
 * reached, read them and applied.
 */
export function policyFigures(policies: readonly PolicyDoc[]) {
  return POLICY_LEVELS.map((level) => {
    const mine = policies.filter((p) => p.level === level && p.status === 'published');
    return {
      level,
      levelLabel: POLICY_LEVEL_LABELS[level],
      published: mine.length,
      pushed: mine.filter((p) => p.pushed > 0).length,
      reached: mine.reduce((n, p) => n + p.pushed, 0),
      read: mine.reduce((n, p) => n + p.read, 0),
      applied: mine.reduce((n, p) => n + p.applied, 0),
    };
  });
}
