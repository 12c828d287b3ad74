import { csvTime, toCsv } from '../../../core/csv';
import type { DocumentStore, Filter } from '../../../store/port';
import { isOverdue } from '../../sla/deadlines';
import { INDUSTRY_LABELS } from '../model';
import { REQUEST_STATS, REQUESTS, type RequestDoc, type RequestStatsDoc } from './model';
import { refusal } from './reasons';
import { STATE_LABELS } from './states';
import { REQUEST_STAT_FIELDS, zeroVector, type RequestStatVector } from './stats';
import { REQUEST_TYPE_SPECS } from './types';

/**
 * Statistics of the direct line by type, department, industry or month, read
 * from the per-month counters (stats.ts), never from a scan of the requests.
 * `totals` are the article's figures: requests solved, financing secured
 * (万元), jobs filled, policies applied.
 */
export type RequestGroupBy = 'type' | 'department' | 'industry' | 'month';

export interface RequestStatsInput {
  from: string;
  to: string;
  groupBy: RequestGroupBy;
}

/** What a caller may see: everything, or the requests of some departments / enterprises (access.ts decides). */
export interface StatsScope {
  departmentIds: string[] | null;
}

export const MAX_MONTHS = 36;

export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

export function assertMonthRange(from: string, to: string): void {
  if (from > to) throw refusal('MONTHS_REVERSED');
  if (monthsBetween(from, to) > MAX_MONTHS) throw refusal('TOO_MANY_MONTHS', { max: MAX_MONTHS });
}

async function readCounters(store: DocumentStore, from: string, to: string): Promise<RequestStatsDoc[]> {
  const filter: Filter = { month: { $gte: from, $lte: to } };
  const all: RequestStatsDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const page = await store.find(REQUEST_STATS, filter, { orderBy: [['month', 'asc']], limit: 1000, skip });
    all.push(...page);
    if (page.length < 1000) return all;
  }
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

export function figures(v: RequestStatVector) {
  return {
    filed: v.filed,
    open: v.open,
    solved: v.solved,
    withdrawn: v.withdrawn,
    overdue: v.overdue,
    rated: v.rated,
    financingAskedWan: v.financingAskedWan,
    financingWan: v.financingWan,
    jobsFilled: v.jobsFilled,
    policiesApplied: v.policiesApplied,
    /** 办结率: solved of those not withdrawn. */
    solvedRate: ratio(v.solved, v.filed - v.withdrawn),
    onTimeRate: ratio(v.solvedOnTime, v.solved),
    satisfactionRate: ratio(v.satisfied, v.rated),
    avgStars: v.rated > 0 ? Math.round((v.stars / v.rated) * 10) / 10 : null,
  };
}

export type RequestStatRow = ReturnType<typeof figures> & { key: string; label: string };

function keyOf(doc: RequestStatsDoc, groupBy: RequestGroupBy): [string, string] {
  switch (groupBy) {
    case 'type':
      return [doc.type, REQUEST_TYPE_SPECS[doc.type]?.label ?? doc.type];
    case 'department':
      return [doc.departmentId, doc.departmentId];
    case 'industry':
      return [doc.industry, INDUSTRY_LABELS[doc.industry] ?? doc.industry];
    case 'month':
      return [doc.month, doc.month];
  }
}

