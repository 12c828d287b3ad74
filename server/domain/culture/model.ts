import { defineCollection } from '../../store/collections';
import type { DocumentStore } from '../../store/port';
import { findAll } from './query';
import type { EnrolmentState } from './states';

/**
 * Documents of 文化课堂. Online courses hold their lessons in order; offline
 * sessions and events hold their own counters, because a CloudBase transaction
 * can only read and write documents by id: the seat count, the waiting-list
 * numbers and the arrival numbers must live on the one document that every
 * enrolment transaction of that session reads and writes.
 */
export const CATEGORIES = [
  { id: 'dance', name: '舞蹈' },
  { id: 'pastry', name: '面点' },
  { id: 'calligraphy', name: '书法' },
  { id: 'choir', name: '合唱' },
  { id: 'taichi', name: '太极' },
  { id: 'papercut', name: '剪纸' },
  { id: 'festival', name: '节日活动' },
  { id: 'market', name: '文化市集' },
  { id: 'arts', name: '文艺展演' },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function categoryName(id: string): string {
  return CATEGORIES.find((c) => c.id === id)?.name ?? id;
}

/** A lesson video: a local file URL (runtime, /media/...) or a CloudBase storage fileID (production). */
export interface VideoRef {
  url: string | null;
  fileId: string | null;
}

export interface CourseDoc {
  _id: string;
  /** Online courses have lessons; offline courses group sessions (for attendance figures). */
  mode: 'online' | 'offline';
  title: string;
  category: CategoryId;
  summary: string;
  teacher: string;
  /** The organising community; null for the sub-district itself. Decides which admins may edit it. */
  communityId: string | null;
  organiser: string;
  /** Lesson ids in teaching order; the transaction that records progress reads them from here. */
  lessonIds: string[];
  totalSeconds: number;
  published: boolean;
  counts: { enrolled: number; completed: number };
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export interface LessonDoc {
  _id: string;
  courseId: string;
  title: string;
  /** The length of the video, which progress is measured against. */
  durationSeconds: number;
  text: string;
  video: VideoRef;
  version: number;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export type SessionCounts = Record<Exclude<EnrolmentState, 'completed'>, number>;

export interface SessionNotice {
  kind: 'session_changed' | 'session_cancelled';
  title: string;
  body: string;
  at: string;
}

/** What an organiser describes about a session; the rest of SessionDoc is the server's bookkeeping. */
export type SessionBasics = Pick<
  SessionDoc,
  'kind' | 'courseId' | 'series' | 'title' | 'category' | 'description' | 'venue'
>;

export interface SessionDoc {
  _id: string;
  /** A class of an offline course, or an event (culture market, festival day...). */
  kind: 'class' | 'event';
  courseId: string | null;
  /** The programme an event belongs to, e.g. 荟文化悦生活, 文化进网格, 我们的节日. */
  series: string | null;
  title: string;
  category: CategoryId;
  description: string;
  venue: string;
  communityId: string | null;
  organiser: string;
  startsAt: string;
  endsAt: string;
  signupOpensAt: string;
  signupClosesAt: string;
  /** Residents may cancel an enrolled place until this instant. */
  cancelDeadline: string;
  capacity: number;
  /** How long a waiting-list offer stays open (pretix: waiting_list_hours). */
  offerHours: number;
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  counts: SessionCounts;
  /** Last waiting-list number issued. */
  waitSeq: number;
  /** Every waiting-list number up to this one has been offered a place or has left. */
  waitHead: number;
  /** Last arrival number issued; it also prefixes the check-in code, which keeps codes unique. */
  ticketSeq: number;
  /** Bumped by each organiser change residents must hear about; enrolments remember the last one they got. */
  noticeVersion: number;
  notice: SessionNotice | null;
  fanoutPending: boolean;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export interface LessonProgress {
  /** Furthest point reached; never goes down. */
  watchedSeconds: number;
  /** Where the player was last, for "continue where you stopped". */
  positionSeconds: number;
  completed: boolean;
  completedAt: string | null;
  updatedAt: string;
}

export type CancelReason = 'by_resident' | 'left_waitlist' | 'declined_offer' | 'offer_expired' | 'session_cancelled';

export interface HistoryEntry {
  state: EnrolmentState;
  at: string;
  by: string;
}

export interface EnrolmentDoc {
  _id: string;
  kind: 'course' | 'session';
  /** The course id (kind course) or the session id (kind session). */
  targetId: string;
  /** The course the target belongs to, for figures by course. */
  courseId: string | null;
  openid: string;
  /** Snapshot for the organiser's list, taken at enrolment. */
  name: string;
  phone: string | null;
  state: EnrolmentState;
  /** Arrival number within the session (commit order). */
  ticketNo: number | null;
  checkinCode: string | null;
  /** Waiting-list number, set while on (or once on) the waiting list. */
  seq: number | null;
  enrolledAt: string | null;
  offeredAt: string | null;
  offerExpiresAt: string | null;
  cancelledAt: string | null;
  cancelReason: CancelReason | null;
  attendedAt: string | null;
  checkedInBy: string | null;
  remindedAt: string | null;
  noticeVersion: number;
  lessons: Record<string, LessonProgress>;
  completedLessons: number;
  lastLessonId: string | null;
  completedAt: string | null;
  history: HistoryEntry[];
  createdAt: string;
  updatedAt: string;
  demo?: boolean;
}

export interface WaitSlotDoc {
  _id: string;
  sessionId: string;
  seq: number;
  openid: string;
}

export function enrolmentId(targetId: string, openid: string): string {
  return `${targetId}:${openid}`;
}

export function waitSlotId(sessionId: string, seq: number): string {
  return `${sessionId}:w${String(seq).padStart(6, '0')}`;
}

export const CULTURE_COURSES = defineCollection<CourseDoc>('culture_courses', [
  {
    name: 'published_created',
    fields: [
      ['published', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
  {
    name: 'community_created',
    fields: [
      ['communityId', 'asc'],
      ['createdAt', 'asc'],
    ],
  },
]);
export const CULTURE_LESSONS = defineCollection<LessonDoc>('culture_lessons', [
  { name: 'course', fields: [['courseId', 'asc']] },
]);
export const CULTURE_SESSIONS = defineCollection<SessionDoc>('culture_sessions', [
  {
    name: 'status_starts',
    fields: [
      ['status', 'asc'],
      ['startsAt', 'asc'],
    ],
  },
  {
    name: 'community_starts',
    fields: [
      ['communityId', 'asc'],
      ['startsAt', 'asc'],
    ],
  },
  { name: 'starts', fields: [['startsAt', 'asc']] },
  {
    name: 'course_starts',
    fields: [
      ['courseId', 'asc'],
      ['startsAt', 'asc'],
    ],
  },
  { name: 'fanout', fields: [['fanoutPending', 'asc']] },
]);
export const CULTURE_ENROLMENTS = defineCollection<EnrolmentDoc>('culture_enrolments', [
  {
    name: 'openid_kind',
    fields: [
      ['openid', 'asc'],
      ['kind', 'asc'],
      ['updatedAt', 'desc'],
    ],
  },
  {
    name: 'target_state_seq',
    fields: [
      ['targetId', 'asc'],
      ['state', 'asc'],
      ['seq', 'asc'],
    ],
  },
  {
    name: 'target_ticket',
    fields: [
      ['targetId', 'asc'],
      ['ticketNo', 'asc'],
    ],
  },
  {
    name: 'target_code',
    fields: [
      ['targetId', 'asc'],
      ['checkinCode', 'asc'],
    ],
  },
  {
    name: 'target_notice',
    fields: [
      ['targetId', 'asc'],
      ['noticeVersion', 'asc'],
    ],
  },
  {
    name: 'state_offer',
    fields: [
      ['state', 'asc'],
      ['offerExpiresAt', 'asc'],
    ],
  },
]);
/** Waiting-list number -> person, so a transaction can find "the next one" by id. */
export const CULTURE_WAITLIST = defineCollection<WaitSlotDoc>('culture_waitlist');

export const CULTURE_COLLECTIONS = [
  CULTURE_COURSES,
  CULTURE_LESSONS,
  CULTURE_SESSIONS,
  CULTURE_ENROLMENTS,
  CULTURE_WAITLIST,
];

/** Everyone who ever signed up for a session (any state), in order of arrival number: the roster and its export. */
export function rosterOf(store: DocumentStore, sessionId: string): Promise<EnrolmentDoc[]> {
  return findAll(store, CULTURE_ENROLMENTS, { targetId: sessionId }, [['ticketNo', 'asc']]);
}
