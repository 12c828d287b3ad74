import type { ActionContext, SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import type { DocumentStore, Tx } from '../../store/port';
import { queueMessage } from '../notify/outbox';
import { blankEnrolment } from './ledger';
import {
  CULTURE_COURSES,
  CULTURE_ENROLMENTS,
  CULTURE_LESSONS,
  CULTURE_SESSIONS,
  enrolmentId,
  type CourseDoc,
  type EnrolmentDoc,
  type LessonDoc,
} from './model';
import { notices } from './notices';
import { courseProgress, recordWatch } from './progress';
import { isCultureStaff } from './scope';
import { transition, type EnrolmentEvent } from './states';
import { courseCard, lessonFull, lessonSummary, myCourseProgress, myLessonProgress, sessionCard } from './views';

/**
 * Online courses: enrol (no capacity), watch lessons in order, progress
 * recorded per lesson on the enrolment document, the course completed when
 * every lesson is. The enrolment id `${courseId}:${openid}` keeps it to one.
 */

function advance(
  enrolment: EnrolmentDoc,
  event: EnrolmentEvent,
  by: string,
  now: Date,
  patch: Partial<EnrolmentDoc> = {},
): EnrolmentDoc {
  const to = transition('course', enrolment.history.length === 0 ? 'new' : enrolment.state, event);
  const at = now.toISOString();
  return { ...enrolment, ...patch, state: to, updatedAt: at, history: [...enrolment.history, { state: to, at, by }] };
}

async function loadCourse(tx: Tx | DocumentStore, courseId: string): Promise<CourseDoc> {
  const course = await tx.get(CULTURE_COURSES, courseId);
  if (!course) throw refusal('COURSE_NOT_FOUND');
  return course;
}

export async function enrolCourse(ctx: SignedInContext, courseId: string) {
  const openid = ctx.principal.openid;
  const { course, enrolment } = await ctx.store.transaction(async (tx) => {
    const found = await loadCourse(tx, courseId);
    if (!found.published) throw refusal('COURSE_NOT_FOUND');
    if (found.mode !== 'online') throw refusal('OFFLINE_COURSE_ENROL');
    const base =
      (await tx.get(CULTURE_ENROLMENTS, enrolmentId(courseId, openid))) ??
      (await blankEnrolment(tx, 'course', courseId, courseId, openid, ctx.now));
    const enrolled = advance(base, 'enrol', openid, ctx.now, { enrolledAt: ctx.now.toISOString() });
    const counted: CourseDoc = { ...found, counts: { ...found.counts, enrolled: found.counts.enrolled + 1 } };
    await tx.set(CULTURE_ENROLMENTS, enrolled);
    await tx.set(CULTURE_COURSES, counted);
    return { course: counted, enrolment: enrolled };
  });
  return { course: courseCard(course), progress: myCourseProgress(enrolment, course) };
}

/**
 * One progress report from the player. Validated against the course's own
 * lesson list (read in the transaction) and the lesson's length; the watched
 * mark never moves back. Finishing the last lesson completes the course.
 */
export async function saveProgress(
  ctx: SignedInContext,
  input: { courseId: string; lessonId: string; seconds: number },
) {
  const openid = ctx.principal.openid;
  const result = await ctx.store.transaction(async (tx) => {
    const course = await loadCourse(tx, input.courseId);
    const lesson = course.lessonIds.includes(input.lessonId) ? await tx.get(CULTURE_LESSONS, input.lessonId) : null;
    if (!lesson || lesson.courseId !== course._id) throw refusal('LESSON_OF_OTHER_COURSE');
    const enrolment = await tx.get(CULTURE_ENROLMENTS, enrolmentId(course._id, openid));
    if (!enrolment) throw refusal('ENROL_BEFORE_LEARNING');
    const lessons = {
      ...enrolment.lessons,
      [lesson._id]: recordWatch(enrolment.lessons[lesson._id], input.seconds, lesson.durationSeconds, ctx.now),
    };
    const progress = courseProgress(course.lessonIds, lessons);
    let next: EnrolmentDoc = {
      ...enrolment,
      lessons,
      completedLessons: progress.completedLessons,
      lastLessonId: lesson._id,
      updatedAt: ctx.now.toISOString(),
    };
    const justCompleted = progress.allDone && next.state === 'enrolled';
    if (justCompleted) {
      next = advance(next, 'complete', openid, ctx.now, { completedAt: ctx.now.toISOString() });
      await tx.set(CULTURE_COURSES, {
        ...course,
        counts: { ...course.counts, completed: course.counts.completed + 1 },
      });
      await queueMessage(tx, { recipient: openid, ...notices.courseCompleted(course) }, ctx.now);
    }
    await tx.set(CULTURE_ENROLMENTS, next);
    return { course, lesson, enrolment: next, justCompleted };
  });
  return {
    lesson: myLessonProgress(result.enrolment, result.lesson),
    course: myCourseProgress(result.enrolment, result.course),
    justCompleted: result.justCompleted,
  };
}

/** The lessons of a course in teaching order. */
export async function lessonsOf(store: DocumentStore, course: CourseDoc): Promise<LessonDoc[]> {
  const found = await store.find(CULTURE_LESSONS, { courseId: course._id }, { limit: 1000 });
  const byId = new Map(found.map((l) => [l._id, l]));
  return course.lessonIds.map((id) => byId.get(id)).filter((l): l is LessonDoc => l !== undefined);
}

/** A course page: everyone sees the outline; the caller's progress when enrolled; drafts only for staff. */
export async function courseDetail(ctx: ActionContext, courseId: string) {
  const course = await loadCourse(ctx.store, courseId);
  if (!course.published && !isCultureStaff(ctx.principal)) throw refusal('COURSE_NOT_FOUND');
  const lessons = await lessonsOf(ctx.store, course);
  const enrolment = ctx.principal
    ? await ctx.store.get(CULTURE_ENROLMENTS, enrolmentId(course._id, ctx.principal.openid))
    : null;
  const sessions =
    course.mode === 'offline'
      ? await ctx.store.find(
          CULTURE_SESSIONS,
          { courseId: course._id, startsAt: { $gte: ctx.now.toISOString() } },
          { orderBy: [['startsAt', 'asc']], limit: 50 },
        )
      : [];
  return {
    course: courseCard(course),
    lessons: lessons.map((lesson, i) => ({
      ...lessonSummary(lesson, i),
      progress: enrolment ? myLessonProgress(enrolment, lesson) : null,
    })),
    sessions: sessions.filter((s) => s.status === 'scheduled').map((s) => sessionCard(s, ctx.now)),
    progress: enrolment ? myCourseProgress(enrolment, course) : null,
  };
}

/** The player page: the video and text are for enrolled residents (and staff checking content). */
export async function lessonDetail(ctx: SignedInContext, lessonId: string) {
  const lesson = await ctx.store.get(CULTURE_LESSONS, lessonId);
  if (!lesson) throw refusal('LESSON_NOT_FOUND');
  const course = await loadCourse(ctx.store, lesson.courseId);
  const index = course.lessonIds.indexOf(lesson._id);
  const enrolment = await ctx.store.get(CULTURE_ENROLMENTS, enrolmentId(course._id, ctx.principal.openid));
  if (!isCultureStaff(ctx.principal) && (!enrolment || index < 0)) throw refusal('ENROL_BEFORE_LEARNING');
  return {
    course: courseCard(course),
    lesson: lessonFull(lesson, Math.max(0, index)),
    progress: myLessonProgress(enrolment, lesson),
    previousLessonId: index > 0 ? course.lessonIds[index - 1] : null,
    nextLessonId: index >= 0 && index < course.lessonIds.length - 1 ? course.lessonIds[index + 1] : null,
  };
}
