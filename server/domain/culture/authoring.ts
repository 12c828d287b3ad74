import { randomUUID } from 'node:crypto';
import type { SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { DocumentStore, Filter, Tx } from '../../store/port';
import { getUnit } from '../org/org';
import {
  DEFAULT_OFFER_HOURS,
  emptyCounts,
  placesLeft,
  scheduleProblem,
  seatsTaken,
  type ScheduleTimes,
} from './capacity';
import { fanOutNotice } from './fanout';
import { loadSession, offerFreePlaces } from './ledger';
import {
  CULTURE_COURSES,
  CULTURE_LESSONS,
  CULTURE_SESSIONS,
  type CategoryId,
  type CourseDoc,
  type LessonDoc,
  type SessionBasics,
  type SessionDoc,
  type VideoRef,
} from './model';
import { notices } from './notices';
import { assertManages, canManage, listedCommunities, ownerFor } from './scope';
import { courseCard, lessonFull, sessionCard } from './views';

/**
 * Staff authoring: district and community admins create and edit courses,
 * lessons, sessions and events of their own scope. Edits carry the version
 * the editor saw, so two admins saving the same item at once cannot silently
 * overwrite each other: the second gets CONFLICT and reloads.
 */

const DAY_MS = 24 * 3600_000;
const MAX_LESSONS = 100;

export interface CourseFields {
  title: string;
  category: CategoryId;
  summary: string;
  teacher: string;
  organiser?: string;
  published: boolean;
}

export interface LessonFields {
  title: string;
  durationSeconds: number;
  text: string;
  video: VideoRef;
}

export interface SessionFields extends SessionBasics {
  organiser?: string;
  startsAt: string;
  endsAt: string;
  signupOpensAt?: string;
  signupClosesAt?: string;
  cancelDeadline?: string;
  capacity: number;
  offerHours?: number;
}

function newId(prefix: string): string {
  return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 10)}`;
}

function assertVersion(current: { version: number }, seen: number): void {
  if (current.version !== seen) throw refusal('EDITED_BY_OTHERS');
}

/** "宜昌路社区综合文化服务中心", or the sub-district for its own items. */
async function defaultOrganiser(store: DocumentStore, communityId: string | null): Promise<string> {
  if (communityId === null) return '湖岛街道';
  const unit = await getUnit(store, communityId);
  if (!unit || unit.kind !== 'community') throw refusal('COMMUNITY_NOT_FOUND');
  return `${unit.name}综合文化服务中心`;
}

export async function createCourse(
  ctx: SignedInContext,
  input: CourseFields & { mode: 'online' | 'offline'; communityId?: string | null },
) {
  const communityId = ownerFor(ctx.principal, input.communityId);
  const at = ctx.now.toISOString();
  const course: CourseDoc = {
    _id: newId('crs'),
    mode: input.mode,
    title: input.title,
    category: input.category,
    summary: input.summary,
    teacher: input.teacher,
    communityId,
    organiser: input.organiser ?? (await defaultOrganiser(ctx.store, communityId)),
    lessonIds: [],
    totalSeconds: 0,
    published: input.published,
    counts: { enrolled: 0, completed: 0 },
    version: 1,
    createdBy: ctx.principal.openid,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction((tx) => tx.create(CULTURE_COURSES, course));
  return courseCard(course);
}

export async function updateCourse(
  ctx: SignedInContext,
  courseId: string,
  version: number,
  patch: Partial<CourseFields>,
) {
  const course = await ctx.store.transaction(async (tx) => {
    const found = await loadCourse(tx, courseId);
    assertManages(ctx.principal, found);
    assertVersion(found, version);
    const next: CourseDoc = { ...found, ...patch, version: found.version + 1, updatedAt: ctx.now.toISOString() };
    await tx.set(CULTURE_COURSES, next);
    return next;
  });
  return courseCard(course);
}

async function loadCourse(tx: Tx, courseId: string): Promise<CourseDoc> {
  const course = await tx.get(CULTURE_COURSES, courseId);
  if (!course) throw refusal('COURSE_NOT_FOUND');
  return course;
}

export async function createLesson(ctx: SignedInContext, courseId: string, input: LessonFields) {
  const lesson = await ctx.store.transaction(async (tx) => {
    const course = await loadCourse(tx, courseId);
    assertManages(ctx.principal, course);
    if (course.mode !== 'online') throw refusal('OFFLINE_COURSE_NO_LESSONS');
    if (course.lessonIds.length >= MAX_LESSONS) throw refusal('TOO_MANY_LESSONS', { max: MAX_LESSONS });
    const at = ctx.now.toISOString();
    const created: LessonDoc = { _id: newId('les'), courseId, ...input, version: 1, createdAt: at, updatedAt: at };
    await tx.create(CULTURE_LESSONS, created);
    // Lessons are course content, not course settings: adding one does not bump the course's edit version.
    await tx.set(CULTURE_COURSES, {
      ...course,
      lessonIds: [...course.lessonIds, created._id],
      totalSeconds: course.totalSeconds + input.durationSeconds,
      updatedAt: at,
    });
    return { created, index: course.lessonIds.length };
  });
  return lessonFull(lesson.created, lesson.index);
}

export async function updateLesson(
  ctx: SignedInContext,
  lessonId: string,
  version: number,
  patch: Partial<LessonFields>,
) {
  const result = await ctx.store.transaction(async (tx) => {
    const lesson = await tx.get(CULTURE_LESSONS, lessonId);
    if (!lesson) throw refusal('LESSON_NOT_FOUND');
    const course = await loadCourse(tx, lesson.courseId);
    assertManages(ctx.principal, course);
    assertVersion(lesson, version);
    const at = ctx.now.toISOString();
    const next: LessonDoc = { ...lesson, ...patch, version: lesson.version + 1, updatedAt: at };
    await tx.set(CULTURE_LESSONS, next);
    if (next.durationSeconds !== lesson.durationSeconds) {
      await tx.set(CULTURE_COURSES, {
        ...course,
        totalSeconds: course.totalSeconds - lesson.durationSeconds + next.durationSeconds,
        updatedAt: at,
      });
    }
    return { next, index: course.lessonIds.indexOf(lessonId) };
  });
  return lessonFull(result.next, Math.max(0, result.index));
}

/** Default windows: sign-up from now until the start; cancelling until 24 hours before. */
function scheduleOf(
  input: Pick<SessionFields, 'startsAt' | 'endsAt' | 'signupOpensAt' | 'signupClosesAt' | 'cancelDeadline'>,
  now: Date,
): ScheduleTimes {
  const times: ScheduleTimes = {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    signupOpensAt: input.signupOpensAt ?? now.toISOString(),
    signupClosesAt: input.signupClosesAt ?? input.startsAt,
    cancelDeadline: input.cancelDeadline ?? new Date(Date.parse(input.startsAt) - DAY_MS).toISOString(),
  };
  const problem = scheduleProblem(times);
  if (problem) throw refusal(problem);
  return times;
}

async function assertCourseExists(store: DocumentStore, courseId: string | null): Promise<void> {
  if (courseId && !(await store.get(CULTURE_COURSES, courseId))) throw refusal('CHOSEN_COURSE_NOT_FOUND');
}

export async function createSession(ctx: SignedInContext, input: SessionFields & { communityId?: string | null }) {
  const communityId = ownerFor(ctx.principal, input.communityId);
  if (input.startsAt <= ctx.now.toISOString()) throw refusal('START_IN_PAST');
  await assertCourseExists(ctx.store, input.courseId);
  const at = ctx.now.toISOString();
  const session: SessionDoc = {
    _id: newId('ses'),
    kind: input.kind,
    courseId: input.courseId,
    series: input.series,
    title: input.title,
    category: input.category,
    description: input.description,
    venue: input.venue,
    communityId,
    organiser: input.organiser ?? (await defaultOrganiser(ctx.store, communityId)),
    ...scheduleOf(input, ctx.now),
    capacity: input.capacity,
    offerHours: input.offerHours ?? DEFAULT_OFFER_HOURS,
    status: 'scheduled',
    cancelReason: null,
    counts: emptyCounts(),
    waitSeq: 0,
    waitHead: 0,
    ticketSeq: 0,
    noticeVersion: 0,
    notice: null,
    fanoutPending: false,
    version: 1,
    createdBy: ctx.principal.openid,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction((tx) => tx.create(CULTURE_SESSIONS, session));
  return sessionCard(session, ctx.now);
}

/**
 * Moving a session moves its sign-up close and cancel cut-off by the same
 * amount unless the editor set them too (never past the new start): nobody
 * should have to fix three fields to move one date.
 */
function rescheduled(found: SessionDoc, patch: Partial<SessionFields>): ScheduleTimes {
  const startsAt = patch.startsAt ?? found.startsAt;
  const shift = Date.parse(startsAt) - Date.parse(found.startsAt);
  const follow = (given: string | undefined, old: string) => {
    if (given) return given;
    const moved = new Date(Date.parse(old) + shift).toISOString();
    return moved > startsAt ? startsAt : moved;
  };
  return {
    startsAt,
    endsAt: patch.endsAt ?? found.endsAt,
    signupOpensAt: patch.signupOpensAt ?? found.signupOpensAt,
    signupClosesAt: follow(patch.signupClosesAt, found.signupClosesAt),
    cancelDeadline: follow(patch.cancelDeadline, found.cancelDeadline),
  };
}

/**
 * Edits a session. A larger capacity offers the new places to the waiting
 * list in the same transaction; a smaller one may not drop below the places
 * already held. A new time or venue is announced to everyone on the session.
 */
export async function updateSession(
  ctx: SignedInContext,
  sessionId: string,
  version: number,
  patch: Partial<SessionFields>,
) {
  await assertCourseExists(ctx.store, patch.courseId ?? null);
  const { session, announced } = await ctx.store.transaction(async (tx) => {
    const found = await loadSession(tx, sessionId);
    assertManages(ctx.principal, found);
    assertVersion(found, version);
    if (found.status === 'cancelled') throw refusal('EDIT_CANCELLED_SESSION');
    const merged: SessionDoc = {
      ...found,
      ...patch,
      ...scheduleOf(rescheduled(found, patch), ctx.now),
      version: found.version + 1,
      updatedAt: ctx.now.toISOString(),
    };
    const held = seatsTaken(found.counts) + found.counts.offered;
    if (merged.capacity < held) throw refusal('CAPACITY_BELOW_HELD', { held });
    if (merged.startsAt !== found.startsAt && merged.startsAt <= ctx.now.toISOString()) throw refusal('START_IN_PAST');
    const changed = [
      merged.startsAt !== found.startsAt || merged.endsAt !== found.endsAt ? '时间' : null,
      merged.venue !== found.venue ? '地点' : null,
    ].filter((w): w is string => w !== null);
    let next = merged;
    if (changed.length > 0) {
      const { kind, title, body } = notices.changed(merged, changed);
      next = {
        ...merged,
        noticeVersion: found.noticeVersion + 1,
        notice: { kind: kind as 'session_changed', title, body, at: ctx.now.toISOString() },
        fanoutPending: true,
      };
    }
    const filled = placesLeft(next) > 0 ? await offerFreePlaces(tx, next, ctx.now) : { session: next };
    await tx.set(CULTURE_SESSIONS, filled.session);
    return { session: filled.session, announced: changed.length > 0 };
  });
  const notified = announced ? await fanOutNotice(ctx.store, sessionId, ctx.now) : 0;
  return { session: sessionCard(session, ctx.now), notified };
}

/** Cancels a session and tells everyone on it (enrolled, offered and waiting). */
export async function cancelSession(ctx: SignedInContext, sessionId: string, reason: string) {
  await ctx.store.transaction(async (tx) => {
    const found = await loadSession(tx, sessionId);
    assertManages(ctx.principal, found);
    if (found.status === 'cancelled') throw refusal('ALREADY_CANCELLED');
    if (found.endsAt <= ctx.now.toISOString()) throw refusal('CANCEL_AFTER_END');
    const at = ctx.now.toISOString();
    const { kind, title, body } = notices.cancelled(found, reason);
    await tx.set(CULTURE_SESSIONS, {
      ...found,
      status: 'cancelled',
      cancelReason: reason,
      noticeVersion: found.noticeVersion + 1,
      notice: { kind: kind as 'session_cancelled', title, body, at },
      fanoutPending: true,
      version: found.version + 1,
      updatedAt: at,
    });
  });
  const notified = await fanOutNotice(ctx.store, sessionId, ctx.now);
  const session = (await ctx.store.get(CULTURE_SESSIONS, sessionId))!;
  return { session: sessionCard(session, ctx.now), notified };
}

/** The admin's workbench list: their courses (drafts too) and sessions from the last 60 days on. */
export async function manageList(ctx: SignedInContext) {
  const communities = listedCommunities(ctx.principal);
  const since = new Date(ctx.now.getTime() - 60 * DAY_MS).toISOString();
  const scope: Filter = communities === null ? {} : { communityId: { $in: communities } };
  const [courses, sessions] = await Promise.all([
    ctx.store.find(CULTURE_COURSES, scope, { orderBy: [['createdAt', 'asc']], limit: 1000 }),
    ctx.store.find(
      CULTURE_SESSIONS,
      { ...scope, startsAt: { $gte: since } },
      { orderBy: [['startsAt', 'asc']], limit: 1000 },
    ),
  ]);
  return {
    courses: courses.filter((c) => canManage(ctx.principal, c.communityId)).map(courseCard),
    sessions: sessions.map((s) => ({ ...sessionCard(s, ctx.now), counts: s.counts })),
  };
}
