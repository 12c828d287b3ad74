import { createHash } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { DocumentStore } from '../../store/port';
import { USERS } from '../account/users';
import { defaultName } from '../account/users';
import { shanghaiDay } from '../sla/calendar';
import { getCategory } from './categories';
import { loadStaffDirectory, staffAt, toStaff, type StaffDirectory } from './notify';
import { assertTextsAllowed, screenPhotos, type ScreenedPhotos } from '../moderation/check';
import { MODERATION } from '../moderation/model';
import { addressKey, geohash, placeAddress, placementFields, type Placement } from './placement';
import { loadSettings } from './settings';
import { deadlinesFrom, derive } from './sla';
import { ISSUE_COUNTERS, ISSUES, type GeoPoint, type IssueAddress, type IssueDoc, type IssueLandmark } from './model';
import { residentActor, saveChange } from './write';

export interface ReportInput {
  requestId: string;
  category: string;
  description: string;
  address?: IssueAddress | null;
  landmark?: IssueLandmark | null;
  location?: GeoPoint | null;
  photos: string[];
  phone?: string | null;
  hideName: boolean;
}

export interface Reporter {
  id: string;
  name: string;
  source: IssueDoc['source'];
  dailyLimit: number;
}

/** The same reporter and request id always give the same issue id: a retried tap files nothing new. */
export function issueIdFor(reporter: string, requestId: string): string {
  return `iss_${createHash('sha256').update(`${reporter}\n${requestId}`).digest('hex').slice(0, 24)}`;
}

/**
 * Files a report: route it, give it a ticket number and deadlines, and tell the
 * grid. The daily limit and the ticket sequence are counters on single
 * documents changed in the same transaction, so they hold under bursts.
 */
export async function submitIssue(
  store: DocumentStore,
  now: Date,
  reporter: Reporter,
  input: ReportInput,
  screened?: ScreenedPhotos,
): Promise<{ issue: IssueDoc; created: boolean }> {
  const id = issueIdFor(reporter.id, input.requestId);
  const existing = await store.get(ISSUES, id);
  if (existing) return { issue: existing, created: false };
  if (!input.address && !input.landmark && !input.location) throw refusal('PLACE_REQUIRED');
  const [category, settings, staff] = await Promise.all([
    getCategory(store, input.category),
    loadSettings(store),
    loadStaffDirectory(store),
  ]);
  const placement = input.address ? await placeAddress(store, input.address.street, input.address.number) : null;
  const day = shanghaiDay(now).replace(/-/g, '');

  return store.transaction(async (tx) => {
    const again = await tx.get(ISSUES, id);
    if (again) return { issue: again, created: false };
    const quotaId = `quota-${reporter.id}-${day}`;
    const used = (await tx.get(ISSUE_COUNTERS, quotaId))?.n ?? 0;
    if (used >= reporter.dailyLimit) {
      throw refusal('DAILY_LIMIT', { limit: reporter.dailyLimit });
    }
    await tx.set(ISSUE_COUNTERS, { _id: quotaId, n: used + 1 });
    const seqId = `seq-${day}`;
    const seq = ((await tx.get(ISSUE_COUNTERS, seqId))?.n ?? 0) + 1;
    await tx.set(ISSUE_COUNTERS, { _id: seqId, n: seq });

    const draft = newIssue(
      id,
      `${day}-${String(seq).padStart(4, '0')}`,
      now,
      reporter,
      screened ? { ...input, photos: screened.visible } : input,
      category,
      placement,
      deadlinesFrom(now, category.resolveDays, settings),
    );
    // Photos still being checked (or held as risky) are kept off every public view until released (server/domain/moderation).
    if (screened?.held.length) draft.heldPhotos = screened.held;
    const issue = derive(null, draft, settings);
    const note = placement
      ? `已分派至${placement.branchName}（${placement.gridName}）`
      : '地址未能自动匹配网格，已转湖岛街道分派';
    const recipients = placement ? staffAt(staff, 'grid', placement) : staffAt(staff, 'district', issue);
    const notice = toStaff(
      recipients,
      issue,
      'issue_assigned',
      placement ? '新诉求待受理' : '新诉求待分派',
      `${issue.categoryName}：${issue.addressText || '地图位置'}（${issue.ticketNo}）`,
    );
    const held = screened?.entries(issue) ?? [];
    for (const entry of held) await tx.set(MODERATION, entry);
    const notices = [notice];
    if (screened?.risky)
      notices.push(
        toStaff(
          moderators(staff, issue),
          issue,
          'moderation_held',
          '有照片待审核',
          `${issue.ticketNo} 有 ${screened.risky} 张照片未通过自动检查，已暂不公开，请在“内容审核”中处理`,
        ),
      );
    const saved = await saveChange(
      tx,
      null,
      issue,
      { type: 'submitted', note, public: true, actor: residentActor(reporter.id, reporter.name) },
      notices,
      now,
    );
    return { issue: saved, created: true };
  });
}

