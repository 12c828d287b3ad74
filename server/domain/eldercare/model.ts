import { defineCollection } from '../../store/collections';
import type { DocumentStore } from '../../store/port';

/**
 * Documents of 为老服务 (free services for elders from partner organisations).
 * Counters that must hold under load live on single documents (window.taken,
 * quota.used) and change in the same transaction as the booking they count,
 * because CloudBase transactions cannot query.
 */

/** Household difficulty status: 低保 / 特困 / 其他困难; 'none' when not in difficulty. */
export const DIFFICULTY = ['none', 'dibao', 'tekun', 'kunnan'] as const;
export type Difficulty = (typeof DIFFICULTY)[number];
export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  none: '无',
  dibao: '低保',
  tekun: '特困',
  kunnan: '困难家庭',
};

export type Verification = 'pending' | 'verified' | 'rejected';
export const VERIFICATION_LABELS: Record<Verification, string> = {
  pending: '待社区核实',
  verified: '已核实',
  rejected: '未通过核实',
};

export interface ElderAddress {
  street: string;
  number: number;
  /** Building, unit and room: 2号楼1单元302. */
  detail: string;
}

/** 服务对象: an elder who may receive free services, booked by a guardian or by grid staff. */
export interface ElderDoc {
  _id: string;
  name: string;
  /** A calendar date (YYYY-MM-DD), as on the ID card: it has no time zone. */
  birthDate: string;
  address: ElderAddress;
  /** From the address rules; null when no rule covers the address (the district verifies then). */
  gridId: string | null;
  branchId: string | null;
  communityId: string | null;
  phone: string | null;
  /** What the family claims; only `difficulty` (set by the community at verification) counts. Sensitive: kept only with `sensitiveConsent`. */
  difficultyClaimed: Difficulty;
  difficulty: Difficulty;
  /** Health-related notes (行动不便, 需轮椅): sensitive, kept only with `sensitiveConsent`. Absent on older profiles. */
  healthNotes?: string;
  /** The separate consent for difficulty status and health notes (server/domain/eldercare/sensitive.ts); null: none given. */
  sensitiveConsent?: { by: string; at: string; elderAgrees: true } | null;
  /** For 代预约: grid staff book for elders who cannot use the app themselves. */
  noSmartphone: boolean;
  verification: Verification;
  verificationNote: string | null;
  verifiedBy: string | null;
  verifiedAt: string | null;
  /** Openids of residents allowed to book for this elder (mirrored in elder_guardians for queries). */
  guardians: string[];
  createdBy: string;
  createdVia: 'guardian' | 'grid_staff';
  version: number;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

/** One row per (elder, guardian): the port cannot query inside arrays, so "my elders" reads this. */
export interface GuardianDoc {
  _id: string;
  elderId: string;
  openid: string;
  relation: string;
  addedBy: string;
  addedAt: string;
}

export type ServiceMode = 'home' | 'shop';
export type ServiceStatus = 'active' | 'paused';

export interface Eligibility {
  /** Age reached on the service date, or null for no age rule. */
  minAge: number | null;
  /** Only households whose difficulty status the community verified. */
  difficultyRequired: boolean;
}

export interface ServiceDoc {
  _id: string;
  partnerId: string;
  partnerName: string;
  /** The partner's service phone when the service was saved (null: none given). */
  partnerPhone?: string | null;
  name: string;
  description: string;
  mode: ServiceMode;
  eligibility: Eligibility;
  /** Bookings per elder per calendar year (Asia/Shanghai) of the visit; null for unlimited. */
  quotaPerYear: number | null;
  /** How far ahead a window may be booked. */
  bookAheadDays: number;
  /** A window must start at least this long after the booking. */
  minNoticeHours: number;
  /** The booker may cancel until this long before the window starts. */
  cancelCutoffHours: number;
  status: ServiceStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export type Period = 'am' | 'pm';
export const PERIOD_LABELS: Record<Period, string> = { am: '上午', pm: '下午' };

/** A bookable half day of one service; the id is `${serviceId}_${date}_${period}`. */
export interface WindowDoc {
  _id: string;
  serviceId: string;
  partnerId: string;
  date: string;
  period: Period;
  capacity: number;
  /** Bookings holding a place: counted states, plus places held for a proposed reschedule. */
  taken: number;
  open: boolean;
  updatedAt: string;
}

/** The quota counter of one elder, service and calendar year; the id is `${elderId}_${serviceId}_${year}`. */
export interface QuotaDoc {
  _id: string;
  elderId: string;
  serviceId: string;
  year: number;
  used: number;
  /** bookingId -> windowId of every booking counted here (used === its size). */
  holds: Record<string, string>;
}

export const BOOKING_STATUSES = [
  'requested',
  'confirmed',
  'reschedule_proposed',
  'declined',
  'cancelled',
  'completed',
  'no_show',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export type ActorRole = 'guardian' | 'grid_staff' | 'partner_staff' | 'system';

export interface TimelineEntry {
  at: string;
  event: string;
  from: BookingStatus | null;
  to: BookingStatus;
  actor: string;
  actorRole: ActorRole;
  reason: string | null;
  windowId?: string;
}

/** What the partner needs to visit; shown to the partner in full only once the booking is confirmed. */
export interface ElderSnapshot {
  name: string;
  birthDate: string;
  address: ElderAddress;
  phone: string | null;
  gridId: string | null;
  communityId: string | null;
}

export interface BookingDoc {
  _id: string;
  clientRequestId: string;
  elderId: string;
  serviceId: string;
  serviceName: string;
  partnerId: string;
  partnerName: string;
  /** Whom to call once online cancelling has closed (snapshot of the service's partner phone). */
  partnerPhone?: string | null;
  windowId: string;
  date: string;
  period: Period;
  /** The window first asked for: a retry with the same client request id must name it again. */
  requestedWindowId: string;
  status: BookingStatus;
  /** Who asked, and how: a guardian, or grid staff booking on the elder's behalf (代预约). */
  bookedBy: string;
  bookedVia: 'guardian' | 'grid_staff';
  bookerName: string;
  bookerPhone: string | null;
  notes: string;
  elder: ElderSnapshot;
  /** Denormalised from the elder for scoped queries (grid staff, community admins). */
  branchId: string | null;
  communityId: string | null;
  /** The service's cut-off when this booking was made: the rule the booker agreed to. */
  cancelCutoffHours: number;
  proposed: { windowId: string; date: string; period: Period } | null;
  rating: { stars: number; comment: string; at: string } | null;
  /** The window whose day-before reminder is queued, so the reminder job runs once per visit. */
  remindedFor: string | null;
  timeline: TimelineEntry[];
  version: number;
  createdAt: string;
  updatedAt: string;
  confirmedAt: string | null;
  closedAt: string | null;
}

export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

/** A 红色合伙人 application; approval creates the partner and makes the applicant its first staff member. */
export interface ApplicationDoc {
  _id: string;
  name: string;
  kind: string;
  description: string;
  contactName: string;
  contactPhone: string;
  applicant: string;
  status: ApplicationStatus;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  partnerId: string | null;
  createdAt: string;
}

/**
 * A one-time code a guardian shows (digits or QR) so a relative can join as
 * 家属 without anyone typing a user id. The code is the document id, so two
 * live codes cannot collide and redeeming is one document in one transaction.
 */
export interface LinkCodeDoc {
  _id: string;
  elderId: string;
  relation: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedBy: string | null;
  usedAt: string | null;
}

export const ELDER_PROFILES = defineCollection<ElderDoc>('elder_profiles', [
  {
    name: 'community_verification',
    fields: [
      ['communityId', 'asc'],
      ['verification', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  {
    name: 'verification',
    fields: [
      ['verification', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  {
    name: 'branch_name',
    fields: [
      ['branchId', 'asc'],
      ['name', 'asc'],
    ],
  },
]);
export const ELDER_GUARDIANS = defineCollection<GuardianDoc>('elder_guardians', [
  {
    name: 'openid_added',
    fields: [
      ['openid', 'asc'],
      ['addedAt', 'asc'],
    ],
  },
  { name: 'elder', fields: [['elderId', 'asc']] },
]);
export const ELDERCARE_SERVICES = defineCollection<ServiceDoc>('eldercare_services', [
  {
    name: 'partner',
    fields: [
      ['partnerId', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  {
    name: 'status',
    fields: [
      ['status', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
]);
export const ELDERCARE_WINDOWS = defineCollection<WindowDoc>('eldercare_windows', [
  {
    name: 'service_date',
    fields: [
      ['serviceId', 'asc'],
      ['date', 'asc'],
      ['period', 'asc'],
    ],
  },
]);
export const ELDERCARE_QUOTAS = defineCollection<QuotaDoc>('eldercare_quotas');
export const ELDERCARE_BOOKINGS = defineCollection<BookingDoc>('eldercare_bookings', [
  {
    name: 'partner_status_date',
    fields: [
      ['partnerId', 'asc'],
      ['status', 'asc'],
      ['date', 'asc'],
    ],
  },
  {
    name: 'partner_date',
    fields: [
      ['partnerId', 'asc'],
      ['date', 'asc'],
    ],
  },
  {
    name: 'elder_created',
    fields: [
      ['elderId', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
  {
    name: 'booker_created',
    fields: [
      ['bookedBy', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
  {
    name: 'status_date',
    fields: [
      ['status', 'asc'],
      ['date', 'asc'],
    ],
  },
  { name: 'date', fields: [['date', 'asc']] },
  {
    name: 'branch_date',
    fields: [
      ['branchId', 'asc'],
      ['date', 'desc'],
    ],
  },
  {
    name: 'community_date',
    fields: [
      ['communityId', 'asc'],
      ['date', 'asc'],
    ],
  },
]);
export const ELDERCARE_LINK_CODES = defineCollection<LinkCodeDoc>('eldercare_link_codes');
export const PARTNER_APPLICATIONS = defineCollection<ApplicationDoc>('partner_applications', [
  {
    name: 'status_created',
    fields: [
      ['status', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  {
    name: 'applicant',
    fields: [
      ['applicant', 'asc'],
      ['createdAt', 'desc'],
    ],
  },
]);

export const ELDERCARE_COLLECTIONS = [
  ELDER_PROFILES,
  ELDER_GUARDIANS,
  ELDERCARE_SERVICES,
  ELDERCARE_WINDOWS,
  ELDERCARE_QUOTAS,
  ELDERCARE_BOOKINGS,
  ELDERCARE_LINK_CODES,
  PARTNER_APPLICATIONS,
];

/** The elders someone looks after (their guardian rows), in the order they were added. */
export function guardianshipsOf(store: DocumentStore, openid: string, limit = 100): Promise<GuardianDoc[]> {
  return store.find(ELDER_GUARDIANS, { openid }, { orderBy: [['addedAt', 'asc']], limit });
}

export function windowId(serviceId: string, date: string, period: Period): string {
  return `${serviceId}_${date}_${period}`;
}

export function quotaId(elderId: string, serviceId: string, year: number): string {
  return `${elderId}_${serviceId}_${year}`;
}
