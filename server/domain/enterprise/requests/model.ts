import { defineCollection } from '../../../store/collections';
import type { Industry } from '../model';

/**
 * Documents of the direct line (企业直通车 诉求): an enterprise's request, its
 * statistics counters, per-day ticket counters and the bank products and
 * programmes financing requests are matched to. The timeline lives in the
 * request (a request has tens of events, not thousands), so one read shows it.
 */

export const REQUEST_TYPES = ['financing', 'hiring', 'policy', 'premises', 'permits', 'other'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATES = ['submitted', 'in_progress', 'resolved', 'closed', 'withdrawn'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Who holds a request now: its liaison and department, or (after escalation) the economic work team (经济工作组). */
export type RequestLevel = 'liaison' | 'team';

/** 定制融资: what a financing request asks for. Amounts in 万元 (ten thousand yuan), as enterprises and banks say them. */
export interface FinancingNeed {
  amountWan: number;
  purpose: string;
  termMonths: number;
}

export type MatchStatus = 'proposed' | 'granted' | 'declined';

/** One bank product or programme staff matched a financing request to, and what came of it. */
export interface FinancingMatch {
  productId: string;
  productName: string;
  provider: string;
  status: MatchStatus;
  /** Granted amount in 万元 (null until granted). */
  grantedWan: number | null;
  note: string;
  at: string;
  by: string;
}

/** What the request achieved, recorded on closure by the staff who resolved it. */
export interface RequestOutcome {
  financingWan: number;
  jobsFilled: number;
  policiesApplied: number;
  summary: string;
}

export interface RequestRating {
  stars: number;
  satisfied: boolean;
  comment: string;
  at: string;
}

export type RequestEventType =
  | 'filed'
  | 'accepted'
  | 'reply'
  | 'matched'
  | 'match_outcome'
  | 'resolved'
  | 'rated'
  | 'closed'
  | 'withdrawn'
  | 'reminder'
  | 'escalated'
  | 'reopened';

export interface RequestEvent {
  at: string;
  type: RequestEventType;
  from: RequestState | null;
  to: RequestState;
  /** Who acted: an openid, or 'system' for the timer. */
  actor: string;
  actorName: string;
  /** Visible to the enterprise (progress replies, results); internal notes are staff-only. */
  public: boolean;
  note: string;
}

export interface RequestDoc {
  _id: string;
  /** QY-20261126-0001: shown to both sides and used on the phone. */
  ticketNo: string;
  /** The client's idempotency key: a retried tap finds its request. */
  requestId: string;
  enterpriseId: string;
  enterpriseName: string;
  /** The enterprise's industry when filed (statistics keep the value of that time). */
  industry: Industry;
  filedBy: string;
  filedByName: string;
  type: RequestType;
  title: string;
  description: string;
  /** Uploaded files (paths) that passed the content check; only the enterprise and the staff handling it see them. */
  attachments: string[];
  financing: FinancingNeed | null;
  matches: FinancingMatch[];
  /** The responsible department (by type, see types.ts), and the liaison of the enterprise when filed. */
  departmentId: string;
  departmentName: string;
  liaisonId: string | null;
  liaisonName: string | null;
  /** Where it came from: the enterprise itself, or a finding of a 进百企 visit. */
  source: 'enterprise' | 'visit';
  visitId: string | null;
  state: RequestState;
  level: RequestLevel;
  /** 督办: escalated at least once. */
  supervised: boolean;
  everOverdue: boolean;
  acceptDueAt: string;
  resolveDueAt: string;
  resolveDays: number;
  /** Derived on every write (sla.ts): the running deadline and the timer fields the SLA job sweeps. */
  dueAt: string | null;
  remindAt: string | null;
  remindedFor: string | null;
  escalateAt: string | null;
  autoCloseAt: string | null;
  /** Open while the enterprise waits (submitted or in progress). */
  open: boolean;
  /** Sort key of the staff queue: overdue first by deadline. */
  queueSort: string;
  outcome: RequestOutcome | null;
  rating: RequestRating | null;
  resolvedOnTime: boolean | null;
  filedAt: string;
  acceptedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
  version: number;
  timeline: RequestEvent[];
  demo?: boolean;
}

/** Counters per (month filed, type, department, industry), changed in the request's own transaction (stats.ts). */
export interface RequestStatsDoc {
  _id: string;
  month: string;
  type: RequestType;
  departmentId: string;
  industry: Industry;
  filed: number;
  open: number;
  solved: number;
  solvedOnTime: number;
  overdue: number;
  withdrawn: number;
  rated: number;
  satisfied: number;
  stars: number;
  financingAskedWan: number;
  financingWan: number;
  jobsFilled: number;
  policiesApplied: number;
}

export interface CounterDoc {
  _id: string;
  n: number;
}

/** A bank product or a programme (政府贴息, 担保) staff list for 定制融资. */
export interface FinanceProductDoc {
  _id: string;
  name: string;
  provider: string;
  category: 'bank_loan' | 'guarantee' | 'subsidy';
  minWan: number;
  maxWan: number;
  maxTermMonths: number;
  /** Industries it is for; empty: any. */
  industries: Industry[];
  rateNote: string;
  description: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  demo?: boolean;
}

export const REQUESTS = defineCollection<RequestDoc>('enterprise_requests', [
  {
    name: 'enterprise_filed',
    fields: [
      ['enterpriseId', 'asc'],
      ['filedAt', 'desc'],
    ],
  },
  {
    name: 'open_queue',
    fields: [
      ['open', 'asc'],
      ['queueSort', 'asc'],
    ],
  },
  {
    name: 'department_open_queue',
    fields: [
      ['departmentId', 'asc'],
      ['open', 'asc'],
      ['queueSort', 'asc'],
    ],
  },
  {
    name: 'liaison_open_queue',
    fields: [
      ['liaisonId', 'asc'],
      ['open', 'asc'],
      ['queueSort', 'asc'],
    ],
  },
  { name: 'filed', fields: [['filedAt', 'desc']] },
  {
    name: 'liaison_filed',
    fields: [
      ['liaisonId', 'asc'],
      ['filedAt', 'desc'],
    ],
  },
  {
    name: 'department_filed',
    fields: [
      ['departmentId', 'asc'],
      ['filedAt', 'desc'],
    ],
  },
  { name: 'remind', fields: [['remindAt', 'asc']] },
  { name: 'escalate', fields: [['escalateAt', 'asc']] },
  { name: 'auto_close', fields: [['autoCloseAt', 'asc']] },
  { name: 'request_id', fields: [['requestId', 'asc']] },
]);
export const REQUEST_STATS = defineCollection<RequestStatsDoc>('enterprise_request_stats', [
  { name: 'month', fields: [['month', 'asc']] },
]);
export const REQUEST_COUNTERS = defineCollection<CounterDoc>('enterprise_request_counters');
export const FINANCE_PRODUCTS = defineCollection<FinanceProductDoc>('enterprise_finance_products', [
  {
    name: 'active_name',
    fields: [
      ['active', 'asc'],
      ['name', 'asc'],
    ],
  },
]);

export const REQUEST_COLLECTIONS = [REQUESTS, REQUEST_STATS, REQUEST_COUNTERS, FINANCE_PRODUCTS];