function newIssue(
  id: string,
  ticketNo: string,
  now: Date,
  reporter: Reporter,
  input: ReportInput,
  category: { _id: string; name: string; public: boolean; resolveDays: number },
  placement: Placement | null,
  deadlines: { acceptDueAt: string; resolveDueAt: string },
): IssueDoc {
  const at = now.toISOString();
  const address = input.address ?? null;
  const landmark = address ? null : (input.landmark ?? null);
  const location = input.location ?? null;
  return {
    _id: id,
    ticketNo,
    requestId: input.requestId,
    source: reporter.source,
    category: category._id,
    categoryName: category.name,
    description: input.description,
    address,
    landmark,
    addressText: address
      ? `${address.street}${address.number}${address.suffix ?? ''}号`
      : landmark
        ? `${landmark.street}${landmark.text}`
        : (location?.name ?? ''),
    addressKey: address ? addressKey(address.street, address.number) : null,
    location,
    geoCell: location ? geohash(location.lat, location.lng) : null,
    photos: input.photos,
    reporter: reporter.id,
    reporterName: reporter.name,
    hideName: input.hideName,
    phone: input.phone ?? null,
    ...placementFields(placement),
    state: 'submitted',
    outcome: null,
    queue: 'pending',
    open: true,
    public: category.public,
    priority: 'normal',
    queueSort: '',
    holder: placement ? 'grid' : 'district',
    level: placement ? 'grid' : 'district',
    supervised: false,
    everOverdue: false,
    version: 1,
    seq: 0,
    followers: [reporter.id],
    supporters: 0,
    duplicateOf: null,
    duplicateTicket: null,
    reopenCount: 0,
    callback: null,
    statusNote: '',
    rejectReason: null,
    redirectTo: null,
    submittedAt: at,
    updatedAt: at,
    firstResponseAt: null,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    firstAcceptDueAt: deadlines.acceptDueAt,
    respondedOnTime: null,
    resolvedOnTime: null,
    acceptDueAt: deadlines.acceptDueAt,
    resolveDueAt: deadlines.resolveDueAt,
    dueAt: null,
    remindAt: null,
    remindedFor: null,
    escalateAt: null,
    autoCloseAt: null,
    resolveDays: category.resolveDays,
  };
}

/** The caller as a reporter: their chosen name, and the configured daily limit. */
export async function residentReporter(ctx: SignedInContext): Promise<Reporter> {
  const [user, settings] = await Promise.all([ctx.store.get(USERS, ctx.principal.openid), loadSettings(ctx.store)]);
  return {
    id: ctx.principal.openid,
    name: user?.name ?? defaultName(ctx.principal.openid),
    source: 'miniapp',
    dailyLimit: settings.dailyLimit,
  };
}

export async function report(ctx: SignedInContext, input: ReportInput) {
  const reporter = await residentReporter(ctx);
  // A retried tap finds its issue and skips the checks; a new report is checked before anything is saved.
  const existing = await ctx.store.get(ISSUES, issueIdFor(reporter.id, input.requestId));
  let screened: ScreenedPhotos | undefined;
  if (!existing) {
    await assertTextsAllowed(ctx, reporter.id, 'forum', { 问题描述: input.description });
    screened = await screenPhotos(ctx, reporter.id, reporter.name, input.photos, ctx.now);
  }
  const { issue, created } = await submitIssue(ctx.store, ctx.now, reporter, input, screened);
  return {
    id: issue._id,
    ticketNo: issue.ticketNo,
    created,
    routed: issue.gridId !== null,
    gridName: issue.gridName,
    branchName: issue.branchName,
    communityName: issue.communityName,
    acceptDueAt: issue.acceptDueAt,
    resolveDueAt: issue.resolveDueAt,
  };
}

/** Who handles held content of an issue: the community's admins, and the district's. */
export function moderators(staff: StaffDirectory, issue: Pick<IssueDoc, 'branchId' | 'communityId'>): string[] {
  return [...staffAt(staff, 'community', issue), ...staffAt(staff, 'district', issue)];
}
