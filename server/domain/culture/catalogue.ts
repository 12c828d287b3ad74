import type { ActionContext, SignedInContext } from '../../core/action';
import { refusal } from './reasons';
import { positionOf } from './enrolments';
import { buildIcs, phoneCalendar, type CalendarEvent } from '../../core/ics';
import {
  CATEGORIES,
  CULTURE_COURSES,
  CULTURE_ENROLMENTS,
  CULTURE_SESSIONS,
  enrolmentId,
  type CategoryId,
  type SessionDoc,
} from './model';
import { getMany } from './query';
import { courseCard, myCourseProgress, mySessionEnrolment, sessionCard } from './views';

/**
 * What residents browse: published online courses and the sessions and events
 * not yet over, with places left. The catalogue is small (tens of items), so
 * the category counts and the text search run in memory over one read each.
 */
export interface CatalogueFilter {
  category?: CategoryId;
  mode: 'all' | 'online' | 'offline';
  q?: string;
}

const DAY_MS = 24 * 3600_000;

export async function catalogue(ctx: ActionContext, filter: CatalogueFilter) {
  const [courses, sessions] = await Promise.all([
    filter.mode === 'offline'
      ? []
      : ctx.store.find(
          CULTURE_COURSES,
          { published: true, mode: 'online' },
          { orderBy: [['createdAt', 'asc']], limit: 1000 },
        ),
    filter.mode === 'online' ? [] : upcomingSessions(ctx),
  ]);
  const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matching = [...courses.map(courseCard), ...sessions.map((s) => sessionCard(s, ctx.now))].filter((item) => {
    const text = [
      item.title,
      item.categoryName,
      item.organiser,
      item.type === 'course'
        ? `${item.summary} ${item.teacher}`
        : `${item.venue} ${item.series ?? ''} ${item.description}`,
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
  return {
    categories: CATEGORIES.map((c) => ({
      id: c.id,
      name: c.name,
      count: matching.filter((i) => i.category === c.id).length,
    })).filter((c) => c.count > 0),
    items: filter.category ? matching.filter((i) => i.category === filter.category) : matching,
  };
}

/** Sessions that have not ended, soonest first. Those that started within a day are included for late-comers' check-in codes. */
async function upcomingSessions(ctx: ActionContext): Promise<SessionDoc[]> {
  const since = new Date(ctx.now.getTime() - DAY_MS).toISOString();
  const found = await ctx.store.find(
    CULTURE_SESSIONS,
    { status: 'scheduled', startsAt: { $gte: since } },
    { orderBy: [['startsAt', 'asc']], limit: 500 },
  );
  const now = ctx.now.toISOString();
  return found.filter((s) => s.endsAt > now);
}

/** "我的课程": online courses with progress bars, and the caller's sessions (upcoming first). */
export async function mine(ctx: SignedInContext) {
  const openid = ctx.principal.openid;
  const [courseEnrolments, sessionEnrolments] = await Promise.all([
    ctx.store.find(CULTURE_ENROLMENTS, { openid, kind: 'course' }, { orderBy: [['updatedAt', 'desc']], limit: 200 }),
    ctx.store.find(CULTURE_ENROLMENTS, { openid, kind: 'session' }, { orderBy: [['updatedAt', 'desc']], limit: 200 }),
  ]);
  const courses = new Map(
    (
      await getMany(
        ctx.store,
        CULTURE_COURSES,
        courseEnrolments.map((e) => e.targetId),
      )
    ).map((c) => [c._id, c]),
  );
  const sessions = new Map(
    (
      await getMany(
        ctx.store,
        CULTURE_SESSIONS,
        sessionEnrolments.map((e) => e.targetId),
      )
    ).map((s) => [s._id, s]),
  );
  const now = ctx.now.toISOString();
  const sessionRows = await Promise.all(
    sessionEnrolments
      .filter((e) => sessions.has(e.targetId))
      .map(async (e) => {
        const session = sessions.get(e.targetId)!;
        return {
          session: sessionCard(session, ctx.now),
          mine: mySessionEnrolment(e, session, await positionOf(ctx.store, e), ctx.now),
          upcoming: session.endsAt > now,
        };
      }),
  );
  sessionRows.sort(
    (a, b) =>
      Number(b.upcoming) - Number(a.upcoming) ||
      (a.upcoming
        ? a.session.startsAt.localeCompare(b.session.startsAt)
        : b.session.startsAt.localeCompare(a.session.startsAt)),
  );
  return {
    courses: courseEnrolments
      .filter((e) => courses.has(e.targetId))
      .map((e) => ({
        course: courseCard(courses.get(e.targetId)!),
        progress: myCourseProgress(e, courses.get(e.targetId)!),
      })),
    sessions: sessionRows,
  };
}

/** "加入日历": the .ics text for H5 and the Taro.addPhoneCalendar argument for WeChat, from one event. */
export async function sessionCalendar(ctx: ActionContext, sessionId: string) {
  const session = await ctx.store.get(CULTURE_SESSIONS, sessionId);
  if (!session) throw refusal('SESSION_NOT_FOUND');
  const mine = ctx.principal
    ? await ctx.store.get(CULTURE_ENROLMENTS, enrolmentId(sessionId, ctx.principal.openid))
    : null;
  const code = mine && (mine.state === 'enrolled' || mine.state === 'attended') ? mine.checkinCode : null;
  const event: CalendarEvent = {
    uid: `culture-${session._id}`,
    title: session.title,
    description: [session.description, `组织：${session.organiser}`, code ? `签到码：${code}` : null]
      .filter(Boolean)
      .join('\n'),
    location: session.venue,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    alarmMinutesBefore: 60,
  };
  return {
    filename: `${session.title.replace(/[\\/:*?"<>|\s]+/g, '_')}.ics`,
    mimeType: 'text/calendar; charset=utf-8',
    ics: buildIcs(event, ctx.now),
    phoneCalendar: phoneCalendar(event),
  };
}
