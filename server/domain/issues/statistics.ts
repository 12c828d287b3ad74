import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { DocumentStore, Filter } from '../../store/port';
import { listUnits } from '../org/org';
import { reachOf, scopeFilters } from './access';
import { listCategories } from './categories';
import { csvTime, toCsv } from '../../core/csv';
import { isOverdue } from './sla';
import { stateLabelOf } from './states';
import { STAT_FIELDS, UNROUTED, zeroVector, type StatsDoc, type StatVector } from './stat-counters';
import { ISSUE_STATS, ISSUES, SATISFACTION_LABELS, type IssueDoc } from './model';

/**
 * 响应率 / 解决率 / 满意率 and average times, by grid, community, category or
 * month, read from the per-month counters (stat-counters.ts), never from a scan of
 * the issues. Rates are fractions (0..1), null when nothing to divide by.
 */
export type GroupBy = 'grid' | 'community' | 'category' | 'month';

export interface StatsInput {
  from: string;
  to: string;
  groupBy: GroupBy;
  communityId?: string;
  branchId?: string;
  category?: string;
}

const MAX_MONTHS = 24;

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

async function readCounters(store: DocumentStore, filter: Filter): Promise<StatsDoc[]> {
  const all: StatsDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await store.find(ISSUE_STATS, filter, { orderBy: [['month', 'asc']], limit: 1000, skip });
    all.push(...page);
    if (page.length < 1000) return all;
  }
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);
const hours = (minutes: number, n: number) => (n > 0 ? Math.round((minutes / n / 60) * 10) / 10 : null);

export function rates(v: StatVector) {
  return {
    submitted: v.submitted,
    valid: v.valid,
    responded: v.responded,
    resolved: v.resolved,
    rated: v.rated,
    satisfied: v.satisfied,
    overdue: v.overdue,
    open: v.open,
    rejected: v.rejected,
    duplicate: v.duplicate,
    /** 响应率: responded within the accept limit, of the valid ones. */
    responseRate: ratio(v.respondedOnTime, v.valid),
    /** 解决率: resolved (fixed), of the valid ones. */
    resolutionRate: ratio(v.resolved, v.valid),
    onTimeResolutionRate: ratio(v.resolvedOnTime, v.resolved),
    /** 满意率: satisfied or basically satisfied, of those rated. */
    satisfactionRate: ratio(v.satisfied, v.rated),
    avgAcceptHours: hours(v.acceptMinutes, v.responded),
    avgResolveHours: hours(v.resolveMinutes, v.resolved),
    avgStars: v.rated > 0 ? Math.round((v.stars / v.rated) * 10) / 10 : null,
  };
}

export type StatRow = ReturnType<typeof rates> & { key: string; label: string };

function groupKey(doc: StatsDoc, groupBy: GroupBy): string {
  switch (groupBy) {
    case 'grid':
      return doc.gridId;
    case 'community':
      return doc.communityId ?? UNROUTED;
    case 'category':
      return doc.category;
    case 'month':
      return doc.month;
  }
}