export async function requestStatistics(
  store: DocumentStore,
  input: RequestStatsInput,
  scope: StatsScope,
  departmentNames: Record<string, string>,
) {
  assertMonthRange(input.from, input.to);
  const docs = (await readCounters(store, input.from, input.to)).filter(
    (d) => scope.departmentIds === null || scope.departmentIds.includes(d.departmentId),
  );
  const groups = new Map<string, { label: string; v: RequestStatVector }>();
  const total = zeroVector();
  for (const doc of docs) {
    const [key, label] = keyOf(doc, input.groupBy);
    const group = groups.get(key) ?? {
      label: input.groupBy === 'department' ? (departmentNames[key] ?? label) : label,
      v: zeroVector(),
    };
    for (const f of REQUEST_STAT_FIELDS) {
      group.v[f] += doc[f];
      total[f] += doc[f];
    }
    groups.set(key, group);
  }
  const order = input.groupBy === 'type' ? Object.keys(REQUEST_TYPE_SPECS) : [];
  const rows: RequestStatRow[] = [...groups.entries()]
    .map(([key, g]) => ({ key, label: g.label, ...figures(g.v) }))
    .sort((a, b) =>
      input.groupBy === 'month'
        ? a.key.localeCompare(b.key)
        : input.groupBy === 'type'
          ? order.indexOf(a.key) - order.indexOf(b.key)
          : b.filed - a.filed || a.key.localeCompare(b.key),
    );
  return { from: input.from, to: input.to, groupBy: input.groupBy, rows, totals: figures(total) };
}

const CSV_HEADER = [
  '编号',
  '企业',
  '行业',
  '类型',
  '标题',
  '责任部门',
  '包联干部',
  '状态',
  '督办',
  '是否超时',
  '提交时间',
  '受理时间',
  '办结时间',
  '融资需求(万元)',
  '融资到位(万元)',
  '招工(人)',
  '申报政策(项)',
  '评价(星)',
  '来源',
];

/** Every request filed in the months, oldest first, as CSV for Excel. Paged by filedAt, so 100,000 requests stream through in pages of 1,000. */
export async function requestsCsv(
  store: DocumentStore,
  input: { from: string; to: string },
  scope: StatsScope,
  now: Date,
): Promise<{ filename: string; mimeType: string; csv: string; rows: number }> {
  assertMonthRange(input.from, input.to);
  const start = new Date(`${input.from}-01T00:00:00+08:00`).toISOString();
  const [ty, tm] = input.to.split('-').map(Number);
  const end = new Date(
    `${tm === 12 ? ty + 1 : ty}-${String(tm === 12 ? 1 : tm + 1).padStart(2, '0')}-01T00:00:00+08:00`,
  ).toISOString();
  const rows: RequestDoc[] = [];
  // Keyset paging on filedAt: the next page starts at the last page's time; the ids already taken at that very time are skipped.
  let after = start;
  let atBoundary = new Set<string>();
  for (;;) {
    const page = await store.find(
      REQUESTS,
      { filedAt: { $gte: after, $lt: end } },
      { orderBy: [['filedAt', 'asc']], limit: 1000 },
    );
    const fresh = page.filter((r) => !(r.filedAt === after && atBoundary.has(r._id)));
    rows.push(...fresh);
    if (page.length < 1000 || fresh.length === 0) break;
    const last = page[page.length - 1].filedAt;
    atBoundary = new Set([
      ...(last === after ? atBoundary : []),
      ...page.filter((r) => r.filedAt === last).map((r) => r._id),
    ]);
    after = last;
  }
  const visible = rows.filter((r) => scope.departmentIds === null || scope.departmentIds.includes(r.departmentId));
  const csv = toCsv(
    CSV_HEADER,
    visible.map((r) => [
      r.ticketNo,
      r.enterpriseName,
      INDUSTRY_LABELS[r.industry] ?? r.industry,
      REQUEST_TYPE_SPECS[r.type].label,
      r.title,
      r.departmentName,
      r.liaisonName ?? '',
      STATE_LABELS[r.state],
      r.supervised ? '是' : '否',
      r.everOverdue || isOverdue(r, now) ? '是' : '否',
      csvTime(r.filedAt),
      csvTime(r.acceptedAt),
      csvTime(r.resolvedAt),
      r.financing?.amountWan ?? '',
      r.outcome?.financingWan ?? '',
      r.outcome?.jobsFilled ?? '',
      r.outcome?.policiesApplied ?? '',
      r.rating?.stars ?? '',
      r.source === 'visit' ? '走访发现' : '企业提交',
    ]),
  );
  return {
    filename: `企业诉求_${input.from}_${input.to}.csv`,
    mimeType: 'text/csv; charset=utf-8',
    csv,
    rows: visible.length,
  };
}
