import { defineCollection } from '../../store/collections';
import type { DocumentStore } from '../../store/port';
import type { ApiKeyDoc } from './admin';
import type { CategoryDoc } from './categories';
import type { SettingsDoc } from './settings';
import type { StatsDoc } from './stat-counters';
import type { IssueState, Outcome, QueueName } from './states';

export interface IssueAddress {
  street: string;
  number: number;
  /** What follows the number on the door plate: 6甲, 6-1 (routing uses the number alone). */
  suffix?: string;
  /** Building, unit, room: private (owner and staff only). */
  detail: string;
}

export interface IssueLandmark {
  street: string;
  text: string;
}

export interface GeoPoint {
  lat: number;
  lng: number;
  /** What the WeChat map picker called the place, if anything. */
  name: string;
}

export type Satisfaction = 'satisfied' | 'basic' | 'dissatisfied';
export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
};

export interface Callback {
  satisfaction: Satisfaction;
  stars: number;
  comment: string;
  at: string;
}

/** Who holds or supervises an issue, lowest to highest. */
export type Level = 'grid' | 'community' | 'district';
export const LEVEL_LABELS: Record<Level, string> = { grid: '网格', community: '社区', district: '街道' };

export type Priority = 'normal' | 'urgent';

export interface IssueDoc {
  _id: string;
  /** Human ticket number, YYYYMMDD-NNNN by Shanghai day of submission. */
  ticketNo: string;
  requestId: string;
  source: 'miniapp' | 'open311';
  category: string;
  categoryName: string;
  description: string;
  address: IssueAddress | null;
  /** "说不清门牌": a street and a landmark instead of a house number; such reports go to manual triage. */
  landmark?: IssueLandmark | null;
  /** Street and number only: what the public sees. */
  addressText: string;
  /** street#number, for "same building" suggestions. */
  addressKey: string | null;
  location: GeoPoint | null;
  /** Geohash cell (~150 m), for "nearby" suggestions by map location. */
  geoCell: string | null;
  photos: string[];
  /** Photos kept off every public view until their content check passes or staff release them (server/domain/moderation). */
  heldPhotos?: string[];

  reporter: string;
  reporterName: string;
  hideName: boolean;
  /** Private: reporter and staff of the assigned branch and above only. */
  phone: string | null;

  gridId: string | null;
  gridName: string | null;
  branchId: string | null;
  branchName: string | null;
  communityId: string | null;
  communityName: string | null;

  state: IssueState;
  outcome: Outcome;
  queue: QueueName;
  /** Staff must act (state group open). */
  open: boolean;
  /** Readable by other residents and Open311 (category public and not rejected). */
  public: boolean;
  priority: Priority;
  /** Urgent first, then the nearest deadline: one indexed sort key for the queues. */
  queueSort: string;
  /** Who must handle it: the grid, or the community after a second dissatisfied callback, or the district (triage). */
  holder: Level;
  /** Who supervises it: raised one level each time a deadline passes (督办). */
  level: Level;
  supervised: boolean;
  everOverdue: boolean;

  /** Bumped by every change of state, holder or priority; staff actions carry the version they saw. */
  version: number;
  /** Number of timeline events so far: event ids are issueId-seq. */
  seq: number;

  /** Who hears about changes: the reporter, "me too" supporters, reporters of duplicates. */
  followers: string[];
  supporters: number;
  duplicateOf: string | null;
  duplicateTicket: string | null;
  reopenCount: number;
  callback: Callback | null;
  /** The latest public note (Open311 status_notes). */
  statusNote: string;
  rejectReason: string | null;
  redirectTo: string | null;

  submittedAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  /** The first accept limit, kept for the on-time response rate. */
  firstAcceptDueAt: string;
  respondedOnTime: boolean | null;
  resolvedOnTime: boolean | null;

  acceptDueAt: string | null;
  resolveDueAt: string | null;
  /** The deadline now running (accept or resolve), null when none. */
  dueAt: string | null;
  remindAt: string | null;
  /** The deadline a reminder was already sent for (reminders go once per deadline). */
  remindedFor: string | null;
  escalateAt: string | null;
  autoCloseAt: string | null;
  resolveDays: number;
  /** When the retention job erased the reporter's phone and original photos (server/domain/privacy/retention.ts). */
  retainedAt?: string | null;
}

export type EventType =
  | 'submitted'
  | 'accepted'
  | 'update'
  | 'note'
  | 'resolved'
  | 'returned'
  | 'reassigned'
  | 'rejected'
  | 'duplicate'
  | 'merged'
  | 'priority'
  | 'callback'
  | 'reminder'
  | 'escalated'
  | 'closed';

export interface Actor {
  openid: string | null;
  name: string;
  role: string;
  unit: string;
}

/** One line of the timeline, never deleted. */
export interface IssueEvent {
  _id: string;
  issueId: string;
  seq: number;
  at: string;
  type: EventType;
  from: IssueState | null;
  to: IssueState | null;
  note: string;
  public: boolean;
  actor: Actor;
  photos: string[];
}

export interface SupportDoc {
  _id: string;
  issueId: string;
  supporter: string;
  at: string;
}

/** A ticket sequence or a resident's daily count: one number on a document addressed by id. */
export interface CounterDoc {
  _id: string;
  n: number;
}

