import type { ActionContext, SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { Filter } from '../../store/port';
import { addressKey, geohash } from './placement';
import { stateGroup } from './states';
import { ISSUE_SUPPORTS, ISSUES, issueByTicket, timelineOf, type IssueDoc } from './model';
import { detailView, listItem, viewerOf } from './views';

/** What residents read: one issue with its timeline, their own list, and suggestions before filing. */
export async function findIssue(ctx: ActionContext, ref: { id?: string; ticketNo?: string }): Promise<IssueDoc | null> {
  if (ref.id) return ctx.store.get(ISSUES, ref.id);
  return issueByTicket(ctx.store, ref.ticketNo ?? '');
}

export function supportId(issueId: string, openid: string): string {
  return `${issueId}_${openid}`;
}

export async function getIssue(ctx: ActionContext, ref: { id?: string; ticketNo?: string }) {
  const issue = await findIssue(ctx, ref);
  const viewer = issue ? viewerOf(ctx.principal, issue) : null;
  // Missing and not-yours look the same, so ids and ticket numbers cannot be probed.
  if (!issue || !viewer) throw refusal('ISSUE_NOT_FOUND');
  const openid = ctx.principal?.openid ?? null;
  const [events, support] = await Promise.all([
    timelineOf(ctx.store, issue._id, viewer !== 'staff'),
    openid ? ctx.store.get(ISSUE_SUPPORTS, supportId(issue._id, openid)) : Promise.resolve(null),
  ]);
  return detailView(issue, events, viewer, ctx.now, { supported: support !== null, isMine: issue.reporter === openid });
}

export async function myIssues(
  ctx: SignedInContext,
  input: { kind: 'reported' | 'supported'; page: number; pageSize: number },
) {
  const skip = (input.page - 1) * input.pageSize;
  const me = ctx.principal.openid;
  if (input.kind === 'reported') {
    const filter = { reporter: me };
    const [issues, total] = await Promise.all([
      ctx.store.find(ISSUES, filter, { orderBy: [['submittedAt', 'desc']], limit: input.pageSize, skip }),
      ctx.store.count(ISSUES, filter),
    ]);
    return {
      items: issues.map((i) => listItem(i, 'owner', ctx.now)),
      total,
      page: input.page,
      pageSize: input.pageSize,
    };
  }
  const filter = { supporter: me };
  const [supports, total] = await Promise.all([
    ctx.store.find(ISSUE_SUPPORTS, filter, { orderBy: [['at', 'desc']], limit: input.pageSize, skip }),
    ctx.store.count(ISSUE_SUPPORTS, filter),
  ]);
  const issues = await Promise.all(supports.map((s) => ctx.store.get(ISSUES, s.issueId)));
  const items = issues
    .filter((i): i is IssueDoc => i !== null && viewerOf(ctx.principal, i) !== null)
    .map((i) => listItem(i, 'public', ctx.now));
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** Open issues of the same category at the same building, or in the same ~150 m cell of the map. */
export async function similarIssues(
  ctx: SignedInContext,
  input: { category: string; street?: string; number?: number; lat?: number; lng?: number },
) {
  const filters: Filter[] = [];
  if (input.street && input.number !== undefined)
    filters.push({ addressKey: addressKey(input.street, input.number), category: input.category, open: true });
  if (input.lat !== undefined && input.lng !== undefined)
    filters.push({ geoCell: geohash(input.lat, input.lng), category: input.category, open: true });
  if (filters.length === 0) throw refusal('SEARCH_PLACE_REQUIRED');
  const found = new Map<string, IssueDoc>();
  for (const filter of filters) {
    for (const issue of await ctx.store.find(ISSUES, filter, { limit: 20 })) found.set(issue._id, issue);
  }
  const visible = [...found.values()].filter(
    (i) => viewerOf(ctx.principal, i) !== null && stateGroup(i.state, i.outcome) === 'open',
  );
  visible.sort((a, b) => b.supporters - a.supporters || b.submittedAt.localeCompare(a.submittedAt));
  const supports = await Promise.all(
    visible.map((i) => ctx.store.get(ISSUE_SUPPORTS, supportId(i._id, ctx.principal.openid))),
  );
  return visible.slice(0, 10).map((i, n) => ({
    ...listItem(i, 'public', ctx.now),
    isMine: i.reporter === ctx.principal.openid,
    supported: supports[n] !== null,
  }));
}

/** Caps the follower list so one popular issue cannot make every change a huge transaction. */
export const MAX_FOLLOWERS = 200;

/**
 * "我也遇到": adds the caller's support instead of a second report. The support
 * document's id is issue + resident, so pressing twice counts once.
 */
export async function meToo(ctx: SignedInContext, id: string) {
  const me = ctx.principal.openid;
  return ctx.store.transaction(async (tx) => {
    const issue = await tx.get(ISSUES, id);
    if (!issue || !viewerOf(ctx.principal, issue)) throw refusal('ISSUE_NOT_FOUND');
    if (issue.reporter === me) throw refusal('OWN_ISSUE');
    if (stateGroup(issue.state, issue.outcome) !== 'open') throw refusal('ISSUE_NOT_OPEN');
    const existing = await tx.get(ISSUE_SUPPORTS, supportId(id, me));
    if (existing) return { supporters: issue.supporters, supported: true };
    await tx.create(ISSUE_SUPPORTS, { _id: supportId(id, me), issueId: id, supporter: me, at: ctx.now.toISOString() });
    const followers =
      issue.followers.includes(me) || issue.followers.length >= MAX_FOLLOWERS
        ? issue.followers
        : [...issue.followers, me];
    // No version bump: support changes nobody's work, so it must not make a staff action stale.
    await tx.update(ISSUES, id, { supporters: issue.supporters + 1, followers });
    return { supporters: issue.supporters + 1, supported: true };
  });
}
