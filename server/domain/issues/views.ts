import { formatDeadline } from '../../core/time';
import type { Principal } from '../../core/action';
import { covers, isIssueStaff, reachOf } from './access';
import { isOverdue } from './sla';
import { GROUP_LABELS, STATE_LABELS, stateGroup, stateLabelOf } from './states';
import { LEVEL_LABELS, SATISFACTION_LABELS, type IssueDoc, type IssueEvent } from './model';

/**
 * What each reader may see of an issue. Three views, widest last:
 * public (other residents, Open311): no phone, no address detail, a masked
 * or hidden name, public timeline only; owner (the reporter): their own
 * private fields too; staff of the assigned branch and above: everything,
 * including internal notes and the reporter's phone.
 */
export type Viewer = 'public' | 'owner' | 'staff';

/** How the caller may see the issue, or null: they may not (the caller then gets NOT_FOUND). */
export function viewerOf(principal: Principal | null, issue: IssueDoc): Viewer | null {
  if (principal && isIssueStaff(principal) && covers(reachOf(principal), issue)) return 'staff';
  if (principal && issue.reporter === principal.openid) return 'owner';
  if (issue.public) return 'public';
  if (principal && issue.followers.includes(principal.openid)) return 'public';
  return null;
}

/** "王*华": enough for neighbours to recognise a report, not enough to identify a stranger. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 2, 3))}${chars[chars.length - 1]}`;
}

export function publicReporterName(issue: Pick<IssueDoc, 'hideName' | 'reporterName'>): string {
  return issue.hideName ? '匿名居民' : maskName(issue.reporterName);
}

export function handlerName(issue: IssueDoc): string {
  if (issue.holder === 'community' && issue.communityName) return `${issue.communityName}（社区直接办理）`;
  if (issue.gridId === null) return '湖岛街道（待分派）';
  return `${issue.branchName ?? ''} · ${issue.gridName ?? ''}`;
}

export const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * People type their phone number into descriptions. Public readers get the
 * description with mobile and landline numbers masked; owner and staff see it whole.
 */
export function redactContacts(text: string): string {
  return text
    .replace(/(?<!\d)1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, '1**********')
    .replace(/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, '0***-********');
}

export function listItem(issue: IssueDoc, viewer: Viewer, now: Date) {
  const base = {
    id: issue._id,
    ticketNo: issue.ticketNo,
    category: issue.category,
    categoryName: issue.categoryName,
    excerpt: Array.from(viewer === 'public' ? redactContacts(issue.description) : issue.description)
      .slice(0, 60)
      .join(''),
    addressText: issue.addressText,
    state: issue.state,
    stateLabel: stateLabelOf(issue),
    group: stateGroup(issue.state, issue.outcome),
    groupLabel: GROUP_LABELS[stateGroup(issue.state, issue.outcome)],
    handler: handlerName(issue),
    supporters: issue.supporters,
    supervised: issue.supervised,
    overdue: isOverdue(issue, now),
    submittedAt: issue.submittedAt,
    dueAt: issue.dueAt,
    resolveDueAt: issue.resolveDueAt,
    photo: issue.photos[0] ?? null,
  };
  if (viewer !== 'staff') return { ...base, priority: null, version: null, level: null, gridId: null };
  return { ...base, priority: issue.priority, version: issue.version, level: issue.level, gridId: issue.gridId };
}

function actorLabel(event: IssueEvent, issue: IssueDoc, viewer: Viewer): string {
  if (event.actor.openid === null) return event.actor.name;
  if (event.actor.openid === issue.reporter && (event.type === 'submitted' || event.type === 'callback')) {
    return viewer === 'public' ? publicReporterName(issue) : issue.reporterName;
  }
  // Staff are named to staff; residents see the unit and role, which is whom they can turn to.
  return viewer === 'staff'
    ? `${event.actor.unit} ${event.actor.role} ${event.actor.name}`
    : `${event.actor.unit} ${event.actor.role}`;
}

export function timelineView(issue: IssueDoc, events: IssueEvent[], viewer: Viewer) {
  return events
    .filter((e) => viewer === 'staff' || e.public)
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      type: e.type,
      stateLabel:
        e.to === 'closed'
          ? stateLabelOf({ state: e.to, outcome: issue.outcome, callback: e.type === 'callback' })
          : e.to
            ? STATE_LABELS[e.to]
            : null,
      note: e.note,
      internal: !e.public,
      actor: actorLabel(e, issue, viewer),
      photos: e.photos,
    }));
}

export function detailView(
  issue: IssueDoc,
  events: IssueEvent[],
  viewer: Viewer,
  now: Date,
  extra: { supported: boolean; isMine: boolean },
) {
  const item = listItem(issue, viewer, now);
  const open = stateGroup(issue.state, issue.outcome) === 'open';
  const seesPrivate = viewer !== 'public';
  return {
    ...item,
    viewer,
    description: seesPrivate ? issue.description : redactContacts(issue.description),
    photos: issue.photos,
    /** Photos still under content review (or hidden by staff): the reporter and staff see them marked, nobody else. */
    heldPhotos: seesPrivate ? (issue.heldPhotos ?? []) : [],
    address: issue.address
      ? {
          street: issue.address.street,
          number: issue.address.number,
          suffix: issue.address.suffix ?? null,
          detail: seesPrivate ? issue.address.detail : null,
        }
      : null,
    location: issue.location
      ? seesPrivate
        ? issue.location
        : { lat: round3(issue.location.lat), lng: round3(issue.location.lng), name: issue.location.name }
      : null,
    reporterName: seesPrivate ? issue.reporterName : publicReporterName(issue),
    hideName: seesPrivate ? issue.hideName : null,
    phone: seesPrivate ? issue.phone : null,
    gridName: issue.gridName,
    branchName: issue.branchName,
    communityName: issue.communityName,
    levelLabel: LEVEL_LABELS[issue.level],
    acceptDueAt: issue.acceptDueAt,
    deadlineText: issue.dueAt
      ? `请于 ${formatDeadline(issue.dueAt)} 前${issue.state === 'submitted' || issue.state === 'reassigned' || issue.state === 'returned' ? '受理' : '办结'}`
      : null,
    firstResponseAt: issue.firstResponseAt,
    acceptedAt: issue.acceptedAt,
    resolvedAt: issue.resolvedAt,
    closedAt: issue.closedAt,
    duplicateOf: issue.duplicateOf,
    duplicateTicket: issue.duplicateTicket,
    rejectReason: issue.rejectReason,
    redirectTo: issue.redirectTo,
    callback: issue.callback
      ? {
          satisfaction: issue.callback.satisfaction,
          satisfactionLabel: SATISFACTION_LABELS[issue.callback.satisfaction],
          stars: issue.callback.stars,
          comment: seesPrivate ? issue.callback.comment : null,
          at: issue.callback.at,
        }
      : null,
    isMine: extra.isMine,
    canCallback: extra.isMine && issue.state === 'resolved',
    canSupport: !extra.isMine && open && !extra.supported,
    supported: extra.supported,
    reopenCount: issue.reopenCount,
    timeline: timelineView(issue, events, viewer),
  };
}
