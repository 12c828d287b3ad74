import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { Filter } from '../../store/port';
import { managedCommunities } from '../account/authority';
import { isDistrictAdmin, partnersOf } from './access';
import { csvTime, toCsv } from '../../core/csv';
import { listUnits } from '../org/org';
import { ageOn } from './eligibility';
import { ELDERCARE_BOOKINGS, BOOKING_STATUSES, PERIOD_LABELS, type BookingDoc, type BookingStatus } from './model';
import { STATUS_LABELS } from './states';
import { maskName, partnerMayReveal } from './views';

/** Enough for years of this sub-district's bookings; beyond it the caller narrows the range. */
const MAX_ROWS = 20_000;
const PAGE = 1000;

/**
 * Which bookings a report may include: the district sees all, a community
 * admin their communities' elders, partner staff their own organisation.
 */
function scopeFilter(ctx: SignedInContext): { filter: Filter; partnerView: boolean } {
  if (isDistrictAdmin(ctx.principal)) return { filter: {}, partnerView: false };
  const communities = managedCommunities(ctx.principal) ?? [];
  if (communities.length > 0) return { filter: { communityId: { $in: communities } }, partnerView: false };
  return { filter: { partnerId: { $in: partnersOf(ctx.principal) } }, partnerView: true };
}

async function bookingsBetween(ctx: SignedInContext, from: string, to: string, filter: Filter): Promise<BookingDoc[]> {
  const out: BookingDoc[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await ctx.store.find(
      ELDERCARE_BOOKINGS,
      { ...filter, date: { $gte: from, $lte: to } },
      {
        orderBy: [
          ['date', 'asc'],
          ['_id', 'asc'],
        ],
        limit: PAGE,
        skip,
      },
    );
    out.push(...page);
    if (page.length < PAGE) return out;
    if (out.length >= MAX_ROWS) throw refusal('TOO_MANY_ROWS');
  }
}

function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const months: string[] = [];
  let [y, m] = fromMonth.split('-').map(Number);
  const [ty, tm] = toMonth.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

function emptyCounts(): Record<BookingStatus, number> {
  return Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as Record<BookingStatus, number>;
}

/** Bookings per partner and month (by visit date), by status, with the average rating: the data behind the charts. */
export async function overview(ctx: SignedInContext, fromMonth: string, toMonth: string) {
  const months = monthsBetween(fromMonth, toMonth);
  if (months.length === 0 || months.length > 24) throw refusal('MONTH_RANGE');
  const { filter } = scopeFilter(ctx);
  // Dates compare as strings, so "-31" closes every month whatever its length.
  const bookings = await bookingsBetween(ctx, `${fromMonth}-01`, `${toMonth}-31`, filter);
  const partners = new Map<
    string,
    {
      id: string;
      name: string;
      months: Map<string, { total: number; byStatus: Record<BookingStatus, number>; stars: number[] }>;
    }
  >();
  for (const b of bookings) {
    const month = b.date.slice(0, 7);
    const partner = partners.get(b.partnerId) ?? { id: b.partnerId, name: b.partnerName, months: new Map() };
    partners.set(b.partnerId, partner);
    const cell = partner.months.get(month) ?? { total: 0, byStatus: emptyCounts(), stars: [] };
    partner.months.set(month, cell);
    cell.total++;
    cell.byStatus[b.status]++;
    if (b.rating) cell.stars.push(b.rating.stars);
  }
  return {
    months,
    statusLabels: STATUS_LABELS,
    partners: [...partners.values()].map((p) => ({
      id: p.id,
      name: p.name,
      months: months.map((month) => {
        const cell = p.months.get(month) ?? { total: 0, byStatus: emptyCounts(), stars: [] };
        const avg = cell.stars.length
          ? Number((cell.stars.reduce((a, s) => a + s, 0) / cell.stars.length).toFixed(2))
          : null;
        return { month, total: cell.total, byStatus: cell.byStatus, ratings: cell.stars.length, averageStars: avg };
      }),
    })),
  };
}

const HEADER = [
  '服务',
  '服务单位',
  '服务日期',
  '时段',
  '状态',
  '老人',
  '服务时年龄',
  '街道',
  '社区',
  '预约方式',
  '提交时间',
  '确认时间',
  '结束时间',
  '评分',
  '评价',
];

/** CSV of bookings by visit date; partner staff get names masked where the partner may not see them. */
export async function exportCsv(ctx: SignedInContext, fromDate: string, toDate: string) {
  if (toDate < fromDate) throw refusal('DATES_REVERSED');
  const { filter, partnerView } = scopeFilter(ctx);
  const [bookings, communities] = await Promise.all([
    bookingsBetween(ctx, fromDate, toDate, filter),
    listUnits(ctx.store, 'community'),
  ]);
  const communityName = new Map(communities.map((c) => [c._id, c.name]));
  const rows = bookings.map((b) => [
    b.serviceName,
    b.partnerName,
    b.date,
    PERIOD_LABELS[b.period],
    STATUS_LABELS[b.status],
    partnerView && !partnerMayReveal(b) ? maskName(b.elder.name) : b.elder.name,
    ageOn(b.elder.birthDate, b.date),
    b.elder.address.street,
    b.communityId ? (communityName.get(b.communityId) ?? '') : '',
    b.bookedVia === 'grid_staff' ? '网格员代预约' : '家属/本人',
    csvTime(b.createdAt),
    csvTime(b.confirmedAt),
    csvTime(b.closedAt),
    b.rating?.stars ?? null,
    b.rating?.comment ?? null,
  ]);
  return {
    filename: `为老服务预约-${fromDate}-${toDate}.csv`,
    contentType: 'text/csv; charset=utf-8',
    rows: rows.length,
    content: toCsv(HEADER, rows),
  };
}