export const ISSUES = defineCollection<IssueDoc>('issues', [
  { name: 'ticket', fields: [['ticketNo', 'asc']] },
  {
    name: 'reporter',
    fields: [
      ['reporter', 'asc'],
      ['submittedAt', 'desc'],
    ],
  },
  {
    name: 'queue',
    fields: [
      ['queue', 'asc'],
      ['queueSort', 'asc'],
    ],
  },
  {
    name: 'queue_branch',
    fields: [
      ['queue', 'asc'],
      ['branchId', 'asc'],
      ['queueSort', 'asc'],
    ],
  },
  {
    name: 'queue_community',
    fields: [
      ['queue', 'asc'],
      ['communityId', 'asc'],
      ['queueSort', 'asc'],
    ],
  },
  {
    name: 'queue_grid',
    fields: [
      ['queue', 'asc'],
      ['gridId', 'asc'],
      ['queueSort', 'asc'],
    ],
  },
  {
    name: 'open_due',
    fields: [
      ['open', 'asc'],
      ['dueAt', 'asc'],
    ],
  },
  {
    name: 'open_branch_due',
    fields: [
      ['open', 'asc'],
      ['branchId', 'asc'],
      ['dueAt', 'asc'],
    ],
  },
  {
    name: 'open_community_due',
    fields: [
      ['open', 'asc'],
      ['communityId', 'asc'],
      ['dueAt', 'asc'],
    ],
  },
  { name: 'remind', fields: [['remindAt', 'asc']] },
  { name: 'escalate', fields: [['escalateAt', 'asc']] },
  { name: 'autoclose', fields: [['autoCloseAt', 'asc']] },
  {
    name: 'address',
    fields: [
      ['addressKey', 'asc'],
      ['category', 'asc'],
      ['open', 'asc'],
    ],
  },
  {
    name: 'geocell',
    fields: [
      ['geoCell', 'asc'],
      ['category', 'asc'],
      ['open', 'asc'],
    ],
  },
  {
    name: 'public_submitted',
    fields: [
      ['public', 'asc'],
      ['submittedAt', 'desc'],
    ],
  },
  {
    name: 'public_category',
    fields: [
      ['public', 'asc'],
      ['category', 'asc'],
      ['submittedAt', 'desc'],
    ],
  },
  { name: 'submitted', fields: [['submittedAt', 'desc']] },
  {
    name: 'community_submitted',
    fields: [
      ['communityId', 'asc'],
      ['submittedAt', 'desc'],
    ],
  },
  {
    name: 'branch_submitted',
    fields: [
      ['branchId', 'asc'],
      ['submittedAt', 'desc'],
    ],
  },
  {
    name: 'retention',
    fields: [
      ['retainedAt', 'asc'],
      ['closedAt', 'asc'],
    ],
  },
]);
export const ISSUE_EVENTS = defineCollection<IssueEvent>('issue_events', [
  {
    name: 'issue_seq',
    fields: [
      ['issueId', 'asc'],
      ['seq', 'asc'],
    ],
  },
]);
export const ISSUE_SUPPORTS = defineCollection<SupportDoc>('issue_supports', [
  {
    name: 'supporter',
    fields: [
      ['supporter', 'asc'],
      ['at', 'desc'],
    ],
  },
]);
export const ISSUE_STATS = defineCollection<StatsDoc>('issue_stats', [
  { name: 'month', fields: [['month', 'asc']] },
  {
    name: 'community_month',
    fields: [
      ['communityId', 'asc'],
      ['month', 'asc'],
    ],
  },
  {
    name: 'branch_month',
    fields: [
      ['branchId', 'asc'],
      ['month', 'asc'],
    ],
  },
]);
// Ticket sequences and per-resident daily counters: single documents by id, no queries.
export const ISSUE_COUNTERS = defineCollection<CounterDoc>('issue_counters');
export const ISSUE_CATEGORIES = defineCollection<CategoryDoc>('issue_categories', [
  { name: 'order', fields: [['order', 'asc']] },
]);
export const ISSUE_SETTINGS = defineCollection<SettingsDoc>('issue_settings');
export const API_KEYS = defineCollection<ApiKeyDoc>('api_keys', [{ name: 'created', fields: [['createdAt', 'desc']] }]);

export const ISSUE_COLLECTIONS = [
  ISSUES,
  ISSUE_EVENTS,
  ISSUE_SUPPORTS,
  ISSUE_STATS,
  ISSUE_COUNTERS,
  ISSUE_CATEGORIES,
  ISSUE_SETTINGS,
  API_KEYS,
];

/** The issue with this ticket number (HD-…); `publicOnly` for readers outside (Open311) who may see public issues only. */
export async function issueByTicket(
  store: DocumentStore,
  ticketNo: string,
  publicOnly = false,
): Promise<IssueDoc | null> {
  const [issue] = await store.find(ISSUES, publicOnly ? { ticketNo, public: true } : { ticketNo }, { limit: 1 });
  return issue ?? null;
}

/** An issue's timeline in order; `publicOnly` leaves out the staff's internal notes. */
export function timelineOf(store: DocumentStore, issueId: string, publicOnly: boolean): Promise<IssueEvent[]> {
  return store.find(ISSUE_EVENTS, publicOnly ? { issueId, public: true } : { issueId }, {
    orderBy: [['seq', 'asc']],
    limit: 1000,
  });
}