export async function statistics(ctx: SignedInContext, input: StatsInput) {
  if (input.from > input.to) throw refusal('MONTHS_REVERSED');
  if (monthsBetween(input.from, input.to) > MAX_MONTHS) throw refusal('TOO_MANY_MONTHS', { months: MAX_MONTHS });
  const scope = scopeFilters(reachOf(ctx.principal), input);
  const filter: Filter = { month: { $gte: input.from, $lte: input.to }, ...scope };
  if (input.category) filter.category = input.category;
  const [docs, labels, overdueNow] = await Promise.all([
    readCounters(ctx.store, filter),
    labelsFor(ctx.store, input.groupBy),
    ctx.store.count(ISSUES, {
      open: true,
      dueAt: { $lt: ctx.now.toISOString() },
      ...scope,
      ...(input.category ? { category: input.category } : {}),
    }),
  ]);
  const groups = new Map<string, StatVector>();
  const total = zeroVector();
  for (const doc of docs) {
    const key = groupKey(doc, input.groupBy);
    const sum = groups.get(key) ?? zeroVector();
    for (const f of STAT_FIELDS) {
      sum[f] += doc[f] ?? 0;
      total[f] += doc[f] ?? 0;
    }
    groups.set(key, sum);
  }
  const rows: StatRow[] = [...groups.entries()]
    .map(([key, v]) => ({ key, label: labels.get(key) ?? (key === UNROUTED ? '未分派（街道）' : key), ...rates(v) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return {
    from: input.from,
    to: input.to,
    groupBy: input.groupBy,
    rows,
    total: { key: 'total', label: '合计', ...rates(total) },
    overdueNow,
  };
}

async function labelsFor(store: DocumentStore, groupBy: GroupBy): Promise<Map<string, string>> {
  if (groupBy === 'grid') return new Map((await listUnits(store, 'grid')).map((u) => [u._id, u.name]));
  if (groupBy === 'community') return new Map((await listUnits(store, 'community')).map((u) => [u._id, u.name]));
  if (groupBy === 'category') return new Map((await listCategories(store, true)).map((c) => [c._id, c.name]));
  return new Map();
}

const GROUP_HEADERS: Record<GroupBy, string> = { grid: '网格', community: '社区', category: '类别', month: '月份' };

export async function exportStatsCsv(ctx: SignedInContext, input: StatsInput) {
  const result = await statistics(ctx, input);
  const header = [
    GROUP_HEADERS[input.groupBy],
    '反映件数',
    '有效件数',
    '响应率',
    '解决率',
    '按时办结率',
    '满意率',
    '平均受理时长(小时)',
    '平均办结时长(小时)',
    '评价件数',
    '平均星级',
    '超时件数',
    '不予受理',
    '重复',
  ];
  const line = (r: StatRow) => [
    r.label,
    r.submitted,
    r.valid,
    percent(r.responseRate),
    percent(r.resolutionRate),
    percent(r.onTimeResolutionRate),
    percent(r.satisfactionRate),
    r.avgAcceptHours,
    r.avgResolveHours,
    r.rated,
    r.avgStars,
    r.overdue,
    r.rejected,
    r.duplicate,
  ];
  const csv = toCsv(header, [...result.rows.map(line), line(result.total)]);
  return {
    filename: `诉求统计_${input.from}_${input.to}_按${GROUP_HEADERS[input.groupBy]}.csv`,
    mimeType: 'text/csv; charset=utf-8',
    csv,
    rows: result.rows.length,
  };
}

export const MAX_EXPORT_ROWS = 10_000;

/**
 * The issues themselves, submitted in a date range, within the caller's scope.
 * No phone numbers or reporter names: an exported file travels further than the workbench.
 */
export async function exportIssuesCsv(
  ctx: SignedInContext,
  input: { fromDay: string; toDay: string; communityId?: string; branchId?: string },
) {
  if (input.fromDay > input.toDay) throw refusal('DAYS_REVERSED');
  const scope = scopeFilters(reachOf(ctx.principal), input);
  const start = new Date(`${input.fromDay}T00:00:00+08:00`).toISOString();
  const end = new Date(Date.parse(`${input.toDay}T00:00:00+08:00`) + 86_400_000).toISOString();
  const filter: Filter = { ...scope, submittedAt: { $gte: start, $lt: end } };
  const issues: IssueDoc[] = [];
  for (let skip = 0; issues.length < MAX_EXPORT_ROWS; skip += 1000) {
    const page = await ctx.store.find(ISSUES, filter, { orderBy: [['submittedAt', 'desc']], limit: 1000, skip });
    issues.push(...page);
    if (page.length < 1000) break;
  }
  const t = csvTime;
  const header = [
    '编号',
    '类别',
    '地址',
    '状态',
    '网格',
    '网格党支部',
    '社区',
    '反映时间',
    '首次响应',
    '办结时间',
    '关闭时间',
    '受理时限',
    '办结时限',
    '当前超时',
    '督办',
    '支持人数',
    '评价',
    '星级',
  ];
  const rows = issues
    .slice(0, MAX_EXPORT_ROWS)
    .map((i) => [
      i.ticketNo,
      i.categoryName,
      i.addressText,
      stateLabelOf(i),
      i.gridName,
      i.branchName,
      i.communityName,
      t(i.submittedAt),
      t(i.firstResponseAt),
      t(i.resolvedAt),
      t(i.closedAt),
      t(i.acceptDueAt),
      t(i.resolveDueAt),
      isOverdue(i, ctx.now) ? '是' : '否',
      i.supervised ? '是' : '否',
      i.supporters,
      i.callback ? SATISFACTION_LABELS[i.callback.satisfaction] : '',
      i.callback?.stars ?? '',
    ]);
  return {
    filename: `诉求明细_${input.fromDay}_${input.toDay}.csv`,
    mimeType: 'text/csv; charset=utf-8',
    csv: toCsv(header, rows),
    rows: rows.length,
    truncated: issues.length >= MAX_EXPORT_ROWS,
  };
}

/** 0.97356 -> "97.4%"; no denominator -> empty. */
export function percent(rate: number | null): string {
  return rate === null ? '' : `${(rate * 100).toFixed(1)}%`;
}
