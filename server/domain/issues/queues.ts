import type { SignedInContext } from '../../core/action';
import type { Filter } from '../../store/port';
import { reachOf, scopeFilters } from './access';
import type { IssueState } from './states';
import { ISSUES } from './model';
import { listItem } from './views';

/**
 * The staff workbench queues. Each is one indexed query: the queue field (or
 * "open and past its deadline" for 已超时·督办), the caller's scope, and the
 * sort key (urgent first, then the nearest deadline).
 */
export type WorkQueue = 'pending' | 'working' | 'overdue' | 'triage' | 'resolved';

export const QUEUE_LABELS: Record<WorkQueue, string> = {
  pending: '待受理',
  working: '处理中',
  overdue: '已超时·督办',
  triage: '退回待分派',
  resolved: '已办结待评价',
};

export interface QueueInput {
  queue: WorkQueue;
  branchId?: string;
  communityId?: string;
  gridId?: string;
  category?: string;
  state?: IssueState;
  page: number;
  pageSize: number;
}

export function queueFilter(
  input: Omit<QueueInput, 'page' | 'pageSize'>,
  scope: Filter,
  now: Date,
): { filter: Filter; orderBy: Array<[string, 'asc' | 'desc']> } {
  const base: Filter =
    input.queue === 'overdue' ? { open: true, dueAt: { $lt: now.toISOString() } } : { queue: input.queue };
  const filter: Filter = { ...base, ...scope };
  if (input.gridId) filter.gridId = input.gridId;
  if (input.category) filter.category = input.category;
  if (input.state) filter.state = input.state;
  return { filter, orderBy: input.queue === 'overdue' ? [['dueAt', 'asc']] : [['queueSort', 'asc']] };
}

export async function workQueue(ctx: SignedInContext, input: QueueInput) {
  const scope = scopeFilters(reachOf(ctx.principal), input);
  const { filter, orderBy } = queueFilter(input, scope, ctx.now);
  const [issues, total] = await Promise.all([
    ctx.store.find(ISSUES, filter, { orderBy, limit: input.pageSize, skip: (input.page - 1) * input.pageSize }),
    ctx.store.count(ISSUES, filter),
  ]);
  return {
    queue: input.queue,
    label: QUEUE_LABELS[input.queue],
    items: issues.map((i) => listItem(i, 'staff', ctx.now)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The badge counts of all queues at once, for the workbench tabs. */
export async function queueCounts(ctx: SignedInContext, narrow: { branchId?: string; communityId?: string }) {
  const scope = scopeFilters(reachOf(ctx.principal), narrow);
  const names = Object.keys(QUEUE_LABELS) as WorkQueue[];
  const counts = await Promise.all(
    names.map((queue) => ctx.store.count(ISSUES, queueFilter({ queue }, scope, ctx.now).filter)),
  );
  return names.map((queue, i) => ({ queue, label: QUEUE_LABELS[queue], count: counts[i] }));
}
