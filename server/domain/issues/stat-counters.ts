import { counterRecorder, zeroVectorOf } from '../stats/counters';
import { shanghaiMonth } from '../sla/calendar';
import { stateGroup } from './states';
import { ISSUE_STATS, type IssueDoc } from './model';

/**
 * Statistics are kept as counters, one document per (month of submission,
 * grid, category), changed in the same transaction as the issue. Each issue
 * contributes a vector that is a pure function of its document; a write
 * subtracts the old vector and adds the new one. So the counters always equal
 * what a full scan would give, reassignment moves an issue's whole
 * contribution to its new grid, and a statistic over a year reads a few
 * hundred small documents instead of 100,000 issues.
 */
export const STAT_FIELDS = [
  'submitted',
  'valid',
  'responded',
  'respondedOnTime',
  'acceptMinutes',
  'resolved',
  'resolvedOnTime',
  'resolveMinutes',
  'rated',
  'satisfied',
  'stars',
  'overdue',
  'rejected',
  'duplicate',
  'open',
] as const;
export type StatField = (typeof STAT_FIELDS)[number];
export type StatVector = Record<StatField, number>;

export interface StatsKey {
  month: string;
  gridId: string;
  branchId: string | null;
  communityId: string | null;
  category: string;
}

export interface StatsDoc extends StatsKey, StatVector {
  _id: string;
}

/** Issues no rule routed are counted under this grid id. */
export const UNROUTED = 'none';

export function zeroVector(): StatVector {
  return zeroVectorOf(STAT_FIELDS);
}

export function statsKey(issue: IssueDoc): StatsKey & { id: string } {
  const month = shanghaiMonth(issue.submittedAt);
  const gridId = issue.gridId ?? UNROUTED;
  return {
    id: `${month}_${gridId}_${issue.category}`,
    month,
    gridId,
    branchId: issue.branchId,
    communityId: issue.communityId,
    category: issue.category,
  };
}

const minutesBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

/**
 * Each rate's numerator is a subset of its denominator within one issue's
 * contribution (respondedOnTime ⊆ valid, resolved ⊆ valid, resolvedOnTime ⊆
 * resolved, satisfied ⊆ rated), so sums over any set of issues keep every rate
 * between 0 and 1 by construction. A rejected or duplicate report is answered
 * (responded) but is not valid: counting its timely answer over the valid ones
 * once gave 金华路东网格 a 响应率 of 200%.
 */
export function contribution(issue: IssueDoc): StatVector {
  const group = stateGroup(issue.state, issue.outcome);
  const valid = issue.state !== 'rejected' && issue.state !== 'duplicate';
  const responded = issue.firstResponseAt !== null;
  const resolved = valid && group === 'fixed' && issue.resolvedAt !== null;
  const rated = valid && issue.callback !== null;
  return {
    submitted: 1,
    valid: valid ? 1 : 0,
    responded: responded ? 1 : 0,
    respondedOnTime: valid && responded && issue.respondedOnTime ? 1 : 0,
    acceptMinutes: responded ? minutesBetween(issue.submittedAt, issue.firstResponseAt!) : 0,
    resolved: resolved ? 1 : 0,
    resolvedOnTime: resolved && issue.resolvedOnTime ? 1 : 0,
    resolveMinutes: resolved ? minutesBetween(issue.submittedAt, issue.resolvedAt!) : 0,
    rated: rated ? 1 : 0,
    satisfied: rated && issue.callback!.satisfaction !== 'dissatisfied' ? 1 : 0,
    stars: rated ? issue.callback!.stars : 0,
    overdue: issue.everOverdue ? 1 : 0,
    rejected: issue.state === 'rejected' ? 1 : 0,
    duplicate: issue.state === 'duplicate' ? 1 : 0,
    open: group === 'open' ? 1 : 0,
  };
}

export const recordStats = counterRecorder({
  collection: ISSUE_STATS,
  fields: STAT_FIELDS,
  key: statsKey,
  contribution,
});
